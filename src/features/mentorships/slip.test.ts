/**
 * The slip rules of issue #8 point 4 (rhythm.ts `slipOf`): a nudge after 1.5 × the agreed
 * interval without a meeting, staff after 2 ×, in calendar days across summer time, and nothing
 * while paused; after a pause the count starts again from the day it ended.
 */
import { describe, expect, it } from 'vitest';
import { copenhagenDate } from '../../shared/calendar-date.ts';
import { type RhythmFacts, slipOf } from './rhythm.ts';

const weekly: RhythmFacts = {
  state: 'active',
  rhythm: 'weekly',
  startDate: '2026-01-05',
  metOn: [],
  pauses: [],
  today: '2026-03-20',
};

describe('when the rhythm slips', () => {
  it('nudges after more than 1.5 × the interval and tells staff after more than 2 ×', () => {
    const met = { ...weekly, metOn: ['2026-03-09'] };
    expect(slipOf({ ...met, today: '2026-03-19' })).toBeNull(); // 10 days
    expect(slipOf({ ...met, today: '2026-03-20' })).toEqual({ slip: 'nudge', since: '2026-03-09' }); // 11
    expect(slipOf({ ...met, today: '2026-03-23' })).toEqual({ slip: 'nudge', since: '2026-03-09' }); // 14
    expect(slipOf({ ...met, today: '2026-03-24' })).toEqual({ slip: 'staff', since: '2026-03-09' }); // 15
    const fortnightly = { ...met, rhythm: 'fortnightly' as const };
    expect(slipOf({ ...fortnightly, today: '2026-03-30' })).toBeNull(); // 21 days
    expect(slipOf({ ...fortnightly, today: '2026-03-31' })?.slip).toBe('nudge'); // 22
    expect(slipOf({ ...fortnightly, today: '2026-04-07' })?.slip).toBe('staff'); // 29
  });

  it('counts whole days across the spring and autumn clock changes', () => {
    // Summer time begins 29 March 2026 (a 23-hour day) and ends 25 October (25 hours).
    const spring = { ...weekly, metOn: ['2026-03-26'] };
    // 00:30 Copenhagen time on 6 April is still 5 April in UTC: the Copenhagen day counts.
    const justAfterMidnight = copenhagenDate(new Date('2026-04-05T22:30:00Z'));
    expect(justAfterMidnight).toBe('2026-04-06');
    expect(slipOf({ ...spring, today: '2026-04-05' })).toBeNull(); // 10 days
    expect(slipOf({ ...spring, today: justAfterMidnight })?.slip).toBe('nudge'); // 11 days
    expect(slipOf({ ...spring, today: '2026-04-10' })?.slip).toBe('staff'); // 15 days
    const autumn = { ...weekly, metOn: ['2026-10-20'] };
    expect(slipOf({ ...autumn, today: copenhagenDate(new Date('2026-10-30T22:59:00Z')) })).toBeNull(); // 10
    expect(slipOf({ ...autumn, today: copenhagenDate(new Date('2026-10-30T23:00:00Z')) })?.slip).toBe(
      'nudge',
    ); // 00:00 on the 31st: 11 days
    expect(slipOf({ ...autumn, today: '2026-11-04' })?.slip).toBe('staff'); // 15 days
  });

  it('says nothing while paused, and counts again from the day a pause ended', () => {
    const longAgo = { ...weekly, metOn: ['2026-02-02'], today: '2026-03-20' };
    expect(slipOf({ ...longAgo, state: 'paused', pauses: [{ from: '2026-02-05', to: null }] })).toBeNull();
    const resumed = { ...longAgo, pauses: [{ from: '2026-02-05', to: '2026-03-16' }] };
    expect(slipOf(resumed)).toBeNull(); // 4 days since the pause ended
    expect(slipOf({ ...resumed, today: '2026-03-27' })).toEqual({ slip: 'nudge', since: '2026-03-16' });
    expect(slipOf({ ...resumed, today: '2026-04-01', metOn: ['2026-02-02', '2026-03-25'] })).toBeNull();
    for (const state of ['proposed', 'ending', 'closed'] as const)
      expect(slipOf({ ...longAgo, state })).toBeNull();
  });

  it('names each slip by the day counted from, so a new meeting starts a new one', () => {
    const first = slipOf({ ...weekly, metOn: ['2026-03-01'], today: '2026-03-13' });
    const after = slipOf({ ...weekly, metOn: ['2026-03-01', '2026-03-14'], today: '2026-03-26' });
    expect(first?.since).toBe('2026-03-01');
    expect(after?.since).toBe('2026-03-14');
    // A meeting planned for later does not count until its day.
    expect(slipOf({ ...weekly, metOn: ['2026-03-01', '2026-03-30'], today: '2026-03-13' })?.since).toBe(
      '2026-03-01',
    );
  });
});
