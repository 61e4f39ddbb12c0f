/**
 * What the app shell may use of the notifications feature's web side: the menu's "Beskeder" with
 * the unread count, a person's list and choices, the stop page, and the texts (`notifications`).
 */
import type { RouteObject } from 'react-router';
import { NotificationSettingsPage } from './notification-settings-page.tsx';
import { NotificationsPage } from './notifications-page.tsx';
import { StopPage } from './stop-page.tsx';

export { notificationsMessages } from './notifications.i18n.ts';
export { NotificationsNavLink } from './notifications-nav-link.tsx';

/** Danish addresses; `/stop` is short because it is typed from an SMS too. */
export const notificationsRoutes: RouteObject[] = [
  { path: '/min-side/notifikationer', Component: NotificationsPage },
  { path: '/min-side/notifikationer/valg', Component: NotificationSettingsPage },
  { path: '/stop', Component: StopPage },
];
