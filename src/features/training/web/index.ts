/**
 * What the app shell may use of the training feature's web side: the cohort pages (staff), a
 * mentor's own training page, and their texts (namespace `training`).
 */
import type { RouteObject } from 'react-router';
import { AttendancePage } from './attendance-page.tsx';
import { CohortCreatePage } from './cohort-create-page.tsx';
import { CohortListPage } from './cohort-list-page.tsx';
import { CohortPage } from './cohort-page.tsx';
import { CohortStatsPage } from './cohort-stats-page.tsx';
import { MyTrainingPage } from './my-training-page.tsx';
import { SessionEditPage } from './session-edit-page.tsx';

export { trainingMessages } from './training.i18n.ts';

/** Danish addresses: "hold" is the word staff use for a cohort. */
export const trainingRoutes: RouteObject[] = [
  { path: '/hold', Component: CohortListPage },
  { path: '/hold/nyt', Component: CohortCreatePage },
  { path: '/hold/:cohortId', Component: CohortPage },
  { path: '/hold/:cohortId/tal', Component: CohortStatsPage },
  { path: '/hold/:cohortId/gange/:sessionId', Component: SessionEditPage },
  { path: '/hold/:cohortId/gange/:sessionId/fremmoede', Component: AttendancePage },
  { path: '/min-side/uddannelse', Component: MyTrainingPage },
];
