import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { DEFAULT_PROGRAMME_WAVES as SETTINGS, type WaveSettingsInput } from '../waves.contract.ts';
import { addCalendarMonths, addDays } from './wave-schedule.ts';
import { firstTimelines, remindersDue, waveSettingsProblem, wavesDue } from './waves-due.ts';

const running = (startsOn: string, endsOn = addCalendarMonths(startsOn, 6)) => ({
  startsOn,
  endsOn,
  ended: false,
  paused: false,
});
const due = (timeline: ReturnType<typeof running>, today: string) =>
  wavesDue(timeline, SETTINGS, today).map((w) => w.wave);

describe('which waves are due on a day', () => {
  it('sends T0 from the start day through the last day of its window, not before or after', () => {
    const pair = running('2026-03-10');
    expect(due(pair, '2026-03-09')).toEqual([]);
    expect(due(pair, '2026-03-10')).toEqual(['T0']);
    expect(due(pair, '2026-03-31')).toEqual(['T0']);
    expect(due(pair, '2026-04-01')).toEqual([]);
  });

  it('falls on the last day of a shorter month: 31 August + 3 months, 30 November + 3 (a leap year)', () => {
    expect(due(running('2026-08-31'), '2026-11-30')).toEqual(['T1']);
    expect(due(running('2026-08-31'), '2026-11-29')).toEqual([]);
    expect(due(running('2027-11-30'), '2028-02-29')).toEqual(['T1']);
    expect(due(running('2027-11-30'), '2028-02-28')).toEqual([]);
    // A start on a leap day: six months later is 29 August; the T2 window runs into September.
    const leap = running('2028-02-29');
    expect(leap.endsOn).toBe('2028-08-29');
    expect(due(leap, '2028-08-29')).toEqual(['T2']);
    expect(due(leap, '2028-09-19')).toEqual(['T2']);
    expect(due(leap, '2028-09-20')).toEqual([]);
    // A window across the year's end.
    expect(due(running('2026-06-20'), '2027-01-10')).toEqual(['T2']);
  });

  it('counts Copenhagen days across the clock changes (the job runs on UTC instants)', () => {
    // 2026-03-29 01:30 CET is 00:30 UTC; 2026-10-25 00:30 CEST is 2026-10-24 22:30 UTC.
    const spring = copenhagenDate(new Date('2026-03-29T00:30:00Z'));
    const autumn = copenhagenDate(new Date('2026-10-24T22:30:00Z'));
    expect([spring, autumn]).toEqual(['2026-03-29', '2026-10-25']);
    expect(due(running('2026-03-29'), spring)).toEqual(['T0']);
    expect(due(running('2026-10-25'), autumn)).toEqual(['T0']);
    expect(due(running('2026-10-25'), copenhagenDate(new Date('2026-10-24T21:30:00Z')))).toEqual([]);
  });

  it('follows a moved end: extended, paused, ended early', () => {
    const extended = running('2026-03-10', '2026-12-10');
    expect(due(extended, '2026-09-10')).toEqual([]);
    expect(due(extended, '2026-12-10')).toEqual(['T2']);
    expect(due(extended, '2027-03-10')).toEqual(['T3']);
    // Paused past the planned end: the end will move, so T2 waits; T1 does not.
    const paused = { ...running('2026-03-10'), paused: true };
    expect(due(paused, '2026-09-10')).toEqual([]);
    expect(due(paused, '2026-06-10')).toEqual(['T1']);
    // Ended after six weeks: T2 on the day it ended, no T1 (it would come after the end).
    const early = { ...running('2026-03-10', '2026-04-21'), ended: true };
    expect(due(early, '2026-04-21')).toEqual(['T2']);
    expect(due(early, '2026-06-10')).toEqual([]);
    expect(due(early, '2026-07-21')).toEqual(['T3']);
    // Ended on its first day: T0 and T2 together.
    expect(due({ ...running('2026-03-10', '2026-03-10'), ended: true }, '2026-03-10')).toEqual(['T0', 'T2']);
  });

  it('sends every wave on exactly the window days of some day, T1 only before the end (property)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.boolean(), (startsOn, length, ended) => {
        const timeline = { startsOn, endsOn: addDays(startsOn, length), ended, paused: false };
        const days = Array.from({ length: length + 150 }, (_, i) => addDays(startsOn, i));
        const sentOn = new Map<string, string[]>();
        for (const d of days)
          for (const w of wavesDue(timeline, SETTINGS, d))
            sentOn.set(w.wave, [...(sentOn.get(w.wave) ?? []), d]);
        expect(sentOn.get('T0')?.length).toBe(22);
        expect(sentOn.get('T2')?.[0]).toBe(timeline.endsOn);
        // T1 only when it falls before the end (else T2 covers it), from its due day on.
        const t1 = addCalendarMonths(startsOn, 3);
        expect(sentOn.get('T1')?.[0]).toBe(t1 < timeline.endsOn ? t1 : undefined);
      }),
      { numRuns: 60 },
    );
  });
});

