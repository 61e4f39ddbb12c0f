import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays, DEFAULT_WAVE_SETTINGS, waveSchedule } from './wave-schedule.ts';

describe('the wave schedule', () => {
  it('puts T0 at the start, T1 after 3 months, T2 at the planned end and T3 3 months after', () => {
    expect(waveSchedule({ startsOn: '2026-03-10' })).toEqual([
      { wave: 'T0', dueOn: '2026-03-10', opensOn: '2026-03-10', closesOn: '2026-03-31' },
      { wave: 'T1', dueOn: '2026-06-10', opensOn: '2026-06-10', closesOn: '2026-07-01' },
      { wave: 'T2', dueOn: '2026-09-10', opensOn: '2026-09-10', closesOn: '2026-10-01' },
      { wave: 'T3', dueOn: '2026-12-10', opensOn: '2026-12-10', closesOn: '2026-12-31' },
    ]);
  });

  it('counts T2 and T3 from the actual end: an early closure or a 3-month extension', () => {
    const early = waveSchedule({ startsOn: '2026-03-10', endsOn: '2026-05-02' });
    expect(early.map((w) => w.dueOn)).toEqual(['2026-03-10', '2026-06-10', '2026-05-02', '2026-08-02']);
    const extended = waveSchedule({ startsOn: '2026-03-10', endsOn: '2026-12-10' });
    expect(extended.at(-1)!.dueOn).toBe('2027-03-10');
  });

  it('falls on the last day of a shorter month, leap years included', () => {
    expect(waveSchedule({ startsOn: '2025-11-30' }).map((w) => w.dueOn)).toEqual([
      '2025-11-30',
      '2026-02-28',
      '2026-05-30',
      '2026-08-30',
    ]);
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addCalendarMonths('2026-12-31', 0)).toBe('2026-12-31');
  });

  it('closes the window across month and year ends', () => {
    expect(addDays('2026-12-20', 21)).toBe('2027-01-10');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    const settings = { ...DEFAULT_WAVE_SETTINGS, windowDays: 0 };
    expect(waveSchedule({ startsOn: '2026-01-31' }, settings)[1]).toMatchObject({
      dueOn: '2026-04-30',
      closesOn: '2026-04-30',
    });
  });

  it('refuses dates that are not dates and an end before the start', () => {
    expect(() => waveSchedule({ startsOn: '2026-02-30' })).toThrow(RangeError);
    expect(() => waveSchedule({ startsOn: '10-03-2026' })).toThrow(RangeError);
    expect(() => waveSchedule({ startsOn: '2026-03-10', endsOn: '2026-03-09' })).toThrow(RangeError);
  });
});
