import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXACT_SIGN_FLIP_LIMIT,
  powerOfTwoFraction,
  signFlipDistribution,
  untiedSignedRankDistribution,
} from './sign-flip-distribution.ts';

/** P(S ≥ s) by listing all 2ⁿ sign vectors. */
function bruteForce(weights: number[], s: number): { atLeast: number; atMost: number } {
  let atLeast = 0;
  let atMost = 0;
  const n = weights.length;
  for (let mask = 0; mask < 2 ** n; mask++) {
    let sum = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) sum += weights[i]!;
    if (sum >= s) atLeast++;
    if (sum <= s) atMost++;
  }
  return { atLeast: atLeast / 2 ** n, atMost: atMost / 2 ** n };
}

describe('the sign-flip distribution', () => {
  it('equals the full enumeration, ties (odd doubled ranks) included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 300 }),
        (w, s) => {
          const exact = signFlipDistribution(w)!;
          expect({ atLeast: exact.atLeast(s), atMost: exact.atMost(s) }).toEqual(bruteForce(w, s));
        },
      ),
    );
  });

  it('is symmetric: P(S ≥ s) = P(S ≤ max − s)', () => {
    const d = signFlipDistribution([3, 3, 5, 8, 8, 12])!;
    for (let s = 0; s <= d.maxSum; s++) expect(d.atLeast(s)).toBe(d.atMost(d.maxSum - s));
  });

  it('counts exactly in BigInt above 52 items', () => {
    // P(V ≤ 3) for ranks 1…60: {}, {1}, {2}, {3}, {1, 2} → 5/2⁶⁰.
    const d = untiedSignedRankDistribution(60)!;
    expect(d.atMost(6)).toBe(5 * 2 ** -60);
    expect(d.atLeast(d.maxSum)).toBe(2 ** -60);
    expect(d.atMost(d.maxSum)).toBe(1);
  });

  it(`gives up beyond ${EXACT_SIGN_FLIP_LIMIT} items`, () => {
    expect(untiedSignedRankDistribution(EXACT_SIGN_FLIP_LIMIT + 1)).toBeNull();
    expect(() => signFlipDistribution([2, 0])).toThrow(RangeError);
  });

  it('turns big counts over powers of two into doubles', () => {
    expect(powerOfTwoFraction(3n, 2)).toBe(0.75);
    expect(powerOfTwoFraction(1n << 2000n, 2001)).toBe(0.5);
    expect(powerOfTwoFraction(1n, 1074)).toBe(5e-324);
    expect(powerOfTwoFraction(0n, 10)).toBe(0);
  });
});
