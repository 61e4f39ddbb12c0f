/**
 * What the app shell may use of the evaluation feature's web side: a person's own questionnaires
 * and well-being under /min-side/trivsel, the staff page /evaluering, and their texts (namespace `evaluation`).
 */
import type { RouteObject } from 'react-router';
import { AnswerPage } from './answer-page.tsx';
import { dashboardMessages } from './dashboard.i18n.ts';
import { DashboardPage } from './dashboard-page.tsx';
import { evaluationMessages as questionnaireMessages } from './evaluation.i18n.ts';
import { EvaluationStaffPage } from './evaluation-staff-page.tsx';
import { MyWellbeingPage } from './my-wellbeing-page.tsx';
import { ReportPage } from './report-page.tsx';

export const evaluationMessages = {
  da: { ...questionnaireMessages.da, dashboard: dashboardMessages.da },
  en: { ...questionnaireMessages.en, dashboard: dashboardMessages.en },
};

export const evaluationRoutes: RouteObject[] = [
  { path: '/min-side/trivsel', Component: MyWellbeingPage },
  { path: '/min-side/trivsel/:questionnaireId', Component: AnswerPage },
  // Staff and admins: questionnaires sent, notes to get in touch, instruments and translations.
  { path: '/evaluering', Component: EvaluationStaffPage },
  // Staff and researchers: the results (cells under 5 suppressed), the report, the research export.
  { path: '/evaluering/resultater', Component: DashboardPage },
  { path: '/evaluering/rapport', Component: ReportPage },
];
