/**
 * The standard normal distribution to near machine precision: erf/erfc, Φ, its upper tail and Φ⁻¹
 * (decision 033). JavaScript has no erf, and the reference answers of paired-tests.json are
 * checked to a relative 1e-9, so a textbook 7-digit approximation will not do.
 *
 * - erf(x) for |x| < 1 by the series without cancellation (Abramowitz & Stegun 7.1.6):
 *   erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)).
 * - erfc(x) for x ≥ 1 by its continued fraction (A&S 7.1.14, evaluated with Lentz's method):
 *   erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))).
 * - e^(−x²) split as e^(−s²)·e^(−(x−s)(x+s)) with s = x rounded to 1/16 (W. J. Cody's trick), so
 *   the rounding of x² does not cost relative accuracy in the far tail.
 * - Φ⁻¹ starts from A&S 26.2.23 (error < 4.5e−4) and takes Halley steps on Φ (cubic convergence);
 *   near p = ½ the residual is taken as erf(x/√2)/2 − (p − ½), which keeps the relative
 *   accuracy of small z (BCa's z0 is often ±0.01).
 * Checked against mpmath at 30 digits in normal.test.ts (relative error below 1e-14).
 */

const TWO_OVER_SQRT_PI = 1.1283791670955126; // 2/√π
const ONE_OVER_SQRT_PI = 0.5641895835477563; // 1/√π
const ONE_OVER_SQRT_TWO_PI = 0.3989422804014327; // 1/√(2π)
// Below it the series, above it the continued fraction (which needs ~100 terms at 1, fewer beyond).
const SERIES_LIMIT = 1;

/** e^(−x²) without the relative error that rounding x² would bring for large |x|. */
function expMinusSquare(x: number): number {
  const s = Math.round(x * 16) / 16;
  return Math.exp(-s * s) * Math.exp(-(x - s) * (x + s));
}

/** erf(x) by the positive-term series; used for |x| < 1 (about 20 terms). */
function erfSeries(x: number): number {
  const x2 = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= x2 / (2 * n + 1);
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * expMinusSquare(x) * sum;
}

/** erfc(x) for x ≥ 1 by the continued fraction, modified Lentz. */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  // f = x + a1/(x + a2/(x + …)) with a_k = k/2.
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 5000; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (ONE_OVER_SQRT_PI * expMinusSquare(x)) / f;
}

/** The error function erf(x). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (ax === Number.POSITIVE_INFINITY) return Math.sign(x);
  if (ax < SERIES_LIMIT) return erfSeries(x);
  const value = 1 - erfcContinuedFraction(ax);
  return x < 0 ? -value : value;
}

/** The complementary error function erfc(x) = 1 − erf(x), accurate relative to itself in the tail. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x === Number.NEGATIVE_INFINITY) return 2;
  if (x >= SERIES_LIMIT) return erfcContinuedFraction(x);
  if (x <= -SERIES_LIMIT) return 2 - erfcContinuedFraction(-x);
  return 1 - erfSeries(x);
}

/** Φ(z) = P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}

/** 1 − Φ(z) = P(Z > z), without cancellation for large z. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z * Math.SQRT1_2);
}

/** The standard normal density φ(z). */
export function normalPdf(z: number): number {
  return ONE_OVER_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
}

// Φ(x) − p, computed where it keeps its relative accuracy: in the middle from erf, in the tails
// from the smaller of the two tail areas (1 − p is exact for p ≥ ½, Sterbenz).
function residual(x: number, p: number): number {
  if (p > 0.25 && p < 0.75) return 0.5 * erf(x * Math.SQRT1_2) - (p - 0.5);
  if (p <= 0.25) return normalCdf(x) - p;
  return 1 - p - normalSf(x);
}

/** Φ⁻¹(p), the standard normal quantile (−∞ at 0, +∞ at 1, NaN outside [0, 1]). */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  const q = p < 0.5 ? p : 1 - p;
  const t = Math.sqrt(-2 * Math.log(q));
  const guess =
    t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  let x = p < 0.5 ? -guess : guess;
  for (let i = 0; i < 50; i++) {
    const density = normalPdf(x);
    if (density === 0) break;
    const u = residual(x, p) / density;
    const next = x - u / (1 + (x * u) / 2);
    if (!Number.isFinite(next)) break;
    const converged = Math.abs(next - x) <= 1e-16 * Math.abs(next);
    x = next;
    if (converged) break;
  }
  return x;
}
