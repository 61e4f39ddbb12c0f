/** What other parts of makker may use from the mentorships feature. */

/** How many open mentorships each mentor has, and which peers have one (matching's pool). */
export { OPEN_STATES, openMentorshipCounts, peersWithOpenMentorship } from './count-open-mentorships.ts';
export { askAboutExtensions } from './extension.ts';
/** Whether mentors are in a running or a paused pair (training's cohort figures). */
export { type MentorPairing, mentorPairings } from './mentor-pair-states.ts';
export { mentorshipsPersonalData } from './mentorships.personal-data.ts';
export { mentorshipsRoutes } from './mentorships.routes.ts';
/** The encrypted notes of meetings and of pauses and endings (src/app/encrypted-columns.ts). */
export { meeting, mentorshipEvent, mentorshipNote, mentorshipTask } from './mentorships.table.ts';
export { seedDemoMentorships } from './seed-demo-mentorships.ts';
/** The daily sweep opening staff tasks: pairs at their end date, rhythms slipped 2 × (job `mentorships.staff-tasks`). */
export { openDueTasks } from './staff-tasks.ts';
/** Starts a pair (proposed → active): matching calls it when both people have accepted. */
export { startMentorship } from './start-mentorship.ts';
