import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../stats/holm.ts';
import { signedRankTest } from '../stats/signed-rank.ts';
import { computeDashboard, type DashboardInput, type DashboardRecord } from './dashboard-compute.ts';

const measures: DashboardInput['measures'] = [
  { key: 't-ils', title: 'Ensomhed', direction: 'higher-is-worse', min: 3, max: 9 },
  { key: 'who-5', title: 'Trivsel', direction: 'higher-is-better', min: 0, max: 25 },
];

function input(records: DashboardRecord[]): DashboardInput {
  return { programmeName: 'P', role: 'peer', cohort: null, cohorts: [], measures, records, now: new Date(0) };
}

const record = (
  person: string,
  wave: DashboardRecord['wave'],
  tIls: number | null,
  who5: number | null,
  relapse: boolean | null = null,
  completed = true,
): DashboardRecord => ({
  person,
  wave,
  completed,
  values: { 't-ils': tIls, 'who-5': who5 },
  relapse,
});

// Six people at T0 and T2 (loneliness down, well-being up), four at T1, one T2 not completed.
const records: DashboardRecord[] = [
  ...[8, 9, 7, 8, 6, 9].map((v, i) => record(`p${i}`, 'T0', v, 10 + i)),
  ...[5, 6, 7, 4, 6, 8].map((v, i) => record(`p${i}`, 'T2', v, 14 + i * 2, i === 0)),
  ...[7, 8, 6, 7].map((v, i) => record(`p${i}`, 'T1', v, 11 + i, false)),
  record('p9', 'T2', 3, 25, false, false),
];

describe('computeDashboard', () => {
  const d = computeDashboard(input(records));
  const tIls = d.outcomes.find((o) => o.key === 't-ils')!;
  const who5 = d.outcomes.find((o) => o.key === 'who-5')!;

  it('pairs people across waves and counts change in the instrument’s direction', () => {
    const t2 = tIls.comparisons.find((c) => c.comparison === 'T2')!;
    expect(t2).toMatchObject({
      primary: true,
      nPairs: 6,
      nMissing: 0,
      improved: 4,
      unchanged: 2,
      worsened: 0,
    });
    expect(t2.medianBefore).toBe(8);
    expect(t2.medianAfter).toBe(6);
    const test = signedRankTest([-3, -3, 0, -4, 0, -1]);
    expect(t2.p).toBe(test.exact!.twoSided);
    expect(t2.smallestP).toBe(2 / 2 ** 4);
    expect(t2.pHolm).toBeNull();
    expect(t2.pairs).toEqual([
      [6, 6],
      [7, 7],
      [8, 4],
      [8, 5],
      [9, 6],
      [9, 8],
    ]);
  });

  it('suppresses a comparison of fewer than 5 pairs, and a wave of fewer than 5 sent', () => {
    const t1 = who5.comparisons.find((c) => c.comparison === 'T1')!;
    expect(t1).toMatchObject({
      nPairs: 4,
      nMissing: 2,
      suppressed: true,
      p: null,
      improved: null,
      pairs: null,
    });
    expect(d.responseRates.find((r) => r.wave === 'T1')).toMatchObject({
      sent: 4,
      suppressed: true,
      answered: null,
      rate: null,
    });
    expect(d.responseRates.find((r) => r.wave === 'T2')).toMatchObject({
      sent: 7,
      answered: 6,
      suppressed: false,
    });
    expect(d.relapse.find((r) => r.wave === 'T1')!.suppressed).toBe(true);
  });

  it('Holm-adjusts every shown comparison but the primary one, as one family', () => {
    const family = d.outcomes.flatMap((o) => o.comparisons).filter((c) => !c.primary && c.p !== null);
    expect(family.map((c) => c.pHolm)).toEqual(holmAdjust(family.map((c) => c.p!)));
    expect(family.length).toBe(1);
  });

  it('gives relapse as a proportion with its exact interval', () => {
    const t2 = d.relapse.find((r) => r.wave === 'T2')!;
    expect(t2).toMatchObject({ primary: true, answered: 6, relapsed: 1, suppressed: false });
    expect(t2.ci![0]).toBeCloseTo(0.0042, 4);
    expect(t2.ci![1]).toBeCloseTo(0.6412, 4);
  });

  it('says "under 5" for the whole role when fewer than 5 took part', () => {
    const small = computeDashboard(input(records.filter((r) => ['p0', 'p1'].includes(r.person))));
    expect(small).toMatchObject({ people: 0, peopleSuppressed: true });
    expect(small.outcomes.every((o) => o.comparisons.every((c) => c.suppressed))).toBe(true);
  });
});
