/** What other parts of makker may use from the training feature. */

/** Cohorts and who is or was on them (the evaluation dashboard's cohorts). */
export { listCohortMembers } from './list-cohort-members.ts';

/** Each mentor's latest cohort (the mentorships overview's filter and figures per cohort). */
export { mentorCohorts } from './mentor-cohorts.ts';
/** Whether mentors may be matched, by the readiness rule on their latest cohort (for matching). */
export { type MentorReadiness, mentorReadiness } from './mentor-readiness.ts';
/** A place on a cohort offered at screening, given when the new mentor accepts the invitation. */
export { assertCohortOpen, placeInCohort } from './place-in-cohort.ts';
export { seedDemoTraining } from './seed-demo-training.ts';
/** The reminders the day before a session (the daily job `training.reminders`). */
export { sendSessionReminders } from './session-reminders.ts';
export { trainingPersonalData } from './training.personal-data.ts';
export { trainingRoutes } from './training.routes.ts';
/** The encrypted reason of a notice of absence (src/app/encrypted-columns.ts); cohorts (screening's offers). */
export { absenceNotice, cohort, cohortDeparture, supervisionTheme } from './training.table.ts';
