/**
 * What the app shell may use of the intake feature's web side: the application form and the
 * applicant's status page (public), the screening pages (staff), and their texts (namespaces
 * `intake` and `screening`).
 */
import type { RouteObject } from 'react-router';
import { ApplicationFormPage } from './application-form-page.tsx';
import { ApplicationStatusPage } from './application-status-page.tsx';
import { MyApplicationsPage } from './my-applications-page.tsx';
import { ScreeningApplicationPage } from './screening-application-page.tsx';
import { ScreeningQueuePage } from './screening-queue-page.tsx';
import { IntakeSettingsPage } from './settings-intake-page.tsx';
import { PrivacySettingsPage } from './settings-privacy-page.tsx';

export { intakeMessages } from './intake.i18n.ts';
export { screeningMessages } from './screening.i18n.ts';
export { intakeSettingsMessages } from './settings.i18n.ts';

/** Danish addresses, as people read them aloud and type them. */
export const intakeRoutes: RouteObject[] = [
  { path: '/p/:slug/ansoeg/:role', Component: ApplicationFormPage },
  { path: '/ansoegning', Component: ApplicationStatusPage },
  { path: '/min-side/ansoegning', Component: MyApplicationsPage },
  { path: '/visitation', Component: ScreeningQueuePage },
  { path: '/visitation/:applicationId', Component: ScreeningApplicationPage },
  { path: '/indstillinger/optagelse', Component: IntakeSettingsPage },
  { path: '/indstillinger/privatliv', Component: PrivacySettingsPage },
];
