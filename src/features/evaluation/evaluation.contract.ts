/**
 * The evaluation's paired statistics as data (issue #9 points 6–7): what `makker stats` reads and
 * prints, and what the dashboard will show. Keys are snake_case as in the issue and the reference
 * file, so results can be compared with R and SciPy output side by side.
 */
import { z } from 'zod';

const differencesSchema = z.array(z.number()).min(1, 'needs at least one value');

/** `{"d": [...]}` or `{"x": [...], "y": [...]}` with d = y − x (follow-up minus baseline). */
export const differencesInputSchema = z.strictObject({ d: differencesSchema });
export const pairsInputSchema = z
  .strictObject({ x: differencesSchema, y: differencesSchema })
  .refine((v) => v.x.length === v.y.length, { message: 'x and y must have the same length', path: ['y'] });
export const pairedInputSchema = z.union([differencesInputSchema, pairsInputSchema]);
export type PairedInput = z.infer<typeof pairedInputSchema>;

export const zeroMethodSchema = z.enum(['wilcox', 'pratt']);
export const directionSchema = z.enum(['higher-is-better', 'lower-is-better']);
export const bootstrapStatisticSchema = z.enum(['hl', 'mean']);

const interval = z.tuple([z.number(), z.number()]);

export const pairedSummarySchema = z.object({
  n_total: z.number().int(),
  n_zero: z.number().int(),
  n_nonzero: z.number().int(),
  /** V = R+ under the chosen zero method. */
  V: z.number(),
  /** null beyond the exact limit (300 non-zero pairs, decision 033). */
  p_exact_two_sided: z.number().nullable(),
  p_exact_greater: z.number().nullable(),
  p_exact_less: z.number().nullable(),
  /** null when every difference is 0. */
  p_normal_cc_two_sided: z.number().nullable(),
  p_normal_nocc_two_sided: z.number().nullable(),
  rank_biserial: z.number().nullable(),
  rank_biserial_ci95: interval.nullable(),
  hodges_lehmann: z.number(),
  improved: z.number().int(),
  unchanged: z.number().int(),
  worsened: z.number().int(),
});
export type PairedSummary = z.infer<typeof pairedSummarySchema>;

export const bootstrapSummarySchema = z.object({
  estimate: z.number(),
  percentile: interval,
  bca: interval.nullable(),
  z0: z.number().nullable(),
  a: z.number().nullable(),
  degenerate: z.boolean(),
});
export type BootstrapSummary = z.infer<typeof bootstrapSummarySchema>;

export const mcnemarSummarySchema = z.object({ p_exact: z.number(), p_midp: z.number() });
export type McNemarSummary = z.infer<typeof mcnemarSummarySchema>;

export const proportionSummarySchema = z.object({ estimate: z.number(), ci95: interval });
export type ProportionSummary = z.infer<typeof proportionSummarySchema>;
