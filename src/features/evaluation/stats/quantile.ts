/**
 * Sample quantiles of Hyndman & Fan's type 7 (R's default `quantile`, NumPy's "linear"): for
 * sorted x(1) ≤ … ≤ x(n) and probability p, h = (n − 1)p, Q = x(⌊h⌋+1) + (h − ⌊h⌋)(x(⌊h⌋+2) − x(⌊h⌋+1)).
 */

/** The type-7 quantile of already sorted values (NaN when empty or p is outside [0, 1]). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  if (lo + 1 >= n) return below;
  const fraction = h - lo;
  const above = sorted[lo + 1]!;
  // As NumPy's lerp: from the nearer end, so a value equal at both ends comes back unchanged.
  return fraction >= 0.5 ? above - (above - below) * (1 - fraction) : below + (above - below) * fraction;
}

/** The median of already sorted values (the mean of the middle two for an even count). */
export function medianSorted(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of values in any order. */
export function median(values: readonly number[]): number {
  return medianSorted([...values].sort((a, b) => a - b));
}
