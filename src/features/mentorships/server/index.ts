/** What other parts of makker may use from the mentorships feature. */

/** How many open mentorships each mentor has, and which peers have one (matching's pool). */
export { OPEN_STATES, openMentorshipCounts, peersWithOpenMentorship } from './count-open-mentorships.ts';
export { askAboutExtensions } from './extension.ts';
/** Who is in a pair and its state (the pair's messages, decision 048). */
export { findPair, findPairs, findPairsOfPerson, type PairFacts, pairsClosedBefore } from './find-pair.ts';
/** Every pair, in any state (the evaluation's cohorts of peers). */
export { listPairs } from './list-pairs.ts';
/** Whether mentors are in a running or a paused pair (training's cohort figures). */
export { type MentorPairing, mentorPairings } from './mentor-pair-states.ts';
export { mentorRelapsePersonalData } from './mentor-relapse.personal-data.ts';
export { mentorRelapseRoutes } from './mentor-relapse.routes.ts';
/**
 * Staff recording a mentor's relapse (decision 049): its routes (given matching's pause as a
 * hook), its personal-data part, and the evaluation's count of relapses without details.
 */
export { mentorRelapseCounts } from './mentor-relapse.ts';
/** When each started pair began and ends (the evaluation's waves, decision 045). */
export { type MentorshipTimeline, mentorshipTimelines } from './mentorship-timelines.ts';
export { mentorshipsPersonalData } from './mentorships.personal-data.ts';
export { mentorshipsRoutes } from './mentorships.routes.ts';
/** The pairs (for other features' foreign keys) and the encrypted notes of meetings, pauses and endings. */
export { meeting, mentorship, mentorshipEvent, mentorshipNote, mentorshipTask } from './mentorships.table.ts';
/** The day-before meeting reminders and the slip nudges (jobs; `notify` comes from the composition). */
export {
  type NotifyPerson,
  type RemindersSent,
  sendMeetingReminders,
  sendSlipNudges,
} from './rhythm-reminders.ts';
/** The demo's mentor with two running pairs, for recording a relapse (after every other demo part). */
export { seedDemoMentorRelapse } from './seed-demo-mentor-relapse.ts';
export { seedDemoMentorships } from './seed-demo-mentorships.ts';
/** The daily sweep opening staff tasks: pairs at their end date, rhythms slipped 2 × (job `mentorships.staff-tasks`). */
export { openDueTasks } from './staff-tasks.ts';
/** Starts a pair (proposed → active): matching calls it when both people have accepted. */
export { startMentorship } from './start-mentorship.ts';
