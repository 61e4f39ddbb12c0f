import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedSummarySchema } from '../evaluation.contract.ts';
import { differencesOf, summariseMcNemar, summarisePaired, summariseProportion } from './summaries.ts';

describe('the summaries behind makker stats', () => {
  it('reads d as given or as y − x', () => {
    expect(differencesOf({ d: [1, -2] })).toEqual([1, -2]);
    expect(differencesOf({ x: [3, 4], y: [5, 1] })).toEqual([2, -3]);
  });

  it('fits the contract for any differences, and leaves undefined values null', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 20 }), (d) => {
        const summary = pairedSummarySchema.strict().parse(summarisePaired(d));
        expect(summary.improved + summary.unchanged + summary.worsened).toBe(d.length);
      }),
    );
    expect(summarisePaired([0, 0, 0])).toMatchObject({
      V: 0,
      p_exact_two_sided: 1,
      p_normal_cc_two_sided: null,
      rank_biserial: null,
      rank_biserial_ci95: null,
      hodges_lehmann: 0,
      unchanged: 3,
    });
  });

  it('names McNemar and proportion results as the CLI prints them', () => {
    expect(Object.keys(summariseMcNemar(1, 6))).toEqual(['p_exact', 'p_midp']);
    expect(Object.keys(summariseProportion(4, 15))).toEqual(['estimate', 'ci95']);
  });
});
