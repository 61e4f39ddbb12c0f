import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialUpperTail } from './binomial.ts';
import { mcnemar } from './mcnemar.ts';
import { smallestAttainableP } from './signed-rank.ts';

const count = fc.integer({ min: 0, max: 60 });

describe('McNemar', () => {
  it('is symmetric in b and c, with p in [0, 1] and the mid-p below the exact p', () => {
    fc.assert(
      fc.property(count, count, (b, c) => {
        const one = mcnemar(b, c);
        const other = mcnemar(c, b);
        expect(other.pExact).toBe(one.pExact);
        expect(other.pMidp).toBe(one.pMidp);
        for (const p of [one.pExact, one.pMidp]) expect(p >= 0 && p <= 1).toBe(true);
        expect(one.pMidp).toBeLessThanOrEqual(one.pExact);
      }),
    );
  });

  it('matches the binomial tail computed in floating point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (b, c) => {
        const k = Math.min(b, c);
        const m = b + c;
        // P(X ≤ k) = P(X ≥ m − k) for p = ½.
        const expected = Math.min(1, 2 * binomialUpperTail(m - k, m, 0.5));
        expect(Math.abs(mcnemar(b, c).pExact - expected)).toBeLessThanOrEqual(1e-11 * expected);
      }),
    );
  });

  it('reaches the smallest attainable p when all discordant pairs go one way', () => {
    expect(mcnemar(0, 5).pExact).toBe(smallestAttainableP(5));
    expect(mcnemar(0, 0)).toMatchObject({ pExact: 1, pMidp: 1, pAsymptotic: null });
    expect(mcnemar(3000, 2900).pExact).toBeGreaterThan(0);
    expect(() => mcnemar(-1, 2)).toThrow(RangeError);
    expect(() => mcnemar(1.5, 2)).toThrow(RangeError);
  });
});
