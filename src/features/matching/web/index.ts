/**
 * What the app shell may use of the matching feature's web side: the staff pages (/matching),
 * a person's own wishes (/min-side/oensker), and their texts (namespace `matching`).
 */
import type { RouteObject } from 'react-router';
import { MatchingSettingsPage } from './matching-settings-page.tsx';
import { MyOffersPage } from './my-offers-page.tsx';
import { MyWishesPage } from './my-wishes-page.tsx';
import { PersonWishesPage } from './person-wishes-page.tsx';
import { ProposalsPage } from './proposals-page.tsx';
import { RoundPage } from './round-page.tsx';
import { RoundsPage } from './rounds-page.tsx';

export { matchingMessages } from './matching.i18n.ts';

export const matchingRoutes: RouteObject[] = [
  { path: '/matching', Component: RoundsPage },
  { path: '/matching/indstillinger', Component: MatchingSettingsPage },
  { path: '/matching/tilbud', Component: ProposalsPage },
  { path: '/matching/runder/:roundId', Component: RoundPage },
  { path: '/matching/personer/:userId', Component: PersonWishesPage },
  { path: '/min-side/oensker', Component: MyWishesPage },
  { path: '/min-side/makker-tilbud', Component: MyOffersPage },
];
