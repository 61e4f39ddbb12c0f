/**
 * The evaluation dashboard as a pure function over scores already read (decision 046), so it can
 * be tested and benchmarked without a database: per measure and comparison (T1, T2, T3 vs T0)
 * the complete pairs (INSTRUMENTS.md §7.1), medians, counts improved/unchanged/worsened, the exact
 * signed-rank p (wilcox zeros; the normal approximation with continuity correction above
 * EXACT_P_LIMIT changed pairs), rank-biserial with its CI and Hodges–Lehmann with its CI (§7.4,
 * §7.5), the smallest attainable p (§7.8); the primary outcome unadjusted and the rest
 * Holm-adjusted as one exploratory family per role; relapse as a proportion with its
 * Clopper–Pearson CI (§7.7). Any cell of fewer than MIN_CELL people carries no numbers.
 */
import {
  type Comparison,
  type ComparisonResult,
  type Dashboard,
  MIN_CELL,
  type Outcome,
  type RelapseResult,
  type WaveCount,
} from '../dashboard.contract.ts';
import type { RespondentRole, Wave } from '../questionnaire.contract.ts';
import { countChanges, rankBiserial } from '../stats/effect-size.ts';
import { holmAdjust } from '../stats/holm.ts';
import { clopperPearson } from '../stats/proportion.ts';
import { median } from '../stats/quantile.ts';
import { signedRankTest, smallestAttainableP } from '../stats/signed-rank.ts';
import { hodgesLehmannByValues } from './dashboard-hodges-lehmann.ts';

/** Exact p up to this many changed pairs (doubles; cohorts are 10–30), the normal approximation above. */
export const EXACT_P_LIMIT = 52;

/** The pre-specified primary outcomes (§0): loneliness T0→T2 and the relapse proportion at T2. */
export const PRIMARY_MEASURE = 't-ils';
export const PRIMARY_COMPARISON: Comparison = 'T2';

export interface DashboardMeasure {
  key: string;
  title: string;
  direction: 'higher-is-better' | 'higher-is-worse';
  min: number | null;
  max: number | null;
}

/** One questionnaire of one person in the chosen role: its scores when completed. */
export interface DashboardRecord {
  person: string;
  wave: Wave;
  completed: boolean;
  values: Readonly<Record<string, number | null>>;
  relapse: boolean | null;
}

export interface DashboardInput {
  programmeName: string;
  role: RespondentRole;
  cohort: { id: string; name: string } | null;
  cohorts: { id: string; name: string }[];
  measures: readonly DashboardMeasure[];
  records: readonly DashboardRecord[];
  now: Date;
}

const COMPARISONS: Comparison[] = ['T1', 'T2', 'T3'];
const WAVES: Wave[] = ['T0', 'T1', 'T2', 'T3'];

function empty(comparison: Comparison, primary: boolean, nPairs: number, nMissing: number): ComparisonResult {
  return {
    comparison,
    primary,
    nPairs,
    nMissing,
    suppressed: true,
    medianBefore: null,
    medianAfter: null,
    improved: null,
    unchanged: null,
    worsened: null,
    nNonzero: null,
    p: null,
    pMethod: null,
    pHolm: null,
    smallestP: null,
    rankBiserial: null,
    rankBiserialCi: null,
    hodgesLehmann: null,
    hodgesLehmannCi: null,
    hodgesLehmannCiExact: null,
    pairs: null,
  };
}

