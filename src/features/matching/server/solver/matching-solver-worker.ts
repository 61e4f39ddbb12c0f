/**
 * Worker entry for solveAssignmentOffThread: solves the one problem it is sent and answers with
 * the solution. Bundled as an entry of its own into dist/server (package.json build:server).
 */
import { parentPort } from 'node:worker_threads';
import type { AssignmentProblem } from './assignment-problem.ts';
import { solveAssignment } from './solve-assignment.ts';

parentPort?.once('message', (problem: AssignmentProblem) => {
  const solution = solveAssignment(problem);
  parentPort?.postMessage(solution, [solution.mentorOfPeer.buffer as ArrayBuffer]);
});
