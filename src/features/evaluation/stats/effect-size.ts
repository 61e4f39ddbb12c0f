/**
 * Effect sizes for paired differences (INSTRUMENTS.md §7.4, decision 033).
 *
 * Matched-pairs rank-biserial correlation, Kerby's (2014) simple difference formula (King & Minium):
 * r = (R+ − R−)/T with T the total rank sum. Under "wilcox" T = n(n+1)/2 over the non-zero pairs,
 * identical to R `effectsize::rank_biserial(paired = TRUE)`; under "pratt" T includes the zeros'
 * ranks (a sensitivity variant, so r shrinks towards 0 with many unchanged pairs).
 *
 * CI (effectsize's convention): tanh(atanh(r) ± z₁₋α/₂·SE) with
 * SE = sqrt((2n³ + 3n² + n)/6)/(n(n+1)/2), n = non-zero pairs. For pratt we use the same
 * construction with the null standard deviation of R+ − R− given the ranks that can carry a sign,
 * SE = sqrt(Σ rank²)/T = sqrt([n(n+1)(2n+1) − n0(n0+1)(2n0+1)]/6)/T, which reduces to effectsize's
 * when there are no zeros. Like effectsize, the SE ignores ties.
 */
import { normalQuantile } from './normal.ts';
import { assertFiniteNumbers, type SignedRankTest } from './signed-rank.ts';

export interface RankBiserial {
  r: number;
  ci: [number, number];
  confidenceLevel: number;
}

/** The rank-biserial r of a signed-rank result (its zero method); null when every d is 0. */
export function rankBiserial(test: SignedRankTest, confidenceLevel = 0.95): RankBiserial | null {
  if (test.nNonzero === 0) return null;
  if (!(confidenceLevel > 0 && confidenceLevel < 1))
    throw new RangeError('confidenceLevel must be in (0, 1)');
  const r = (test.rPlus - test.rMinus) / test.rankTotal;
  const n = test.zeroMethod === 'pratt' ? test.nTotal : test.nNonzero;
  const n0 = test.zeroMethod === 'pratt' ? test.nZero : 0;
  const sumOfSquares = (n * (n + 1) * (2 * n + 1) - n0 * (n0 + 1) * (2 * n0 + 1)) / 6;
  const se = Math.sqrt(sumOfSquares) / test.rankTotal;
  const z = normalQuantile(1 - (1 - confidenceLevel) / 2);
  const centre = Math.atanh(r);
  return { r, ci: [Math.tanh(centre - z * se), Math.tanh(centre + z * se)], confidenceLevel };
}

export type Direction = 'higher-is-better' | 'lower-is-better';

export interface ChangeCounts {
  improved: number;
  unchanged: number;
  worsened: number;
}

/**
 * How many pairs improved, stayed the same and worsened (§7.4: the most interpretable summary at
 * n = 10–30). d = later − earlier; for an instrument where lower is better (T-ILS) a negative d
 * is an improvement.
 */
export function countChanges(d: readonly number[], direction: Direction = 'higher-is-better'): ChangeCounts {
  assertFiniteNumbers(d);
  const up = d.filter((v) => v > 0).length;
  const down = d.filter((v) => v < 0).length;
  const unchanged = d.length - up - down;
  return direction === 'higher-is-better'
    ? { improved: up, unchanged, worsened: down }
    : { improved: down, unchanged, worsened: up };
}
