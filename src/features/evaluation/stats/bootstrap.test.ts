import { describe, expect, it } from 'vitest';
import { bootstrap, bootstrapReplicates } from './bootstrap.ts';
import { mulberry32 } from './mulberry32.ts';

const d = [5, 3, 2, 4, -2, 5, 3, 2, 3, 5, 3, -1];

describe('mulberry32', () => {
  it('gives the same stream for a seed, in [0, 1)', () => {
    const a = mulberry32(20240601);
    const b = mulberry32(20240601);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
    expect(() => mulberry32(0.5)).toThrow(RangeError);
  });
});

describe('the bootstrap', () => {
  it('records its generator and seed and replays from them', () => {
    const first = bootstrap(d, { statistic: 'mean', seed: 7, resamples: 999 });
    expect(first).toMatchObject({ generator: 'mulberry32', seed: 7, resamples: 999, confidenceLevel: 0.95 });
    expect(bootstrap(d, { statistic: 'mean', seed: 7, resamples: 999 })).toEqual(first);
    expect(bootstrap(d, { statistic: 'mean', seed: 8, resamples: 999 }).percentile).not.toEqual(
      first.percentile,
    );
  });

  it('gives ordered intervals around the estimate', () => {
    for (const statistic of ['mean', 'hl'] as const) {
      const result = bootstrap(d, { statistic, resamples: 1999 });
      const [lo, hi] = result.percentile;
      expect(lo).toBeLessThanOrEqual(result.estimate);
      expect(hi).toBeGreaterThanOrEqual(result.estimate);
      if (result.bca) expect(result.bca[0]).toBeLessThanOrEqual(result.bca[1]);
    }
  });

  it('falls back to the percentile interval when the jackknife is degenerate', () => {
    const result = bootstrap([2, 2, 2, 2], { statistic: 'hl', resamples: 99 });
    expect(result).toMatchObject({ percentile: [2, 2], bca: null, a: null, z0: 0, degenerate: true });
  });

  it('draws ⌊u·n⌋ for each person, replicate after replicate', () => {
    const next = mulberry32(3);
    const first = [0, 1, 2].map(() => [10, 20, 30][Math.floor(next() * 3)]!);
    expect(bootstrapReplicates([10, 20, 30], 'mean', 3, 1)).toEqual([
      (first[0]! + first[1]! + first[2]!) / 3,
    ]);
  });

  it('refuses what it cannot resample', () => {
    expect(() => bootstrap([1], { statistic: 'mean' })).toThrow(RangeError);
    expect(() => bootstrap(d, { statistic: 'mean', resamples: 0 })).toThrow(RangeError);
  });
});
