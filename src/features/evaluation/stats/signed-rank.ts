/**
 * The Wilcoxon signed-rank test on paired differences d = later − earlier, exactly as specified in
 * INSTRUMENTS.md §7.2 (decision 033).
 *
 * - Zeros: "wilcox" drops d = 0 before ranking (R `wilcox.test`, SciPy's default); "pratt" ranks
 *   |d| with the zeros, which then count in neither sum (Pratt 1959).
 * - V = R+ = the sum of the mid-ranks of the positive differences (R's `V`).
 * - Exact conditional p: every non-zero rank gets sign ± with probability ½ (a sign-flip
 *   permutation over the observed, possibly tied ranks; sign-flip-distribution.ts). Equal to
 *   SciPy's exhaustive `PermutationMethod`; equal to R's exact p without ties and zeros.
 *   p_greater = P(V ≥ v), p_less = P(V ≤ v), two-sided = min(1, 2·min(p_greater, p_less)).
 * - Normal approximation (Lehmann 1975; the tie term as in R and SciPy): with n items ranked and
 *   n0 of them zeros (pratt only), mean = [n(n+1) − n0(n0+1)]/4,
 *   var = [n(n+1)(2n+1) − n0(n0+1)(2n0+1)]/24 − Σ(t³ − t)/48 over tie groups of non-zero |d|;
 *   continuity correction z = (V − mean − sign(V − mean)·½)/sd two-sided, ∓½ one-sided (R).
 */
import { normalCdf, normalSf } from './normal.ts';
import { doubledMidRanks, tieCorrection } from './ranks.ts';
import { signFlipDistribution } from './sign-flip-distribution.ts';

export type ZeroMethod = 'wilcox' | 'pratt';

export interface PValues {
  twoSided: number;
  greater: number;
  less: number;
}

export interface NormalApproximation {
  mean: number;
  variance: number;
  /** z with the continuity correction (two-sided form), and without. */
  z: number;
  zUncorrected: number;
  corrected: PValues;
  uncorrected: PValues;
}

export interface SignedRankTest {
  zeroMethod: ZeroMethod;
  nTotal: number;
  nZero: number;
  nNonzero: number;
  /** V = R+, the sum of the ranks of the positive differences. */
  rPlus: number;
  /** R−, the sum of the ranks of the negative differences. */
  rMinus: number;
  /** The sum of all ranks given out, zeros' included under pratt: n(n+1)/2 of the ranked items. */
  rankTotal: number;
  /** Tie-group sizes among the non-zero |d| (size ≥ 2), by ascending |d|. */
  tieGroupSizes: number[];
  /** The exact conditional p-values; null beyond EXACT_SIGN_FLIP_LIMIT non-zero differences. */
  exact: PValues | null;
  /** null when no difference is non-zero (the variance is 0). */
  normal: NormalApproximation | null;
}

export function assertFiniteNumbers(values: readonly number[], what = 'differences'): void {
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new RangeError(`The ${what} must be finite numbers`);
  }
}

/** d = y − x, element by element (follow-up minus baseline); the arrays must be of equal length. */
export function pairedDifferences(x: readonly number[], y: readonly number[]): number[] {
  if (x.length !== y.length) throw new RangeError('x and y must have the same length');
  assertFiniteNumbers(x, 'values of x');
  assertFiniteNumbers(y, 'values of y');
  return y.map((yi, i) => yi - x[i]!);
}

function twoSidedFrom(greater: number, less: number): number {
  return Math.min(1, 2 * Math.min(greater, less));
}

function normalApproximation(v: number, n: number, n0: number, ties: number): NormalApproximation {
  const mean = (n * (n + 1) - n0 * (n0 + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1) - n0 * (n0 + 1) * (2 * n0 + 1)) / 24 - ties / 48;
  const sd = Math.sqrt(variance);
  const deviation = v - mean;
  const z = (deviation - Math.sign(deviation) * 0.5) / sd;
  const zUncorrected = deviation / sd;
  return {
    mean,
    variance,
    z,
    zUncorrected,
    corrected: {
      twoSided: 2 * Math.min(normalCdf(z), normalSf(z)),
      greater: normalSf((deviation - 0.5) / sd),
      less: normalCdf((deviation + 0.5) / sd),
    },
    uncorrected: {
      twoSided: 2 * Math.min(normalCdf(zUncorrected), normalSf(zUncorrected)),
      greater: normalSf(zUncorrected),
      less: normalCdf(zUncorrected),
    },
  };
}

/** The signed-rank test of H0 "the differences are symmetric about 0". */
export function signedRankTest(
  d: readonly number[],
  zeroMethod: ZeroMethod = 'wilcox',
  /** Above this many non-zero differences only the normal approximation is computed (the dashboard's speed). */
  exactLimit = Number.POSITIVE_INFINITY,
): SignedRankTest {
  assertFiniteNumbers(d);
  const nonzero = d.filter((v) => v !== 0);
  const ranked = zeroMethod === 'pratt' ? d : nonzero;
  const { doubled } = doubledMidRanks(ranked.map(Math.abs));
  const { tieGroupSizes } = doubledMidRanks(nonzero.map(Math.abs));
  let plus2 = 0;
  let minus2 = 0;
  const nonzeroDoubled: number[] = [];
  ranked.forEach((value, i) => {
    if (value > 0) plus2 += doubled[i]!;
    if (value < 0) minus2 += doubled[i]!;
    if (value !== 0) nonzeroDoubled.push(doubled[i]!);
  });
  const nZero = d.length - nonzero.length;
  const n = ranked.length;
  const distribution = nonzeroDoubled.length > exactLimit ? null : signFlipDistribution(nonzeroDoubled);
  let exact: PValues | null = null;
  if (distribution) {
    const greater = distribution.atLeast(plus2);
    const less = distribution.atMost(plus2);
    exact = { greater, less, twoSided: twoSidedFrom(greater, less) };
  }
  const n0 = zeroMethod === 'pratt' ? nZero : 0;
  return {
    zeroMethod,
    nTotal: d.length,
    nZero,
    nNonzero: nonzero.length,
    rPlus: plus2 / 2,
    rMinus: minus2 / 2,
    rankTotal: (n * (n + 1)) / 2,
    tieGroupSizes,
    exact,
    normal: nonzero.length > 0 ? normalApproximation(plus2 / 2, n, n0, tieCorrection(tieGroupSizes)) : null,
  };
}

/**
 * The smallest two-sided exact p attainable with m non-zero pairs (§7.8): 2/2^m, capped at 1. Only
 * "all signs +" (or all −) reaches the extreme sum, ties or not, so the same holds with ties, and for
 * McNemar with m discordant pairs. At m = 5 it is 0.0625: p < 0.05 cannot happen.
 */
export function smallestAttainableP(m: number): number {
  if (!Number.isSafeInteger(m) || m < 0) throw new RangeError('m must be a non-negative integer');
  return Math.min(1, 2 ** (1 - m));
}
