/**
 * Every reference case (testdata/README.md) reaches scipy's optimum: the largest number of matched
 * peers, the optimal total within 1e-6, admissible pairs only and no mentor over capacity — with
 * the solver the problem goes to and with the admissible-pairs solver forced.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssignmentCase, problemFromCase } from './assignment-case.ts';
import { solveAssignment } from './solve-assignment.ts';
import { expectValidAssignment } from './testing/expect-valid-assignment.ts';

const folder = new URL('./testdata/assignment/', import.meta.url);
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.json'));

describe('the reference cases', () => {
  it('are all there', () => {
    expect(files).toHaveLength(40);
  });

  for (const file of files) {
    it(file, () => {
      const value = parseAssignmentCase(fs.readFileSync(new URL(file, folder), 'utf8'));
      const problem = problemFromCase(value);
      for (const dense of [true, false]) {
        const solution = solveAssignment(problem, { dense });
        expectValidAssignment(problem, solution);
        expect(solution.assigned).toBe(value.assigned);
        expect(Math.abs(solution.total - value.optimalTotal!)).toBeLessThanOrEqual(1e-6);
      }
    });
  }
});
