/**
 * Property tests against brute force for small rounds: any mix of admissible pairs, capacities
 * 0–3, integer scores with many ties and float scores, more peers than places and fewer. Both
 * solvers must reach the lexicographic optimum (most peers matched, then the largest total).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemFromScores } from './assignment-problem.ts';
import { solveAssignment } from './solve-assignment.ts';
import { expectValidAssignment } from './testing/expect-valid-assignment.ts';

type Scores = (number | null)[][];

/** Tries every assignment: the best (matched, total), compared matched first. */
function bruteForce(scores: Scores, capacity: number[]) {
  const load = capacity.map(() => 0);
  let best = { assigned: 0, total: 0 };
  const visit = (p: number, assigned: number, total: number) => {
    if (p === scores.length) {
      if (assigned > best.assigned || (assigned === best.assigned && total > best.total + 1e-9))
        best = { assigned, total };
      return;
    }
    visit(p + 1, assigned, total);
    scores[p]!.forEach((s, m) => {
      if (s === null || load[m]! >= capacity[m]!) return;
      load[m]!++;
      visit(p + 1, assigned + 1, total + s);
      load[m]!--;
    });
  };
  visit(0, 0, 0);
  return best;
}

const score = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ min: -50, max: 100, noNaN: true }));

const round = (nullRate: number, maxCapacity: number) =>
  fc
    .record({ peers: fc.integer({ min: 0, max: 7 }), mentors: fc.integer({ min: 0, max: 5 }) })
    .chain(({ peers, mentors }) =>
      fc.record({
        capacity: fc.array(fc.integer({ min: 0, max: maxCapacity }), {
          minLength: mentors,
          maxLength: mentors,
        }),
        scores: fc.array(
          fc.array(
            fc.oneof(
              { arbitrary: fc.constant(null), weight: nullRate },
              { arbitrary: score, weight: 10 - nullRate },
            ),
            { minLength: mentors, maxLength: mentors },
          ),
          { minLength: peers, maxLength: peers },
        ),
      }),
    );

function check({ scores, capacity }: { scores: Scores; capacity: number[] }) {
  const expected = bruteForce(scores, capacity);
  const problem = problemFromScores(scores, capacity);
  for (const dense of [true, false]) {
    const solution = solveAssignment(problem, { dense });
    expectValidAssignment(problem, solution);
    expect(solution.assigned).toBe(expected.assigned);
    expect(solution.total).toBeCloseTo(expected.total, 6);
  }
}

describe('solveAssignment against brute force', () => {
  it('with pairs that are not admissible', () => {
    fc.assert(fc.property(round(4, 3), check), { numRuns: 400 });
  });

  it('with every pair admissible (the dense solver, square, transposed and wide)', () => {
    fc.assert(fc.property(round(0, 2), check), { numRuns: 400 });
  });

  it('with one place per mentor and as many peers as mentors (the square start)', () => {
    const square = fc.integer({ min: 1, max: 7 }).chain((n) =>
      fc.record({
        capacity: fc.constant(Array.from({ length: n }, () => 1)),
        scores: fc.array(fc.array(score, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(fc.property(square, check), { numRuns: 1000 });
  });
});

describe('solveAssignment edge cases', () => {
  it('solves rounds without peers, mentors, places or admissible pairs', () => {
    expect(solveAssignment(problemFromScores([], [2])).assigned).toBe(0);
    expect(solveAssignment(problemFromScores([[], []], [])).mentorOfPeer).toEqual(Int32Array.of(-1, -1));
    expect(solveAssignment(problemFromScores([[5, 6]], [0, 0])).assigned).toBe(0);
    expect(solveAssignment(problemFromScores([[null], [null]], [1])).assigned).toBe(0);
  });

  it('prefers one more matched peer to any gain in total', () => {
    // Peer 0 alone with mentor 0 would score 100; matching both scores 2 in total.
    const solution = solveAssignment(
      problemFromScores(
        [
          [100, 1],
          [1, null],
        ],
        [1, 1],
      ),
    );
    expect(solution.assigned).toBe(2);
    expect(Array.from(solution.mentorOfPeer)).toEqual([1, 0]);
    expect(solution.total).toBe(2);
  });

  it('lets a mentor take several peers up to capacity', () => {
    const solution = solveAssignment(
      problemFromScores(
        [
          [9, 1],
          [8, 1],
          [7, 1],
        ],
        [2, 5],
      ),
    );
    expect(Array.from(solution.mentorOfPeer)).toEqual([0, 0, 1]);
    expect(solution.total).toBe(18);
  });

  it('refuses a malformed problem', () => {
    const problem = problemFromScores([[1]], [1]);
    expect(() => solveAssignment({ ...problem, score: Float64Array.of(Number.NaN) })).toThrow(RangeError);
    expect(() => solveAssignment({ ...problem, mentor: Int32Array.of(3) })).toThrow(RangeError);
  });
});
