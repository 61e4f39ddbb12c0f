import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialUpperTail, regularizedIncompleteBetaInt } from './binomial.ts';
import { clopperPearson } from './proportion.ts';

// SciPy 1.17.1 binomtest(k, n).proportion_ci(method="exact", confidence_level=…).
const SCIPY: [number, number, number, number, number][] = [
  [4, 15, 0.95, 0.077871546291031, 0.5510032410369711],
  [0, 10, 0.95, 0, 0.30849710781876294],
  [10, 10, 0.95, 0.6915028921812371, 1],
  [1, 1000, 0.95, 2.5317487491674634e-5, 0.0055589242798499],
  [7, 30, 0.95, 0.09933786495802023, 0.42283652297821944],
  [29, 30, 0.95, 0.827830544366587, 0.9991564290733507],
  [15, 30, 0.95, 0.3129702858679498, 0.6870297141320502],
  [4, 15, 0.9, 0.09665833399195671, 0.5107518895944632],
  [3, 12, 0.99, 0.030337441149357002, 0.6552223574130549],
];
const relative = (a: number, b: number) => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));

describe('Clopper–Pearson', () => {
  it('agrees with SciPy to 1e-9 and with INSTRUMENTS.md §7.7 (4/15 → [0.0779, 0.5510])', () => {
    for (const [k, n, level, lo, hi] of SCIPY) {
      const { ci, estimate } = clopperPearson(k, n, level);
      expect(estimate).toBe(k / n);
      expect(relative(ci[0], lo), `${k}/${n} lower`).toBeLessThanOrEqual(1e-9);
      expect(relative(ci[1], hi), `${k}/${n} upper`).toBeLessThanOrEqual(1e-9);
    }
    const { ci } = clopperPearson(4, 15);
    expect(ci.map((v) => Number(v.toFixed(4)))).toEqual([0.0779, 0.551]);
  });

  it('leaves α/2 in each tail and contains k/n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(), (n, seed) => {
        const k = seed % (n + 1);
        const { ci } = clopperPearson(k, n);
        expect(ci[0]).toBeLessThanOrEqual(k / n);
        expect(ci[1]).toBeGreaterThanOrEqual(k / n);
        if (k > 0) expect(relative(binomialUpperTail(k, n, ci[0]), 0.025)).toBeLessThan(1e-9);
        if (k < n) expect(relative(1 - binomialUpperTail(k + 1, n, ci[1]), 0.025)).toBeLessThan(1e-9);
      }),
    );
  });

  it('has the closed forms at k = 0 and k = n', () => {
    for (const n of [1, 5, 30]) {
      expect(relative(clopperPearson(0, n).ci[1], 1 - 0.025 ** (1 / n))).toBeLessThan(1e-12);
      expect(relative(clopperPearson(n, n).ci[0], 0.025 ** (1 / n))).toBeLessThan(1e-12);
    }
    expect(() => clopperPearson(5, 4)).toThrow(RangeError);
    expect(() => clopperPearson(0, 0)).toThrow(RangeError);
  });

  it('rests on a regularised incomplete beta with the known special cases', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 20 }), (x, a) => {
        expect(regularizedIncompleteBetaInt(x, 1, 1)).toBeCloseTo(x, 14);
        expect(regularizedIncompleteBetaInt(x, a, 1)).toBeCloseTo(x ** a, 12);
        expect(regularizedIncompleteBetaInt(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 12);
      }),
    );
  });
});
