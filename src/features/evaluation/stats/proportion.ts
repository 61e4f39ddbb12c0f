/**
 * A proportion k/n with its exact Clopper–Pearson CI (Clopper & Pearson 1934; INSTRUMENTS.md §7.7,
 * decision 033), = R `binom.test()$conf.int` = SciPy `binomtest().proportion_ci("exact")`:
 * lower = B⁻¹(α/2; k, n − k + 1) (0 when k = 0), upper = B⁻¹(1 − α/2; k + 1, n − k) (1 when k = n),
 * i.e. the p where P(X ≥ k | p) = α/2 and where P(X ≤ k | p) = α/2.
 * The beta quantile is found by bisection on the exact binomial tail (binomial.ts) until no double
 * lies between the ends, so the bound is as accurate as the tail itself.
 */
import { regularizedIncompleteBetaInt } from './binomial.ts';

/** x with I_x(a, b) = target, for positive integers a, b and target in (0, 1). */
export function betaQuantileInt(target: number, a: number, b: number): number {
  if (!(target > 0 && target < 1)) throw new RangeError('target must be in (0, 1)');
  let low = 0;
  let high = 1;
  for (let i = 0; i < 1100; i++) {
    const mid = (low + high) / 2;
    if (mid <= low || mid >= high) break;
    if (regularizedIncompleteBetaInt(mid, a, b) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export interface Proportion {
  estimate: number;
  ci: [number, number];
  confidenceLevel: number;
}

export function clopperPearson(k: number, n: number, confidenceLevel = 0.95): Proportion {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
  if (!Number.isSafeInteger(k) || k < 0 || k > n) throw new RangeError('k must be an integer from 0 to n');
  if (!(confidenceLevel > 0 && confidenceLevel < 1))
    throw new RangeError('confidenceLevel must be in (0, 1)');
  const alpha = 1 - confidenceLevel;
  const lower = k === 0 ? 0 : betaQuantileInt(alpha / 2, k, n - k + 1);
  const upper = k === n ? 1 : betaQuantileInt(1 - alpha / 2, k + 1, n - k);
  return { estimate: k / n, ci: [lower, upper], confidenceLevel };
}
