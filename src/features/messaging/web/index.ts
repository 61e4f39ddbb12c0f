/**
 * What the app shell may use of the messaging feature's web side: the pair's thread (peers and
 * mentors) and the staff queue of reported messages, with their texts (namespace `messaging`).
 */
import type { RouteObject } from 'react-router';
import { PairMessagesPage } from './pair-messages-page.tsx';
import { ReportedMessagesPage } from './reported-messages-page.tsx';

export { messagingMessages } from './messaging.i18n.ts';

export const messagingRoutes: RouteObject[] = [
  { path: '/min-side/makker/beskeder', Component: PairMessagesPage },
  { path: '/forloeb/anmeldte-beskeder', Component: ReportedMessagesPage },
];