function compare(
  measure: DashboardMeasure,
  comparison: Comparison,
  before: Map<string, number>,
  after: Map<string, number>,
): ComparisonResult {
  const primary = measure.key === PRIMARY_MEASURE && comparison === PRIMARY_COMPARISON;
  const pairs: [number, number][] = [];
  for (const [person, x] of before) {
    const y = after.get(person);
    if (y !== undefined) pairs.push([x, y]);
  }
  const nPairs = pairs.length;
  const nMissing = before.size + after.size - 2 * nPairs;
  if (nPairs < MIN_CELL) return empty(comparison, primary, nPairs, nMissing);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const d = pairs.map(([x, y]) => y - x);
  const test = signedRankTest(d, 'wilcox', EXACT_P_LIMIT);
  const effect = rankBiserial(test);
  const hl = hodgesLehmannByValues(d);
  const p = test.exact?.twoSided ?? test.normal?.corrected.twoSided ?? null;
  return {
    ...empty(comparison, primary, nPairs, nMissing),
    suppressed: false,
    medianBefore: median(pairs.map((p) => p[0])),
    medianAfter: median(pairs.map((p) => p[1])),
    ...countChanges(d, measure.direction === 'higher-is-worse' ? 'lower-is-better' : 'higher-is-better'),
    nNonzero: test.nNonzero,
    // Every pair unchanged: nothing to test, p = 1.
    p: test.nNonzero === 0 ? 1 : p,
    pMethod: test.nNonzero === 0 || test.exact ? 'exact' : 'normal',
    smallestP: smallestAttainableP(test.nNonzero),
    rankBiserial: effect?.r ?? null,
    rankBiserialCi: effect?.ci ?? null,
    hodgesLehmann: hl?.estimate ?? null,
    hodgesLehmannCi: hl?.ci ?? null,
    hodgesLehmannCiExact: hl?.exact ?? null,
    pairs,
  };
}

function responseRates(records: readonly DashboardRecord[]): WaveCount[] {
  return WAVES.map((wave) => {
    const sent = records.filter((r) => r.wave === wave);
    const answered = sent.filter((r) => r.completed).length;
    const suppressed = sent.length < MIN_CELL;
    return {
      wave,
      sent: sent.length,
      suppressed,
      answered: suppressed ? null : answered,
      rate: suppressed || sent.length === 0 ? null : answered / sent.length,
    };
  });
}

function relapse(records: readonly DashboardRecord[]): RelapseResult[] {
  return COMPARISONS.map((wave) => {
    const known = records.filter((r) => r.wave === wave && r.completed && r.relapse !== null);
    const relapsed = known.filter((r) => r.relapse).length;
    const suppressed = known.length < MIN_CELL;
    const proportion = suppressed ? null : clopperPearson(relapsed, known.length);
    return {
      wave,
      primary: wave === PRIMARY_COMPARISON,
      answered: known.length,
      suppressed,
      relapsed: suppressed ? null : relapsed,
      estimate: proportion?.estimate ?? null,
      ci: proportion?.ci ?? null,
    };
  });
}

export function computeDashboard(input: DashboardInput): Dashboard {
  // measure → wave → person → value, from completed questionnaires only.
  const byWave = new Map<string, Map<Wave, Map<string, number>>>();
  for (const m of input.measures) byWave.set(m.key, new Map(WAVES.map((w) => [w, new Map()])));
  for (const r of input.records) {
    if (!r.completed) continue;
    for (const m of input.measures) {
      const value = r.values[m.key];
      if (typeof value === 'number') byWave.get(m.key)!.get(r.wave)!.set(r.person, value);
    }
  }
  const outcomes: Outcome[] = input.measures.map((m) => {
    const waves = byWave.get(m.key)!;
    return {
      ...m,
      comparisons: COMPARISONS.map((c) => compare(m, c, waves.get('T0')!, waves.get(c)!)),
    };
  });
  // One exploratory family per role: every shown comparison but the primary one.
  const family = outcomes.flatMap((o) => o.comparisons).filter((c) => !c.primary && c.p !== null);
  holmAdjust(family.map((c) => c.p!)).forEach((adjusted, i) => {
    family[i]!.pHolm = adjusted;
  });
  const people = new Set(input.records.map((r) => r.person)).size;
  return {
    programmeName: input.programmeName,
    role: input.role,
    cohort: input.cohort,
    cohorts: input.cohorts,
    minCell: MIN_CELL,
    people: people < MIN_CELL ? 0 : people,
    peopleSuppressed: people < MIN_CELL,
    responseRates: responseRates(input.records),
    outcomes,
    relapse: relapse(input.records),
    generatedAt: input.now.toISOString(),
  };
}
