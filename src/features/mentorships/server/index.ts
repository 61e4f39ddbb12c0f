/** What other parts of makker may use from the mentorships feature. */

/** How many open mentorships each mentor has, and which peers have one (matching's pool). */
export { OPEN_STATES, openMentorshipCounts, peersWithOpenMentorship } from './count-open-mentorships.ts';
export { askAboutExtensions } from './extension.ts';
/** Who is in a pair and its state (the pair's messages, decision 048). */
export { findPair, findPairs, findPairsOfPerson, type PairFacts, pairsClosedBefore } from './find-pair.ts';
/** Whether mentors are in a running or a paused pair (training's cohort figures). */
export { type MentorPairing, mentorPairings } from './mentor-pair-states.ts';
export { mentorshipsPersonalData } from './mentorships.personal-data.ts';
export { mentorshipsRoutes } from './mentorships.routes.ts';
/** The pairs (for other features' foreign keys) and the encrypted notes of meetings, pauses and endings. */
export { meeting, mentorship, mentorshipEvent } from './mentorships.table.ts';
export { seedDemoMentorships } from './seed-demo-mentorships.ts';
/** Starts a pair (proposed → active): matching calls it when both people have accepted. */
export { startMentorship } from './start-mentorship.ts';
