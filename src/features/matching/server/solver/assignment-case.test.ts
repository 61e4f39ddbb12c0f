/** The case file check: what it accepts, and where and why it refuses the rest. */
import { describe, expect, it } from 'vitest';
import { AssignmentCaseError, parseAssignmentCase, problemFromCase } from './assignment-case.ts';

const refusal = (text: string) => {
  try {
    parseAssignmentCase(text);
  } catch (error) {
    expect(error).toBeInstanceOf(AssignmentCaseError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('parseAssignmentCase', () => {
  it('accepts the format, with null for pairs that are not admissible and extra fields ignored', () => {
    const value = parseAssignmentCase(
      '{"kind": "dense", "capacity": [2, 0], "scores": [[1.5, null], [null, 3]], "assigned": 1, "optimalTotal": 1.5}',
    );
    const problem = problemFromCase(value);
    expect(problem).toMatchObject({ peerCount: 2, mentorCount: 2 });
    expect(Array.from(problem.rowStart)).toEqual([0, 1, 2]);
    expect(Array.from(problem.mentor)).toEqual([0, 1]);
    expect(Array.from(problem.capacity)).toEqual([2, 0]);
  });

  it('refuses text that is not JSON', () => {
    expect(refusal('{"capacity": [1], "scores": [[1]')).toMatch(/^not JSON/);
  });

  it('refuses rows of the wrong length', () => {
    expect(refusal('{"capacity": [1, 1], "scores": [[1, 2], [3]]}')).toContain(
      'scores[1]: has 1 scores, but capacity lists 2 mentors',
    );
  });

  it('refuses capacities that are not non-negative integers', () => {
    expect(refusal('{"capacity": [1.5], "scores": [[1]]}')).toContain('capacity[0]');
    expect(refusal('{"capacity": [-1], "scores": [[1]]}')).toContain('capacity[0]');
    expect(refusal('{"capacity": ["2"], "scores": [[1]]}')).toContain('capacity[0]');
  });

  it('refuses scores that are not finite numbers or null', () => {
    expect(refusal('{"capacity": [1], "scores": [[1e999]]}')).toContain('scores[0][0]');
    expect(refusal('{"capacity": [1], "scores": [["7"]]}')).toContain('scores[0][0]');
  });

  it('refuses a file without the fields, and lists at most five problems', () => {
    expect(refusal('[]')).toContain('(the file)');
    const many = refusal(`{"capacity": [1], "scores": [${Array(8).fill('["x"]').join(',')}]}`);
    expect(many).toContain('… and 3 more');
  });
});
