/**
 * `npx makker match --input case.json`: solves a case file (assignment-case.ts) and returns the
 * JSON to print, `{"pairs": [[peerIndex, mentorIndex], …], "total": …}` with pairs by peer — for
 * staff's what-if runs and for anyone checking the solver against another one.
 */
import fs from 'node:fs';
import { AssignmentCaseError, parseAssignmentCase, problemFromCase } from './assignment-case.ts';
import { solutionPairs } from './assignment-problem.ts';
import { solveAssignment } from './solve-assignment.ts';

export function matchCaseFile(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AssignmentCaseError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let value: ReturnType<typeof parseAssignmentCase>;
  try {
    value = parseAssignmentCase(text);
  } catch (error) {
    if (error instanceof AssignmentCaseError) throw new AssignmentCaseError(`${file} is ${error.message}`);
    throw error;
  }
  const solution = solveAssignment(problemFromCase(value));
  return JSON.stringify({ pairs: solutionPairs(solution), total: solution.total });
}
