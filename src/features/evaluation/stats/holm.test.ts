import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holmAdjust } from './holm.ts';

describe('Holm adjustment', () => {
  it('steps down as R p.adjust(method = "holm")', () => {
    // Sorted 0.005·4, 0.01·3, 0.03·2, 0.04·1, with the running maximum.
    expect(holmAdjust([0.01, 0.04, 0.03, 0.005])).toEqual([0.03, 0.06, 0.06, 0.02]);
    expect(holmAdjust([0.5, 0.9])).toEqual([1, 1]);
    expect(holmAdjust([0.2])).toEqual([0.2]);
    expect(holmAdjust([])).toEqual([]);
    expect(() => holmAdjust([1.2])).toThrow(RangeError);
  });

  it('never lowers a p, stays in [0, 1], keeps the order and ignores the input order', () => {
    const ps = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 });
    fc.assert(
      fc.property(ps, (p) => {
        const adjusted = holmAdjust(p);
        p.forEach((value, i) => {
          expect(adjusted[i]).toBeGreaterThanOrEqual(value);
          expect(adjusted[i]).toBeLessThanOrEqual(1);
          p.forEach((other, j) => {
            if (value <= other) expect(adjusted[i]).toBeLessThanOrEqual(adjusted[j]!);
          });
        });
        expect(holmAdjust([...p].reverse())).toEqual([...adjusted].reverse());
      }),
    );
  });
});
