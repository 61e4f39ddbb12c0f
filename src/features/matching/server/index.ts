/** What other parts of makker may use from the matching feature. */

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
