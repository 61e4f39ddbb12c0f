import { describe, expect, it } from 'vitest';
import { weekdayName } from './weekday-name.ts';

describe('weekdayName', () => {
  it('names ISO weekdays in Danish, Monday first', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => weekdayName(day, 'da'))).toEqual([
      'mandag',
      'tirsdag',
      'onsdag',
      'torsdag',
      'fredag',
      'lørdag',
      'søndag',
    ]);
  });

  it('names them in English', () => {
    expect(weekdayName(2, 'en')).toBe('Tuesday');
    expect(weekdayName(7, 'en')).toBe('Sunday');
  });
});
