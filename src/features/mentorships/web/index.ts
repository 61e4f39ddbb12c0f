/**
 * What the app shell may use of the mentorships feature's web side: the pair's page (peers and
 * mentors), the staff pages, and their texts (namespace `mentorships`).
 */
import type { RouteObject } from 'react-router';
import { FiguresPage } from './figures-page.tsx';
import { MyPairPage } from './my-pair-page.tsx';
import { OverviewPage } from './overview-page.tsx';
import { SettingsPage } from './settings-page.tsx';
import { StaffPairPage } from './staff-pair-page.tsx';
import { StartPairPage } from './start-pair-page.tsx';

export { mentorshipsMessages } from './mentorships.i18n.ts';

/** Danish addresses: "forløb" is the staff's word for a pair's course, "makker" the pair's own. */
export const mentorshipsRoutes: RouteObject[] = [
  { path: '/forloeb', Component: OverviewPage },
  { path: '/forloeb/nyt', Component: StartPairPage },
  { path: '/forloeb/regler', Component: SettingsPage },
  { path: '/forloeb/tal', Component: FiguresPage },
  { path: '/forloeb/:mentorshipId', Component: StaffPairPage },
  { path: '/min-side/makker', Component: MyPairPage },
];
