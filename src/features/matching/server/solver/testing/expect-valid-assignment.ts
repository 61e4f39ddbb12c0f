/** Test helper: a solution only uses admissible pairs, respects capacities and adds up. */
import { expect } from 'vitest';
import type { AssignmentProblem, AssignmentSolution } from '../assignment-problem.ts';

export function expectValidAssignment(problem: AssignmentProblem, solution: AssignmentSolution): void {
  expect(solution.mentorOfPeer).toHaveLength(problem.peerCount);
  const load = new Int32Array(problem.mentorCount);
  let assigned = 0;
  let total = 0;
  solution.mentorOfPeer.forEach((m, p) => {
    if (m < 0) return;
    let score: number | null = null;
    for (let e = problem.rowStart[p]!; e < problem.rowStart[p + 1]!; e++) {
      if (problem.mentor[e] === m) score = problem.score[e]!;
    }
    expect(score, `peer ${p} with mentor ${m} is not admissible`).not.toBeNull();
    load[m] = load[m]! + 1;
    assigned++;
    total += score!;
  });
  load.forEach((l, m) => {
    expect(l, `mentor ${m} over capacity`).toBeLessThanOrEqual(problem.capacity[m]!);
  });
  expect(solution.assigned).toBe(assigned);
  expect(solution.total).toBeCloseTo(total, 9);
}
