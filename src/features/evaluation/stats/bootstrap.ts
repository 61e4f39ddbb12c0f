/**
 * Bootstrap CIs for the mean or the Hodges–Lehmann estimate of paired differences, resampling
 * persons (INSTRUMENTS.md §7.6, decision 033).
 *
 * - Generator: mulberry32(seed), one draw per resampled person, index = ⌊u·n⌋, replicate after
 *   replicate; seed and generator are returned with the result so it can be replayed.
 * - Percentile interval: type-7 quantiles of the B replicates at α/2 and 1 − α/2.
 * - BCa exactly as SciPy `bootstrap(method="BCa")` (Efron 1987; Efron & Tibshirani 1993 §14.3):
 *   z0 = Φ⁻¹((#{θ* < θ̂} + #{θ* ≤ θ̂})/(2B)); from the jackknife θ(i), U_i = (n−1)(θ̄(.) − θ(i)),
 *   a = ΣU³/(6(ΣU²)^{3/2}); α₁,₂ = Φ(z0 + (z0 + z)/(1 − a(z0 + z))) for z = Φ⁻¹(α/2), Φ⁻¹(1 − α/2);
 *   the interval is the type-7 quantiles at α₁, α₂.
 * - Degenerate: when every jackknife statistic is equal (usual for HL on Likert data) a is 0/0;
 *   SciPy returns NaN. We return `bca: null`, `a: null` and `degenerate: true`, so the caller
 *   falls back to the percentile interval and says so. Likewise when z0 is infinite (every
 *   replicate on one side of θ̂), with `z0: null`.
 * Coverage is below nominal at n ≈ 10–15: present these intervals as descriptive.
 */
import { hodgesLehmannEstimate } from './hodges-lehmann.ts';
import { mulberry32 } from './mulberry32.ts';
import { normalCdf, normalQuantile } from './normal.ts';
import { quantileSorted } from './quantile.ts';
import { assertFiniteNumbers } from './signed-rank.ts';

export type BootstrapStatistic = 'mean' | 'hl';

export const DEFAULT_BOOTSTRAP_SEED = 20240601;
export const DEFAULT_BOOTSTRAP_RESAMPLES = 9999;

export interface BootstrapOptions {
  statistic: BootstrapStatistic;
  seed?: number;
  resamples?: number;
  confidenceLevel?: number;
}

export interface BootstrapResult {
  statistic: BootstrapStatistic;
  estimate: number;
  percentile: [number, number];
  bca: [number, number] | null;
  z0: number | null;
  a: number | null;
  degenerate: boolean;
  generator: 'mulberry32';
  seed: number;
  resamples: number;
  confidenceLevel: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

const STATISTICS: Record<BootstrapStatistic, (values: readonly number[]) => number> = {
  mean,
  hl: hodgesLehmannEstimate,
};

/** The first `count` replicates, for checking the resampling itself against the reference. */
export function bootstrapReplicates(
  d: readonly number[],
  statistic: BootstrapStatistic,
  seed: number,
  count: number,
): number[] {
  const next = mulberry32(seed);
  const compute = STATISTICS[statistic];
  const n = d.length;
  const sample: number[] = new Array(n);
  const out: number[] = new Array(count);
  for (let b = 0; b < count; b++) {
    for (let i = 0; i < n; i++) sample[i] = d[Math.floor(next() * n)]!;
    out[b] = compute(sample);
  }
  return out;
}

/** The jackknife acceleration a, or null when every leave-one-out statistic is the same. */
export function jackknifeAcceleration(d: readonly number[], statistic: BootstrapStatistic): number | null {
  const compute = STATISTICS[statistic];
  const leaveOneOut = d.map((_, i) => compute(d.filter((_, j) => j !== i)));
  if (leaveOneOut.every((v) => v === leaveOneOut[0])) return null;
  const n = d.length;
  const centre = mean(leaveOneOut);
  const u = leaveOneOut.map((v) => (n - 1) * (centre - v));
  const cubes = u.reduce((sum, v) => sum + v ** 3, 0);
  const squares = u.reduce((sum, v) => sum + v ** 2, 0);
  return cubes / (6 * squares ** 1.5);
}

export function bootstrap(d: readonly number[], options: BootstrapOptions): BootstrapResult {
  const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const resamples = options.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  assertFiniteNumbers(d);
  if (d.length < 2) throw new RangeError('A bootstrap needs at least two differences');
  if (!Number.isSafeInteger(resamples) || resamples < 1)
    throw new RangeError('resamples must be a positive integer');
  if (!(confidenceLevel > 0 && confidenceLevel < 1))
    throw new RangeError('confidenceLevel must be in (0, 1)');
  const estimate = STATISTICS[options.statistic](d);
  const replicates = bootstrapReplicates(d, options.statistic, seed, resamples).sort((x, y) => x - y);
  const alpha = (1 - confidenceLevel) / 2;
  const percentile: [number, number] = [
    quantileSorted(replicates, alpha),
    quantileSorted(replicates, 1 - alpha),
  ];

  const below = replicates.filter((v) => v < estimate).length;
  const atOrBelow = replicates.filter((v) => v <= estimate).length;
  const z0 = normalQuantile((below + atOrBelow) / (2 * resamples));
  const a = jackknifeAcceleration(d, options.statistic);
  let bca: [number, number] | null = null;
  if (a !== null && Number.isFinite(z0)) {
    const adjusted = (z: number) => normalCdf(z0 + (z0 + z) / (1 - a * (z0 + z)));
    const zAlpha = normalQuantile(alpha);
    const interval: [number, number] = [
      quantileSorted(replicates, adjusted(zAlpha)),
      quantileSorted(replicates, adjusted(-zAlpha)),
    ];
    if (interval.every(Number.isFinite)) bca = interval;
  }
  return {
    statistic: options.statistic,
    estimate,
    percentile,
    bca,
    z0: Number.isFinite(z0) ? z0 : null,
    a,
    degenerate: bca === null,
    generator: 'mulberry32',
    seed,
    resamples,
    confidenceLevel,
  };
}
