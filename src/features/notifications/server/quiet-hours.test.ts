import { describe, expect, it } from 'vitest';
import { afterQuietHours } from './quiet-hours.ts';

const night = { from: '22:00', to: '08:00' };

describe('afterQuietHours', () => {
  it('lets a message go at once outside the quiet hours', () => {
    const noon = new Date('2026-12-01T11:00:00Z'); // 12:00 in Copenhagen (winter, UTC+1)
    expect(afterQuietHours(noon, night)).toEqual(noon);
    expect(afterQuietHours(noon, null)).toEqual(noon);
  });

  it('holds a message sent late in the evening until 08:00 the next morning', () => {
    expect(afterQuietHours(new Date('2026-12-01T22:30:00Z'), night).toISOString()).toBe(
      '2026-12-02T07:00:00.000Z',
    );
  });

  it('holds a message sent after midnight until 08:00 the same morning, in summer time too', () => {
    expect(afterQuietHours(new Date('2026-06-30T23:30:00Z'), night).toISOString()).toBe(
      '2026-07-01T06:00:00.000Z',
    );
  });

  it('handles quiet hours within one day', () => {
    const quiet = { from: '12:00', to: '14:00' };
    expect(afterQuietHours(new Date('2026-12-01T11:30:00Z'), quiet).toISOString()).toBe(
      '2026-12-01T13:00:00.000Z',
    );
    expect(afterQuietHours(new Date('2026-12-01T13:00:00Z'), quiet).toISOString()).toBe(
      '2026-12-01T13:00:00.000Z',
    );
  });
});
