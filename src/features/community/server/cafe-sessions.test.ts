import { describe, expect, it } from 'vitest';
import { copenhagenDateAndTime, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { weekdayDates } from './cafe-sessions.ts';
import { mayCome } from './event-sign-up.ts';

describe('weekdayDates', () => {
  it('gives each Tuesday of the weeks asked for, from the first day on', () => {
    expect(weekdayDates('2026-12-01', 2, 3)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15']);
    expect(weekdayDates('2026-12-02', 2, 2)).toEqual(['2026-12-08', '2026-12-15']);
    expect(weekdayDates('2026-12-01', 7, 1)).toEqual(['2026-12-06']);
  });

  it('keeps the café at 09:30 on a Copenhagen clock across the change to summer time', () => {
    const [before, after] = weekdayDates('2027-03-25', 4, 2);
    expect([before, after]).toEqual(['2027-03-25', '2027-04-01']);
    for (const date of [before!, after!])
      expect(copenhagenDateAndTime(copenhagenInstant(date, '09:30'))).toEqual({ date, time: '09:30' });
    expect(copenhagenInstant(after!, '09:30').getUTCHours()).toBe(7);
    expect(copenhagenInstant(before!, '09:30').getUTCHours()).toBe(8);
  });
});

describe('mayCome', () => {
  it('lets peers, mentors or both come as the event says', () => {
    expect(mayCome('peers', ['peer'])).toBe(true);
    expect(mayCome('peers', ['mentor'])).toBe(false);
    expect(mayCome('mentors', ['mentor', 'staff'])).toBe(true);
    expect(mayCome('both', ['staff'])).toBe(false);
    expect(mayCome('both', ['mentor'])).toBe(true);
  });
});
