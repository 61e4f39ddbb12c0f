/**
 * What the app shell may use of the evaluation feature's web side: a person's own questionnaires
 * and well-being under /min-side/trivsel, the staff page /evaluering, and their texts (namespace `evaluation`).
 */
import type { RouteObject } from 'react-router';
import { AnswerPage } from './answer-page.tsx';
import { EvaluationStaffPage } from './evaluation-staff-page.tsx';
import { MyWellbeingPage } from './my-wellbeing-page.tsx';

export { evaluationMessages } from './evaluation.i18n.ts';

export const evaluationRoutes: RouteObject[] = [
  { path: '/min-side/trivsel', Component: MyWellbeingPage },
  { path: '/min-side/trivsel/:questionnaireId', Component: AnswerPage },
  // Staff and admins: questionnaires sent, notes to get in touch, instruments and translations.
  { path: '/evaluering', Component: EvaluationStaffPage },
];
