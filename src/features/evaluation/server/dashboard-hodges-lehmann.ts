/**
 * The Hodges–Lehmann estimate and CI of hodges-lehmann.ts, computed from the distinct values of
 * the differences instead of listing all n(n+1)/2 Walsh averages: scores take few distinct values,
 * so a programme of 5 000 people needs a few thousand value pairs, not 12.5 million averages
 * (decision 046). Same order statistics, so the same numbers (hodges-lehmann.test beside it).
 * The CI's ranks are R's exact ones up to EXACT_HL_LIMIT differences, the normal approximation
 * of qsignrank above (then flagged as not exact, like any CI with ties or zeros).
 */
import { normalQuantile } from '../stats/normal.ts';
import { untiedSignedRankDistribution } from '../stats/sign-flip-distribution.ts';

export const EXACT_HL_LIMIT = 52;

export interface FastHodgesLehmann {
  estimate: number;
  ci: [number, number] | null;
  exact: boolean;
}

export function hodgesLehmannByValues(
  d: readonly number[],
  confidenceLevel = 0.95,
): FastHodgesLehmann | null {
  const n = d.length;
  if (n === 0) return null;
  const tally = new Map<number, number>();
  for (const v of d) tally.set(v, (tally.get(v) ?? 0) + 1);
  const values = [...tally.keys()].sort((a, b) => a - b);
  const sums = new Map<number, number>();
  for (let a = 0; a < values.length; a++) {
    const va = values[a]!;
    const ca = tally.get(va)!;
    sums.set(va + va, (sums.get(va + va) ?? 0) + (ca * (ca + 1)) / 2);
    for (let b = a + 1; b < values.length; b++) {
      const vb = values[b]!;
      sums.set(va + vb, (sums.get(va + vb) ?? 0) + ca * tally.get(vb)!);
    }
  }
  const sorted = [...sums.entries()].sort((x, y) => x[0] - y[0]);
  const cumulative: number[] = [];
  let running = 0;
  for (const [, count] of sorted) {
    running += count;
    cumulative.push(running);
  }
  /** The k-th smallest Walsh average, 1-based. */
  const kth = (k: number) => {
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! >= k) high = mid;
      else low = mid + 1;
    }
    return sorted[low]![0] / 2;
  };
  const m = (n * (n + 1)) / 2;
  const estimate = m % 2 === 1 ? kth((m + 1) / 2) : (kth(m / 2) + kth(m / 2 + 1)) / 2;
  const alpha = 1 - confidenceLevel;
  let qu: number;
  if (n <= EXACT_HL_LIMIT) {
    const null0 = untiedSignedRankDistribution(n)!;
    let low = 0;
    let high = m;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (null0.atMost(2 * mid) >= alpha / 2) high = mid;
      else low = mid + 1;
    }
    qu = Math.max(1, low);
  } else {
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
    qu = Math.max(1, Math.floor(m / 2 - normalQuantile(1 - alpha / 2) * sd));
  }
  const ql = m - qu;
  const ci: [number, number] | null = ql + 1 > m || qu > ql + 1 ? null : [kth(qu), kth(ql + 1)];
  const untied = !tally.has(0) && new Set(d.map(Math.abs)).size === n;
  return { estimate, ci, exact: untied && n <= EXACT_HL_LIMIT };
}
