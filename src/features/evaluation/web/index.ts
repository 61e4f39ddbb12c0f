/**
 * What the app shell may use of the evaluation feature's web side: a person's own questionnaires
 * and well-being under /min-side/trivsel, and their texts (namespace `evaluation`).
 */
import type { RouteObject } from 'react-router';
import { AnswerPage } from './answer-page.tsx';
import { MyWellbeingPage } from './my-wellbeing-page.tsx';

export { evaluationMessages } from './evaluation.i18n.ts';

export const evaluationRoutes: RouteObject[] = [
  { path: '/min-side/trivsel', Component: MyWellbeingPage },
  { path: '/min-side/trivsel/:questionnaireId', Component: AnswerPage },
];
