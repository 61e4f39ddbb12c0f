import { createBrowserRouter } from 'react-router';
import { accountsRoutes } from '../../features/accounts/web/index.ts';
import { communityRoutes } from '../../features/community/web/index.ts';
import { evaluationRoutes } from '../../features/evaluation/web/index.ts';
import { groupRoutes } from '../../features/group/web/index.ts';
import { intakeRoutes } from '../../features/intake/web/index.ts';
import { matchingRoutes } from '../../features/matching/web/index.ts';
import { mentorshipsRoutes } from '../../features/mentorships/web/index.ts';
import { messagingRoutes } from '../../features/messaging/web/index.ts';
import { notificationsRoutes } from '../../features/notifications/web/index.ts';
import { programmesRoutes } from '../../features/programmes/web/index.ts';
import { trainingRoutes } from '../../features/training/web/index.ts';
import { AppLayout } from './app-layout.tsx';
import { DevMailboxPage } from './dev-mailbox-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

/** Every page of the web app. The server answers any other non-API path with index.html. */
export function createRouter() {
  return createBrowserRouter([
    {
      Component: AppLayout,
      ErrorBoundary: RouteErrorPage,
      children: [
        ...programmesRoutes,
        ...accountsRoutes,
        ...intakeRoutes,
        ...trainingRoutes,
        ...matchingRoutes,
        ...mentorshipsRoutes,
        ...messagingRoutes,
        ...communityRoutes,
        ...notificationsRoutes,
        ...groupRoutes,
        ...evaluationRoutes,
        { path: '/dev/mailbox', Component: DevMailboxPage },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}
