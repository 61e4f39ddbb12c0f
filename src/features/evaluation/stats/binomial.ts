/**
 * Binomial tails for McNemar's test and the Clopper–Pearson interval (decision 033).
 *
 * - With p = ½ (McNemar) the tail is a ratio of exact integers: Σ C(m, j) / 2^m in BigInt.
 * - For any p the terms are built in log space by the ratio recurrence
 *   log P(X = j+1) = log P(X = j) + log((m − j)/(j + 1)) + log(p/(1 − p)), then summed: all terms
 *   are positive, so the sum keeps its relative accuracy (about m·10⁻¹⁶).
 * For integer a, b the regularised incomplete beta is a binomial tail (A&S 26.5.24):
 * I_x(a, b) = P(Bin(a + b − 1, x) ≥ a); proportion.ts inverts it for Clopper–Pearson.
 */
import { powerOfTwoFraction } from './sign-flip-distribution.ts';

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${what} must be a non-negative integer`);
}

/** P(X ≤ k) and P(X = k) for X ~ Bin(m, ½), from exact integer counts. */
export function binomialHalfTail(k: number, m: number): { atMost: number; exactly: number } {
  assertCount(k, 'k');
  assertCount(m, 'm');
  if (k > m) return { atMost: 1, exactly: 0 };
  if (k === m) return { atMost: 1, exactly: powerOfTwoFraction(1n, m) };
  let coefficient = 1n;
  let sum = 1n;
  for (let j = 1; j <= k; j++) {
    coefficient = (coefficient * BigInt(m - j + 1)) / BigInt(j);
    sum += coefficient;
  }
  return { atMost: powerOfTwoFraction(sum, m), exactly: powerOfTwoFraction(coefficient, m) };
}

/** P(X ≥ k) for X ~ Bin(m, p). */
export function binomialUpperTail(k: number, m: number, p: number): number {
  assertCount(k, 'k');
  assertCount(m, 'm');
  if (!(p >= 0 && p <= 1)) throw new RangeError('p must be in [0, 1]');
  if (k === 0) return 1;
  if (k > m) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const logOdds = Math.log(p) - Math.log1p(-p);
  let logTerm = m * Math.log1p(-p);
  for (let j = 0; j < k; j++) logTerm += Math.log(m - j) - Math.log(j + 1) + logOdds;
  // Sum from the largest term outwards in scale, so nothing underflows that matters.
  const logs: number[] = [];
  for (let j = k; j <= m; j++) {
    logs.push(logTerm);
    logTerm += Math.log(m - j) - Math.log(j + 1) + logOdds;
  }
  const top = logs.reduce((max, v) => Math.max(max, v), Number.NEGATIVE_INFINITY);
  let sum = 0;
  for (let i = logs.length - 1; i >= 0; i--) sum += Math.exp(logs[i]! - top);
  return Math.min(1, Math.exp(top) * sum);
}

/** The regularised incomplete beta I_x(a, b) for positive integers a, b. */
export function regularizedIncompleteBetaInt(x: number, a: number, b: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a < 1 || b < 1) {
    throw new RangeError('a and b must be positive integers');
  }
  return binomialUpperTail(a, a + b - 1, x);
}
