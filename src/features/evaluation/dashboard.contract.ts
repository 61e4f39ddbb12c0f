/**
 * The evaluation dashboard, report and researcher export (issue #9 points 8–10, decision 046):
 * aggregated results per programme, cohort and role. A cell of fewer than MIN_CELL people is
 * suppressed: only its n is said to be "under 5", never its numbers.
 */
import { z } from 'zod';

/** Cells with fewer people than this are suppressed outside a person's own page. */
export const MIN_CELL = 5;

export const respondentRoleSchema = z.enum(['peer', 'mentor']);
export const comparisonSchema = z.enum(['T1', 'T2', 'T3']);
export type Comparison = z.infer<typeof comparisonSchema>;

export const dashboardQuerySchema = z.object({
  role: respondentRoleSchema.default('peer'),
  cohortId: z.uuid().optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const interval = z.tuple([z.number(), z.number()]);

export const comparisonResultSchema = z.object({
  comparison: comparisonSchema,
  /** Pre-specified primary outcome (T-ILS T2 vs T0): not adjusted. The rest: exploratory, Holm. */
  primary: z.boolean(),
  nPairs: z.number().int(),
  /** People who answered T0 but not the later wave, or the other way round. */
  nMissing: z.number().int(),
  suppressed: z.boolean(),
  medianBefore: z.number().nullable(),
  medianAfter: z.number().nullable(),
  improved: z.number().int().nullable(),
  unchanged: z.number().int().nullable(),
  worsened: z.number().int().nullable(),
  nNonzero: z.number().int().nullable(),
  /** Two-sided exact conditional signed-rank p (wilcox zeros); the normal approximation above 52 changed pairs. */
  p: z.number().nullable(),
  pMethod: z.enum(['exact', 'normal']).nullable(),
  /** Holm-adjusted p within the role's exploratory family; null for the primary outcome. */
  pHolm: z.number().nullable(),
  /** The smallest two-sided p the n changed pairs can give (§7.8). */
  smallestP: z.number().nullable(),
  rankBiserial: z.number().nullable(),
  rankBiserialCi: interval.nullable(),
  hodgesLehmann: z.number().nullable(),
  hodgesLehmannCi: interval.nullable(),
  /** False with ties or zeros (or many pairs): the interval is then approximate. */
  hodgesLehmannCiExact: z.boolean().nullable(),
  /** Each person's (before, after), sorted, without any identifier: the slope chart. */
  pairs: z.array(z.tuple([z.number(), z.number()])).nullable(),
});
export type ComparisonResult = z.infer<typeof comparisonResultSchema>;

/** A measure as the codebook and the report describe it. */
export interface MeasureDefinition {
  key: string;
  title: string;
  direction: 'higher-is-better' | 'higher-is-worse';
  min: number | null;
  max: number | null;
  explanation: string;
  /** The instrument it is scored from; null for the derived network and use measures. */
  instrument: string | null;
  versions: { language: string; version: number; status: string; wordingHash: string }[];
}

export const outcomeSchema = z.object({
  key: z.string(),
  title: z.string(),
  direction: z.enum(['higher-is-better', 'higher-is-worse']),
  min: z.number().nullable(),
  max: z.number().nullable(),
  comparisons: z.array(comparisonResultSchema),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const waveCountSchema = z.object({
  wave: z.enum(['T0', 'T1', 'T2', 'T3']),
  sent: z.number().int(),
  suppressed: z.boolean(),
  answered: z.number().int().nullable(),
  rate: z.number().nullable(),
});

export const relapseSchema = z.object({
  wave: comparisonSchema,
  /** The primary relapse outcome is the proportion at T2. */
  primary: z.boolean(),
  answered: z.number().int(),
  suppressed: z.boolean(),
  relapsed: z.number().int().nullable(),
  estimate: z.number().nullable(),
  ci: interval.nullable(),
});

export const dashboardSchema = z.object({
  programmeName: z.string(),
  role: respondentRoleSchema,
  cohort: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  cohorts: z.array(z.object({ id: z.uuid(), name: z.string() })),
  minCell: z.number().int(),
  people: z.number().int(),
  /** People counted in the dashboard: under MIN_CELL it is said as "under 5". */
  peopleSuppressed: z.boolean(),
  responseRates: z.array(waveCountSchema),
  outcomes: z.array(outcomeSchema),
  relapse: z.array(relapseSchema),
  generatedAt: z.string(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
export type WaveCount = z.infer<typeof waveCountSchema>;
export type RelapseResult = z.infer<typeof relapseSchema>;

export const exportFormatSchema = z.object({
  // A default, so that a request without it is authorised before it is validated (the matrix).
  format: z.enum(['csv', 'codebook-json', 'codebook-md']).default('csv'),
});
