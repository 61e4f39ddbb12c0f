import { describe, expect, it } from 'vitest';
import { copenhagenDateAndTime, copenhagenInstant } from './calendar-date.ts';

describe('Copenhagen wall-clock times', () => {
  it('reads a date and time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(copenhagenInstant('2026-12-08', '10:00').toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(copenhagenInstant('2026-07-01', '10:00').toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  it('gets the days the clocks change right', () => {
    expect(copenhagenInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(copenhagenInstant('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('turns an instant back into the inputs it came from', () => {
    expect(copenhagenDateAndTime(new Date('2026-12-08T09:00:00Z'))).toEqual({
      date: '2026-12-08',
      time: '10:00',
    });
    expect(copenhagenDateAndTime(new Date('2026-07-01T22:30:00Z'))).toEqual({
      date: '2026-07-02',
      time: '00:30',
    });
  });
});
