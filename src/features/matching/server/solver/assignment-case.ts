/**
 * The assignment case file (format of ../shared/testdata/assignment, README there): `scores[p][m]`
 * is the score of peer p with mentor m or null when the pair is not admissible, `capacity[m]` the
 * peers mentor m can take; `assigned` and `optimalTotal` (the expected answer) may be given.
 * Other fields (kind, seed, …) are ignored.
 */
import { z } from 'zod';
import { type AssignmentProblem, problemFromScores } from './assignment-problem.ts';

export const assignmentCaseSchema = z
  .object({
    capacity: z.array(z.number().int().nonnegative()),
    scores: z.array(z.array(z.number().nullable())),
    assigned: z.number().int().nonnegative().optional(),
    optimalTotal: z.number().optional(),
  })
  .superRefine((value, ctx) => {
    const mentors = value.capacity.length;
    value.scores.forEach((row, p) => {
      if (row.length !== mentors) {
        ctx.addIssue({
          code: 'custom',
          path: ['scores', p],
          message: `has ${row.length} scores, but capacity lists ${mentors} mentors`,
        });
      }
    });
  });

export type AssignmentCase = z.infer<typeof assignmentCaseSchema>;

/** A case file that cannot be used; the message says where and why. */
export class AssignmentCaseError extends Error {}

/** Parses and checks the text of a case file; throws AssignmentCaseError. */
export function parseAssignmentCase(text: string): AssignmentCase {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AssignmentCaseError(`not JSON (${(error as Error).message})`);
  }
  const result = assignmentCaseSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const lines = issues.slice(0, 5).map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > 5) lines.push(`  … and ${issues.length - 5} more`);
  throw new AssignmentCaseError(`not a valid assignment case:\n${lines.join('\n')}`);
}

export function problemFromCase(value: AssignmentCase): AssignmentProblem {
  return problemFromScores(value.scores, value.capacity);
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(the file)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}
