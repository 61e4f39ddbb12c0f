/**
 * The Hodges–Lehmann estimator of the pseudo-median of the differences and its distribution-free
 * CI (Hodges & Lehmann 1963; Hollander & Wolfe 1973 §3.2; INSTRUMENTS.md §7.5, decision 033).
 *
 * HL = median of the n(n+1)/2 Walsh averages (d_i + d_j)/2, i ≤ j, over all n differences (zeros
 * kept). The CI is R's exact path: with the Walsh averages sorted w(1) ≤ … ≤ w(M),
 * qu = qsignrank(α/2, n) (smallest k with P(V ≤ k) ≥ α/2 under the untied null; 1 if 0),
 * ql = M − qu, CI = [w(qu), w(ql + 1)], achieved level 1 − 2·P(V ≤ qu − 1). It is exact only
 * without ties and zeros; otherwise `exact` is false and the bootstrap CI should be reported.
 */
import { medianSorted } from './quantile.ts';
import { untiedSignedRankDistribution } from './sign-flip-distribution.ts';
import { assertFiniteNumbers } from './signed-rank.ts';

/** The sorted Walsh averages (d_i + d_j)/2, i ≤ j. */
export function walshAverages(d: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < d.length; i++) for (let j = i; j < d.length; j++) out.push((d[i]! + d[j]!) / 2);
  return out.sort((a, b) => a - b);
}

/** The Hodges–Lehmann estimate (median of the Walsh averages); NaN for no differences. */
export function hodgesLehmannEstimate(d: readonly number[]): number {
  return medianSorted(walshAverages(d));
}

export interface HodgesLehmann {
  estimate: number;
  /** null when n is too small for the level (fewer Walsh averages than needed) or too large. */
  ci: [number, number] | null;
  achievedLevel: number | null;
  /** False when there are ties or zeros: the CI's coverage is then only approximate. */
  exact: boolean;
}

export function hodgesLehmann(d: readonly number[], confidenceLevel = 0.95): HodgesLehmann {
  assertFiniteNumbers(d);
  if (!(confidenceLevel > 0 && confidenceLevel < 1))
    throw new RangeError('confidenceLevel must be in (0, 1)');
  if (d.length === 0) throw new RangeError('Hodges–Lehmann needs at least one difference');
  const walsh = walshAverages(d);
  const estimate = medianSorted(walsh);
  const abs = d.map(Math.abs);
  const exact = !d.includes(0) && new Set(abs).size === abs.length;
  const n = d.length;
  const null0 = untiedSignedRankDistribution(n);
  if (!null0) return { estimate, ci: null, achievedLevel: null, exact };
  const alpha = 1 - confidenceLevel;
  const m = walsh.length;
  // qsignrank(α/2, n): P(V ≤ k) is non-decreasing in k, so bisect on k ∈ [0, M].
  let low = 0;
  let high = m;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (null0.atMost(2 * mid) >= alpha / 2) high = mid;
    else low = mid + 1;
  }
  const qu = Math.max(1, low);
  const ql = m - qu;
  if (ql + 1 > m || qu > ql + 1) return { estimate, ci: null, achievedLevel: null, exact };
  return {
    estimate,
    ci: [walsh[qu - 1]!, walsh[ql]!],
    achievedLevel: 1 - 2 * null0.atMost(2 * (qu - 1)),
    exact,
  };
}