describe('reminders', () => {
  const window = { opensOn: '2026-02-20', closesOn: '2026-03-13' };
  it('comes on day 3 and day 20 after opening (across February), only while open', () => {
    expect(remindersDue(window, [3, 20], '2026-02-22')).toEqual([]);
    expect(remindersDue(window, [3, 20], '2026-02-23')).toEqual([3]);
    expect(remindersDue(window, [3, 20], '2026-03-12')).toEqual([3, 20]);
    expect(remindersDue(window, [3, 20], '2026-03-14')).toEqual([]);
  });
});

describe('whose series follows which pair', () => {
  it('follows the first pair of each person in each role', () => {
    const pairs = [
      { ...running('2026-05-01'), peerId: 'p2', mentorId: 'm' },
      { ...running('2026-01-01'), peerId: 'p1', mentorId: 'm' },
      { ...running('2026-06-01'), peerId: 'p1', mentorId: null },
    ];
    const first = firstTimelines(pairs).map((f) => `${f.userId}:${f.role}:${f.timeline.startsOn}`);
    expect(first.sort()).toEqual(['m:mentor:2026-01-01', 'p1:peer:2026-01-01', 'p2:peer:2026-05-01']);
  });
});

describe('wave settings', () => {
  const withWave = (i: number, rule: Partial<WaveSettingsInput['waves'][number]>) => ({
    ...SETTINGS,
    waves: SETTINGS.waves.map((w, j) => (j === i ? { ...w, ...rule } : w)),
  });
  it('accepts the demo and refuses what cannot be', () => {
    expect(waveSettingsProblem(SETTINGS)).toBeNull();
    expect(waveSettingsProblem(withWave(1, { months: 6 }))).toBeNull();
    expect(waveSettingsProblem(withWave(0, { months: 1 }))).toBe('WAVE_SETTINGS_ORDER');
    expect(waveSettingsProblem(withWave(1, { months: 0 }))).toBe('WAVE_SETTINGS_ORDER');
    expect(waveSettingsProblem(withWave(3, { from: 'start' }))).toBe('WAVE_SETTINGS_ORDER');
    expect(waveSettingsProblem(withWave(3, { months: 0 }))).toBe('WAVE_SETTINGS_ORDER');
    expect(waveSettingsProblem(withWave(2, { wave: 'T3' }))).toBe('WAVE_SETTINGS_ORDER');
    expect(waveSettingsProblem({ ...SETTINGS, reminderDays: [3, 21] })).toBe('WAVE_REMINDER_OUTSIDE_WINDOW');
    expect(waveSettingsProblem({ ...SETTINGS, reminderDays: [3, 3] })).toBe('WAVE_REMINDER_OUTSIDE_WINDOW');
  });
});
