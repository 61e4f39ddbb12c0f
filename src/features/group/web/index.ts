/**
 * What the app shell may use of the group feature's web side: its pages (/gruppe and
 * /gruppe/moderation), the main menu's entry for members, and its texts (namespace `group`).
 */
import type { RouteObject } from 'react-router';
import { GroupModerationPage } from './group-moderation-page.tsx';
import { GroupPage } from './group-page.tsx';

export { groupMessages } from './group.i18n.ts';
export { GroupNavItem } from './group-nav-item.tsx';

export const groupRoutes: RouteObject[] = [
  { path: '/gruppe', Component: GroupPage },
  { path: '/gruppe/moderation', Component: GroupModerationPage },
];
