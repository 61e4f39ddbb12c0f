import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hodgesLehmann } from '../stats/hodges-lehmann.ts';
import { EXACT_HL_LIMIT, hodgesLehmannByValues } from './dashboard-hodges-lehmann.ts';

describe('Hodges–Lehmann from the distinct values', () => {
  it('gives the same estimate and interval as the Walsh averages, ties and zeros included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 1, maxLength: EXACT_HL_LIMIT }),
        (d) => {
          const fast = hodgesLehmannByValues(d)!;
          const slow = hodgesLehmann(d);
          expect(fast.estimate).toBe(slow.estimate);
          expect(fast.ci).toEqual(slow.ci);
          expect(fast.exact).toBe(slow.exact);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reproduces R on the depression example (exact, no ties)', () => {
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const result = hodgesLehmannByValues(y.map((v, i) => v - x[i]!))!;
    expect(result.estimate).toBeCloseTo(-0.46, 2);
    expect(result.ci![0]).toBeCloseTo(-0.786, 3);
    expect(result.ci![1]).toBeCloseTo(-0.01, 3);
    expect(result.exact).toBe(true);
  });

  it('gives an approximate interval around the estimate for many pairs', () => {
    const d = Array.from({ length: 2000 }, (_, i) => (i % 7) - 2);
    const result = hodgesLehmannByValues(d)!;
    expect(result.exact).toBe(false);
    expect(result.ci![0]).toBeLessThanOrEqual(result.estimate);
    expect(result.ci![1]).toBeGreaterThanOrEqual(result.estimate);
    expect(hodgesLehmannByValues([])).toBeNull();
  });
});
