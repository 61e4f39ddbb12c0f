/**
 * The exact null distribution of a signed-rank sum when every rank independently gets sign + or −
 * with probability ½ (INSTRUMENTS.md §7.2 step 4; decision 033). Mid-ranks are half-integers, so
 * the DP runs over doubled ranks, which are integers: counts[s] = number of the 2ⁿ sign vectors
 * whose positive doubled ranks sum to s (a polynomial product Π (1 + x^(2·rank))). No tolerance
 * is needed to compare an observed sum with the support: it is an integer too.
 *
 * Counts are exact: in doubles while they cannot pass 2⁵³ (n ≤ 52), in BigInt above, up to
 * EXACT_SIGN_FLIP_LIMIT items (about 0.3 s); beyond that the caller gets `null` and reports the
 * normal approximation instead.
 */

/** Largest number of ranked non-zero items whose exact distribution is computed. */
export const EXACT_SIGN_FLIP_LIMIT = 300;
const DOUBLE_LIMIT = 52;

/** count / 2ⁿ as the nearest double (within 2⁻⁶³ relative), without overflow for large n. */
export function powerOfTwoFraction(count: bigint, n: number): number {
  if (count === 0n) return 0;
  const bits = count.toString(2).length;
  const shift = Math.max(0, bits - 64);
  let value = Number(shift > 0 ? count >> BigInt(shift) : count);
  let exponent = shift - n;
  while (exponent < -1000) {
    value *= 2 ** -1000;
    exponent += 1000;
  }
  while (exponent > 1000) {
    value *= 2 ** 1000;
    exponent -= 1000;
  }
  return value * 2 ** exponent;
}

/** P(S ≥ s) and P(S ≤ s) for the sum S of positive doubled ranks under random signs. */
export interface SignFlipDistribution {
  readonly items: number;
  /** The largest attainable sum (all signs +), in doubled units. */
  readonly maxSum: number;
  atLeast(doubledSum: number): number;
  atMost(doubledSum: number): number;
}

function tails<T>(counts: T[], items: number, add: (a: T, b: T) => T, zero: T, toP: (c: T) => number) {
  const maxSum = counts.length - 1;
  const sum = (from: number, to: number) => {
    let total = zero;
    for (let s = Math.max(0, from); s <= Math.min(maxSum, to); s++) total = add(total, counts[s]!);
    return toP(total);
  };
  return {
    items,
    maxSum,
    atLeast: (doubledSum: number) => sum(Math.ceil(doubledSum), maxSum),
    atMost: (doubledSum: number) => sum(0, Math.floor(doubledSum)),
  };
}

/**
 * The distribution for the given doubled ranks (positive integers), or `null` when there are more
 * than EXACT_SIGN_FLIP_LIMIT of them.
 */
export function signFlipDistribution(doubledRanks: readonly number[]): SignFlipDistribution | null {
  const n = doubledRanks.length;
  if (n > EXACT_SIGN_FLIP_LIMIT) return null;
  for (const w of doubledRanks) {
    if (!Number.isSafeInteger(w) || w <= 0)
      throw new RangeError(`A doubled rank must be a positive integer: ${w}`);
  }
  const total = doubledRanks.reduce((a, b) => a + b, 0);
  if (n <= DOUBLE_LIMIT) {
    const counts: number[] = new Array(total + 1).fill(0);
    counts[0] = 1;
    let reach = 0;
    for (const w of doubledRanks) {
      for (let s = reach; s >= 0; s--) if (counts[s] !== 0) counts[s + w]! += counts[s]!;
      reach += w;
    }
    return tails(
      counts,
      n,
      (a, b) => a + b,
      0,
      (c) => c / 2 ** n,
    );
  }
  const counts: bigint[] = new Array(total + 1).fill(0n);
  counts[0] = 1n;
  let reach = 0;
  for (const w of doubledRanks) {
    for (let s = reach; s >= 0; s--) if (counts[s] !== 0n) counts[s + w]! += counts[s]!;
    reach += w;
  }
  return tails(
    counts,
    n,
    (a, b) => a + b,
    0n,
    (c) => powerOfTwoFraction(c, n),
  );
}

/** The untied distribution for ranks 1…n (R's dsignrank), as used by the exact Hodges–Lehmann CI. */
export function untiedSignedRankDistribution(n: number): SignFlipDistribution | null {
  return signFlipDistribution(Array.from({ length: n }, (_, i) => 2 * (i + 1)));
}
