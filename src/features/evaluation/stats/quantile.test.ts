import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, quantileSorted } from './quantile.ts';

describe('type-7 quantiles', () => {
  it('interpolates as R quantile() and numpy.percentile', () => {
    // R: quantile(1:4, c(0, .25, .5, .9, 1)) = 1, 1.75, 2.5, 3.7, 4
    expect([0, 0.25, 0.5, 0.9, 1].map((p) => quantileSorted([1, 2, 3, 4], p))).toEqual([
      1, 1.75, 2.5, 3.7, 4,
    ]);
    expect(quantileSorted([5], 0.3)).toBe(5);
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('stays between its neighbours and is monotone in p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const v = quantileSorted(sorted, p);
          expect(v).toBeGreaterThanOrEqual(sorted[0]!);
          expect(v).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
          if (p <= q) expect(v).toBeLessThanOrEqual(quantileSorted(sorted, q));
        },
      ),
    );
  });
});
