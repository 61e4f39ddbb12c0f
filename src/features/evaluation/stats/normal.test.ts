import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, normalQuantile, normalSf } from './normal.ts';

// Reference values from mpmath 1.3 at 30 significant digits (ncdf, erfc, √2·erfinv(2p − 1)).
// Strings: the 20-digit literals are more precise than a double (Number() rounds them once).
const CDF: [number, string][] = [
  [-8.5, '9.4795348222033183542e-18'],
  [-5, '2.8665157187919391167e-7'],
  [-3, '0.0013498980316300945267'],
  [-1.959963984540054, '0.025000000000000010876'],
  [-0.5, '0.30853753872598689636'],
  [0.1, '0.53982783727702898367'],
  [1, '0.84134474606854294859'],
  [2.5, '0.99379033467422386483'],
  [4.2, '0.99998665425098409367'],
];
const ERFC: [number, string][] = [
  [0.3, '0.67137324054087258381'],
  [1, '0.15729920705028513066'],
  [1.5, '0.033894853524689272933'],
  [2, '0.0046777349810472658379'],
  [3, '0.000022090496998585441373'],
  [5, '1.5374597944280348502e-12'],
  [10, '2.088487583762544757e-45'],
];
const QUANTILE: [number, string][] = [
  [1e-12, '-7.0344838253011319326'],
  [0.001, '-3.0902323061678135354'],
  [0.025, '-1.9599639845400542118'],
  [0.3, '-0.52440051270804081597'],
  [0.5001, '0.00025066283008800749239'],
  [0.975, '1.9599639845400538556'],
  [0.999999, '4.7534243088170877657'],
];

const relative = (a: number, b: string) => Math.abs(a - Number(b)) / Math.abs(Number(b));

describe('the normal distribution', () => {
  it('Φ, erfc and Φ⁻¹ agree with 30-digit values to 5e-14 relative', () => {
    for (const [z, p] of CDF) expect(relative(normalCdf(z), p), `Φ(${z})`).toBeLessThan(5e-14);
    for (const [x, v] of ERFC) expect(relative(erfc(x), v), `erfc(${x})`).toBeLessThan(5e-14);
    for (const [p, z] of QUANTILE) expect(relative(normalQuantile(p), z), `Φ⁻¹(${p})`).toBeLessThan(5e-14);
  });

  it('handles the ends', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('is symmetric, and Φ⁻¹ inverts Φ', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        expect(Math.abs(normalCdf(z) + normalCdf(-z) - 1)).toBeLessThan(2e-16);
        expect(normalSf(z)).toBe(normalCdf(-z));
      }),
    );
    // Lower tail only: Φ(z) for z > 0 is stored next to 1, where a double cannot tell z apart.
    fc.assert(
      fc.property(fc.double({ min: -37, max: 0, noNaN: true }), (z) => {
        const back = normalQuantile(normalCdf(z));
        expect(Math.abs(back - z)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(z)));
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (p) => {
        expect(normalQuantile(1 - p) + normalQuantile(p)).toBeCloseTo(0, 9);
      }),
    );
  });

  it('is monotone', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (z, step) => {
          expect(normalCdf(z + step)).toBeGreaterThanOrEqual(normalCdf(z));
        },
      ),
    );
  });
});
