/**
 * Entry for the bundle test in solve-off-thread.test.ts: built with the flags of `npm run
 * build:server`, it solves a problem read from argv off the main thread and prints the solution.
 */
import { isMainThread } from 'node:worker_threads';
import { problemFromScores } from '../assignment-problem.ts';
import { solveAssignmentOffThread } from '../solve-off-thread.ts';

const { scores, capacity } = JSON.parse(process.argv[2]!);
const solution = await solveAssignmentOffThread(problemFromScores(scores, capacity), { minPairs: 0 });
process.stdout.write(
  `${JSON.stringify({ mentorOfPeer: Array.from(solution.mentorOfPeer), total: solution.total, isMainThread })}\n`,
);
