import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChanges, rankBiserial } from './effect-size.ts';
import { signedRankTest, type ZeroMethod } from './signed-rank.ts';

const differences = fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: 30 });

describe('the rank-biserial correlation', () => {
  it('is 1 when every pair improved and −1 when every pair worsened', () => {
    expect(rankBiserial(signedRankTest([1, 2, 2, 5]))!.r).toBe(1);
    expect(rankBiserial(signedRankTest([-1, -3]))!.r).toBe(-1);
    expect(rankBiserial(signedRankTest([0, 0]))).toBeNull();
  });

  it('lies in [−1, 1] with r inside its CI, changes sign with d and ignores order', () => {
    fc.assert(
      fc.property(differences, fc.constantFrom<ZeroMethod>('wilcox', 'pratt'), (d, method) => {
        const result = rankBiserial(signedRankTest(d, method));
        if (!result) {
          expect(d.every((v) => v === 0)).toBe(true);
          return;
        }
        const [lo, hi] = result.ci;
        expect(-1 <= lo && lo <= result.r && result.r <= hi && hi <= 1).toBe(true);
        const negated = rankBiserial(
          signedRankTest(
            d.map((v) => -v),
            method,
          ),
        )!;
        expect(negated.r).toBeCloseTo(-result.r, 14);
        expect(rankBiserial(signedRankTest([...d].reverse(), method))).toEqual(result);
      }),
    );
  });

  it('shrinks towards 0 under pratt when pairs did not change', () => {
    const d = [3, 2, 2, -1, 0, 0, 0];
    expect(Math.abs(rankBiserial(signedRankTest(d, 'pratt'))!.r)).toBeLessThan(
      Math.abs(rankBiserial(signedRankTest(d, 'wilcox'))!.r),
    );
  });
});

describe('counts of change', () => {
  it('counts improved, unchanged and worsened in the direction of the instrument', () => {
    const d = [2, 0, -1, 3, 0, -4, 1];
    expect(countChanges(d)).toEqual({ improved: 3, unchanged: 2, worsened: 2 });
    // T-ILS: lower is better, so a fall in the score is an improvement.
    expect(countChanges(d, 'lower-is-better')).toEqual({ improved: 2, unchanged: 2, worsened: 3 });
    expect(() => countChanges([Number.NaN])).toThrow(RangeError);
  });
});
