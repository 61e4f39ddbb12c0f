import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays, daysBetween, mondayOf } from './calendar-days.ts';

describe('calendar days', () => {
  it('adds months, keeping the day or taking the month’s last', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-09-15', 6)).toBe('2027-03-15');
    expect(addCalendarMonths('2026-03-15', -3)).toBe('2025-12-15');
  });
  it('counts whole days across the summer-time changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-05-01', '2026-04-30')).toBe(-1);
  });
  it('finds the Monday of the week', () => {
    expect(mondayOf('2026-12-01')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
  });
});
