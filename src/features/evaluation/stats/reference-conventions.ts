/**
 * What R ≤ 4.5 and SciPy 1.17 print by default for the same data (INSTRUMENTS.md §7.3), so that a
 * result of ours can be reconciled with an analysis someone ran elsewhere. makker itself reports
 * the exact conditional p (signed-rank.ts); these are for comparison only (decision 033).
 */
import { hodgesLehmann, walshAverages } from './hodges-lehmann.ts';
import { normalQuantile } from './normal.ts';
import { doubledMidRanks, tieCorrection } from './ranks.ts';
import { untiedSignedRankDistribution } from './sign-flip-distribution.ts';
import { type SignedRankTest, signedRankTest } from './signed-rank.ts';

export interface RLegacyWilcoxon {
  method: 'Wilcoxon signed rank exact test' | 'Wilcoxon signed rank test with continuity correction';
  V: number;
  p: number;
  pGreater: number;
  estimate: number | null;
  confInt: [number, number] | null;
}

/**
 * R's `wdiff` of `wilcox.test` (asymptotic path): the continuity-corrected standardised signed-rank
 * statistic of x − mu (zeros of the shifted values dropped again), minus zq.
 */
function rStandardisedShift(x: readonly number[], mu: number, zq: number): number {
  const shifted = x.map((v) => v - mu).filter((v) => v !== 0);
  const n = shifted.length;
  const { doubled, tieGroupSizes } = doubledMidRanks(shifted.map(Math.abs));
  const plus = shifted.reduce((sum, v, i) => (v > 0 ? sum + doubled[i]! / 2 : sum), 0);
  const zd = plus - (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection(tieGroupSizes) / 48);
  return (zd - Math.sign(zd) * 0.5) / sigma - zq;
}

/**
 * The root R's `uniroot(wdiff, c(min(x), max(x)), tol = 1e-4)` approaches. wdiff is a step
 * function that only jumps at Walsh averages of x, so instead of iterating we look at each
 * Walsh average and each gap between two and return the Walsh average where the sign changes
 * (or the middle of a gap where it is exactly 0, where R may return any point of the gap).
 * R's own answer lies within its tolerance (1e-4) of this one.
 */
function rStepRoot(x: readonly number[], zq: number): number | null {
  const points = [...new Set(walshAverages(x))];
  if (points.length < 2) return null;
  const start = Math.sign(rStandardisedShift(x, points[0]!, zq));
  if (start === 0) return points[0]!;
  for (let k = 0; k < points.length; k++) {
    const here = rStandardisedShift(x, points[k]!, zq);
    if (here === 0 || Math.sign(here) !== start) return points[k]!;
    if (k + 1 < points.length) {
      const gap = (points[k]! + points[k + 1]!) / 2;
      const inGap = rStandardisedShift(x, gap, zq);
      if (inGap === 0) return gap;
      if (Math.sign(inGap) !== start) return points[k]!;
    }
  }
  return null;
}

function rAsymptoticInterval(x: readonly number[], confidenceLevel: number): [number, number] | null {
  if (new Set(x).size < 2) return null;
  const lowest = Math.min(...x);
  const highest = Math.max(...x);
  // As R: widen alpha until both ends of the data bracket a root.
  let alpha = 1 - confidenceLevel;
  while (alpha < 1) {
    const upperZ = normalQuantile(1 - alpha / 2);
    if (rStandardisedShift(x, lowest, upperZ) < 0 || rStandardisedShift(x, highest, -upperZ) > 0) alpha *= 2;
    else break;
  }
  if (alpha >= 1) return null;
  const z = normalQuantile(1 - alpha / 2);
  const low = rStepRoot(x, z);
  const high = rStepRoot(x, -z);
  return low === null || high === null ? null : [low, high];
}

/** What `wilcox.test(later, earlier, paired = TRUE, conf.int = TRUE)` prints in R 4.2–4.5. */
export function rLegacyWilcoxon(d: readonly number[], confidenceLevel = 0.95): RLegacyWilcoxon {
  const test = signedRankTest(d, 'wilcox');
  const x = d.filter((v) => v !== 0);
  const exactPath = x.length < 50 && test.nZero === 0 && test.tieGroupSizes.length === 0;
  if (exactPath && test.exact) {
    const hl = x.length > 0 ? hodgesLehmann(x, confidenceLevel) : null;
    return {
      method: 'Wilcoxon signed rank exact test',
      V: test.rPlus,
      p: test.exact.twoSided,
      pGreater: test.exact.greater,
      estimate: hl?.estimate ?? null,
      confInt: hl?.ci ?? null,
    };
  }
  const normal = test.normal;
  return {
    method: 'Wilcoxon signed rank test with continuity correction',
    V: test.rPlus,
    p: normal?.corrected.twoSided ?? Number.NaN,
    pGreater: normal?.corrected.greater ?? Number.NaN,
    estimate: rStepRoot(x, 0),
    confInt: rAsymptoticInterval(x, confidenceLevel),
  };
}

/** SciPy's asymptotic two-sided result: z from min(R+, R−), so never positive. */
export function scipyAsymptotic(test: SignedRankTest, correction: boolean): { z: number; p: number } | null {
  if (!test.normal) return null;
  const z = correction ? test.normal.z : test.normal.zUncorrected;
  const p = correction ? test.normal.corrected.twoSided : test.normal.uncorrected.twoSided;
  return { z: -Math.abs(z), p };
}

/**
 * `scipy.stats.wilcoxon(d)` with its defaults: statistic min(R+, R−); method "auto" = exact if
 * n ≤ 50 without ties or zeros, else the exhaustive permutation (= our exact conditional p) if
 * len(d) ≤ 13, else the normal approximation without continuity correction.
 */
export function scipyDefaultWilcoxon(d: readonly number[]): { statistic: number; p: number } {
  const test = signedRankTest(d, 'wilcox');
  const statistic = Math.min(test.rPlus, test.rMinus);
  const clean = test.nZero === 0 && test.tieGroupSizes.length === 0;
  if ((clean && d.length <= 50) || d.length <= 13) return { statistic, p: test.exact!.twoSided };
  return { statistic, p: test.normal?.uncorrected.twoSided ?? Number.NaN };
}

/**
 * SciPy's `method="exact"` with ties: the untied null of n non-zero ranks, the statistic rounded
 * conservatively (up for the lower tail, down for the upper). Not exact with ties (Bortz: 0.1602
 * against the true 0.1367); shown only to explain SciPy's number.
 */
export function scipyExactRounded(d: readonly number[]): number | null {
  const test = signedRankTest(d, 'wilcox');
  const distribution = untiedSignedRankDistribution(test.nNonzero);
  if (!distribution) return null;
  const less = distribution.atMost(2 * Math.ceil(test.rPlus));
  const greater = distribution.atLeast(2 * Math.floor(test.rPlus));
  return Math.min(1, 2 * Math.min(less, greater));
}
