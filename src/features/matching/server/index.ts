/** What other parts of makker may use from the matching feature. */

/** The seam for a mentorship feature: active mentorships per mentor, composed in src/app/server.ts. */
export { type ActiveMentorships, noMentorshipsYet } from './active-mentorships.ts';
/** Birth years from the wishes profiles (the research export's 5-year bands). */
export { birthYearsOf } from './birth-years.ts';
export { matchingPersonalData } from './matching.personal-data.ts';
export { matchingRoutes } from './matching.routes.ts';
/** The encrypted free words, names to avoid, shared words and answer reasons (src/app/encrypted-columns.ts). */
export { matchProposal, wishesProfile } from './matching.table.ts';
/** Takes a person out of matching (staff's pause) in the caller's transaction: the mentor-relapse hook. */
export { pauseMatchingAvailability } from './pause-matching.ts';
export { seedDemoMatching } from './seed-demo-matching.ts';
/** After the mentorships seed: offers in each state (one started through startMentorship). */
export { seedDemoOffers } from './seed-demo-offers.ts';
export { AssignmentCaseError, parseAssignmentCase, problemFromCase } from './solver/assignment-case.ts';
export {
  type AssignmentProblem,
  type AssignmentSolution,
  problemFromScores,
  solutionPairs,
} from './solver/assignment-problem.ts';
export { matchCaseFile } from './solver/match-case-file.ts';
export { solveAssignment } from './solver/solve-assignment.ts';
export { OFF_THREAD_MIN_PAIRS, solveAssignmentOffThread } from './solver/solve-off-thread.ts';
