import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-days.ts';
import { type RhythmFacts, rhythmKept, weekStrip, weeksLeft } from './rhythm.ts';

const base: RhythmFacts = {
  state: 'active',
  rhythm: 'weekly',
  startDate: '2026-09-01',
  metOn: [],
  pauses: [],
  today: '2026-12-01',
};
const weeklyUntil = (today: string, n: number) =>
  Array.from({ length: n }, (_, i) => addDays(today, -7 * i - 1));

describe('the rhythm kept', () => {
  it('is green for a weekly pair that met every week', () => {
    expect(rhythmKept({ ...base, metOn: weeklyUntil(base.today, 5) })).toEqual({
      light: 'green',
      meetingsLast4Weeks: 4,
      agreedLast4Weeks: 4,
      daysSinceLastMeeting: 1,
    });
  });
  it('is amber after 1.5 × the interval or with fewer meetings than agreed, red after 2 ×', () => {
    expect(rhythmKept({ ...base, metOn: ['2026-11-20'] }).light).toBe('amber'); // 11 days, 1 of 4
    expect(rhythmKept({ ...base, metOn: ['2026-11-16'] }).light).toBe('red'); // 15 days
    const fortnightly = { ...base, rhythm: 'fortnightly' as const };
    expect(rhythmKept({ ...fortnightly, metOn: ['2026-11-10', '2026-11-24'] }).light).toBe('green');
    expect(rhythmKept({ ...fortnightly, metOn: ['2026-11-10'] }).light).toBe('amber'); // 21 days
    expect(rhythmKept({ ...fortnightly, metOn: ['2026-11-02'] }).light).toBe('red'); // 29 days
  });
  it('counts a new pair and a pair back from a pause from their first day', () => {
    expect(rhythmKept({ ...base, startDate: '2026-11-27' })).toMatchObject({
      light: 'green',
      agreedLast4Weeks: 0,
      daysSinceLastMeeting: 4,
    });
    expect(
      rhythmKept({ ...base, metOn: ['2026-10-01'], pauses: [{ from: '2026-10-05', to: '2026-11-26' }] }),
    ).toMatchObject({ light: 'green', agreedLast4Weeks: 0, daysSinceLastMeeting: 5 });
  });
  it('gives only active pairs a light, and none before the start', () => {
    expect(rhythmKept({ ...base, state: 'paused' }).light).toBeNull();
    expect(rhythmKept({ ...base, startDate: '2026-12-10' })).toMatchObject({
      light: null,
      daysSinceLastMeeting: null,
    });
  });
});

describe('the strip of weeks', () => {
  it('marks weeks met, paused and neither, Monday first', () => {
    const strip = weekStrip({
      ...base,
      startDate: '2026-11-04',
      metOn: ['2026-11-05', '2026-11-30'],
      pauses: [{ from: '2026-11-09', to: '2026-11-24' }],
    });
    expect(strip).toEqual([
      { week: '2026-11-02', mark: 'met' },
      { week: '2026-11-09', mark: 'paused' },
      { week: '2026-11-16', mark: 'paused' },
      { week: '2026-11-23', mark: 'none' },
      { week: '2026-11-30', mark: 'met' },
    ]);
  });
  it('counts weeks left up to the end', () => {
    expect(weeksLeft('2027-03-01', '2026-12-01')).toBe(13);
    expect(weeksLeft('2026-11-01', '2026-12-01')).toBe(0);
  });
});
