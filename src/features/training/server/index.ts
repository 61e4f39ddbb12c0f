/** What other parts of makker may use from the training feature. */

/** Whether mentors may be matched, by the readiness rule on their latest cohort (for matching). */
export { type MentorReadiness, mentorReadiness } from './mentor-readiness.ts';
export { seedDemoTraining } from './seed-demo-training.ts';
export { trainingPersonalData } from './training.personal-data.ts';
export { trainingRoutes } from './training.routes.ts';
/** The encrypted reason of a notice of absence, for key rotation (src/app/encrypted-columns.ts). */
export { absenceNotice } from './training.table.ts';
