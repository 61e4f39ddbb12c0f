import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedDifferences, signedRankTest, smallestAttainableP, type ZeroMethod } from './signed-rank.ts';

// Small integer differences, as change scores of Likert sums are: many ties and zeros.
const differences = fc.array(fc.integer({ min: -4, max: 4 }), { maxLength: 14 });
const zeroMethod = fc.constantFrom<ZeroMethod>('wilcox', 'pratt');

/** The exact conditional p by flipping the signs of the observed ranks, independently of the DP. */
function enumerated(d: number[], method: ZeroMethod) {
  const ranked = method === 'pratt' ? d : d.filter((v) => v !== 0);
  const abs = ranked.map(Math.abs);
  const rank = abs.map((a) => abs.filter((b) => b < a).length + (abs.filter((b) => b === a).length + 1) / 2);
  const observed = ranked.reduce((s, v, i) => (v > 0 ? s + rank[i]! : s), 0);
  const movable = ranked.map((v, i) => [v, rank[i]!] as const).filter(([v]) => v !== 0);
  let greater = 0;
  let less = 0;
  const total = 2 ** movable.length;
  for (let mask = 0; mask < total; mask++) {
    const v = movable.reduce((s, [, r], i) => (mask & (1 << i) ? s + r : s), 0);
    if (v >= observed - 1e-9) greater++;
    if (v <= observed + 1e-9) less++;
  }
  return { greater: greater / total, less: less / total };
}

describe('the signed-rank test', () => {
  it('gives the exact conditional p of a sign-flip enumeration', () => {
    fc.assert(
      fc.property(differences, zeroMethod, (d, method) => {
        const { exact } = signedRankTest(d, method);
        const expected = enumerated(d, method);
        expect(exact!.greater).toBe(expected.greater);
        expect(exact!.less).toBe(expected.less);
      }),
    );
  });

  it('does not depend on the order of the pairs', () => {
    fc.assert(
      fc.property(differences, zeroMethod, fc.integer(), (d, method, seed) => {
        const shuffled = [...d].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
        expect(signedRankTest(shuffled, method)).toEqual(signedRankTest(d, method));
      }),
    );
  });

  it('is symmetric: negating d swaps R+ and R− and the one-sided p-values', () => {
    fc.assert(
      fc.property(differences, zeroMethod, (d, method) => {
        const a = signedRankTest(d, method);
        const b = signedRankTest(
          d.map((v) => (v === 0 ? 0 : -v)),
          method,
        );
        expect(b.rPlus).toBe(a.rMinus);
        expect(b.exact!.greater).toBe(a.exact!.less);
        expect(b.exact!.twoSided).toBe(a.exact!.twoSided);
        if (a.normal) {
          expect(b.normal!.corrected.twoSided).toBeCloseTo(a.normal.corrected.twoSided, 14);
          expect(b.normal!.uncorrected.greater).toBeCloseTo(a.normal.uncorrected.less, 14);
        }
      }),
    );
  });

  it('keeps every p in [0, 1], and pratt equals wilcox without zeros', () => {
    fc.assert(
      fc.property(differences, zeroMethod, (d, method) => {
        const t = signedRankTest(d, method);
        const ps = [t.exact!, t.normal?.corrected, t.normal?.uncorrected].flatMap((p) =>
          p ? [p.twoSided, p.greater, p.less] : [],
        );
        for (const p of ps) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        if (!d.includes(0))
          expect(signedRankTest(d, 'pratt')).toEqual({ ...signedRankTest(d), zeroMethod: 'pratt' });
      }),
    );
  });

  it('has no normal approximation when nothing changed', () => {
    const t = signedRankTest([0, 0, 0]);
    expect(t).toMatchObject({ nZero: 3, nNonzero: 0, rPlus: 0, normal: null });
    expect(t.exact).toEqual({ greater: 1, less: 1, twoSided: 1 });
  });

  it('reaches the smallest attainable p only when every pair moves the same way', () => {
    expect([5, 6, 8, 10].map(smallestAttainableP)).toEqual([0.0625, 0.03125, 0.0078125, 0.001953125]);
    expect(smallestAttainableP(0)).toBe(1);
    // Ties do not change it.
    expect(signedRankTest([1, 1, 2, 3, 3, 0]).exact!.twoSided).toBe(smallestAttainableP(5));
    expect(() => smallestAttainableP(-1)).toThrow(RangeError);
  });

  it('takes d = y − x and refuses what is not a pair of finite numbers', () => {
    expect(pairedDifferences([1, 2], [3, 1])).toEqual([2, -1]);
    expect(() => pairedDifferences([1], [1, 2])).toThrow(RangeError);
    expect(() => signedRankTest([1, Number.NaN])).toThrow(RangeError);
    expect(() => signedRankTest([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('is exact up to 300 non-zero pairs and then leaves the exact p out', () => {
    const many = Array.from({ length: 301 }, (_, i) => (i % 3 === 0 ? -1 : 1) * (i + 1));
    expect(signedRankTest(many).exact).toBeNull();
    expect(signedRankTest(many).normal).not.toBeNull();
    expect(signedRankTest(many.slice(0, 60)).exact!.twoSided).toBeGreaterThan(0);
  });
});
