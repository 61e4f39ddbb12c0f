import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hodgesLehmann, walshAverages } from './hodges-lehmann.ts';

const differences = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 25 });

describe('Hodges–Lehmann', () => {
  it('is the median of the Walsh averages', () => {
    expect(walshAverages([1, 3])).toEqual([1, 2, 3]);
    expect(hodgesLehmann([1, 3]).estimate).toBe(2);
    expect(hodgesLehmann([0, 0, 4]).estimate).toBe(1);
  });

  it('moves with a shift, changes sign with d and ignores order', () => {
    fc.assert(
      fc.property(differences, fc.integer({ min: -10, max: 10 }), (d, shift) => {
        const hl = hodgesLehmann(d);
        expect(hodgesLehmann(d.map((v) => v + shift)).estimate).toBe(hl.estimate + shift);
        expect(hodgesLehmann(d.map((v) => -v)).estimate + 0).toBe(-hl.estimate + 0);
        expect(hodgesLehmann([...d].reverse())).toEqual(hl);
      }),
    );
  });

  it('has a CI around the estimate with at least the asked-for level', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 6, maxLength: 25 }), (abs) => {
        const d = abs.map((v, i) => (i % 3 === 0 ? -v : v));
        const hl = hodgesLehmann(d);
        expect(hl.exact).toBe(true);
        expect(hl.ci![0]).toBeLessThanOrEqual(hl.estimate);
        expect(hl.ci![1]).toBeGreaterThanOrEqual(hl.estimate);
        expect(hl.achievedLevel).toBeGreaterThanOrEqual(0.95);
      }),
    );
  });

  it('says when the CI is only approximate (ties or zeros)', () => {
    expect(hodgesLehmann([1, 2, 2, 3, 4, 5, -1]).exact).toBe(false);
    expect(hodgesLehmann([0, 1, 2, 3, 4, 5, -6]).exact).toBe(false);
    expect(() => hodgesLehmann([])).toThrow(RangeError);
  });
});
