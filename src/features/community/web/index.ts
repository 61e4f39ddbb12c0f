/**
 * What the app shell may use of the community feature's web side: the staff pages of the café
 * and events (/faellesskab), a peer's or mentor's own page, and their texts (namespace `community`).
 */
import type { RouteObject } from 'react-router';
import { CafeCheckInPage } from './cafe-check-in-page.tsx';
import { CommunityPage } from './community-page.tsx';
import { EventCreatePage, EventEditPage } from './event-create-page.tsx';
import { EventPage } from './event-page.tsx';
import { MyCommunityPage } from './my-community-page.tsx';

export { communityMessages } from './community.i18n.ts';

/** Danish addresses: "fællesskab" is the programme's word for the café and events together. */
export const communityRoutes: RouteObject[] = [
  { path: '/faellesskab', Component: CommunityPage },
  { path: '/faellesskab/cafe/:cafeSessionId', Component: CafeCheckInPage },
  { path: '/faellesskab/arrangementer/nyt', Component: EventCreatePage },
  { path: '/faellesskab/arrangementer/:eventId', Component: EventPage },
  { path: '/faellesskab/arrangementer/:eventId/ret', Component: EventEditPage },
  { path: '/min-side/faellesskab', Component: MyCommunityPage },
];
