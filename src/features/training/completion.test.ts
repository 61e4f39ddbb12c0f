/**
 * The demo programme's rules on their boundaries: 6 of 7 teaching days and 5 of 7 supervisions
 * complete the course, 5 and 4 do not; two teaching days make a mentor ready for matching, one
 * does not; late and make-ups count, absence with notice does not; two misses in a row put a
 * member at risk, misses apart do not.
 */
import { describe, expect, it } from 'vitest';
import { hasAttended, isReadyForMatching, type MemberSession, progressState } from './completion.ts';
import { type AttendanceMark, DEFAULT_TRAINING_SETTINGS } from './training.contract.ts';

const rules = DEFAULT_TRAINING_SETTINGS.rules;
const month = (i: number, day: number) => new Date(Date.UTC(2026, 8 + i, day, 14));
const AFTER = new Date(Date.UTC(2027, 6, 1));

/** A 7-month course; `teaching` and `supervision` give each month's mark ('m' = absent but made up). */
function course(teaching: (AttendanceMark | 'm' | null)[], supervision: (AttendanceMark | 'm' | null)[]) {
  const sessions: MemberSession[] = [];
  for (let i = 0; i < 7; i++) {
    for (const [kind, marks, day] of [
      ['teaching', teaching, 10],
      ['supervision', supervision, 24],
    ] as const) {
      const mark = marks[i] ?? null;
      sessions.push({
        kind,
        endsAt: month(i, day),
        mark: mark === 'm' ? 'absent' : mark,
        madeUp: mark === 'm',
      });
    }
  }
  return sessions;
}
const all = (mark: AttendanceMark) => Array<AttendanceMark>(7).fill(mark);
const withOne = (mark: AttendanceMark | 'm', at: number[], base: AttendanceMark = 'present') =>
  all(base).map((m, i) => (at.includes(i) ? mark : m));

describe('completion', () => {
  it('completes with exactly 6 of 7 teaching days and 5 of 7 supervisions', () => {
    expect(progressState(course(withOne('absent', [3]), withOne('absent', [1, 5])), rules, AFTER)).toBe(
      'complete',
    );
  });

  it('does not complete with 5 teaching days or 4 supervisions', () => {
    expect(progressState(course(withOne('absent', [1, 4]), all('present')), rules, AFTER)).toBe(
      'not-complete',
    );
    expect(progressState(course(all('present'), withOne('absent', [0, 2, 4])), rules, AFTER)).toBe(
      'not-complete',
    );
  });

  it('counts late and made-up sessions, not absence with notice', () => {
    expect(hasAttended({ mark: 'late', madeUp: false })).toBe(true);
    expect(hasAttended({ mark: 'absent-notice', madeUp: false })).toBe(false);
    expect(hasAttended({ mark: null, madeUp: true })).toBe(true);
    const late = course(all('late'), withOne('absent-notice', [0, 6]));
    expect(progressState(late, rules, AFTER)).toBe('complete');
    const notice = course(withOne('absent-notice', [0, 6]), all('present'));
    expect(progressState(notice, rules, AFTER)).toBe('not-complete');
    const madeUp = course(
      withOne('m', [0, 6]).map((m, i) => (i === 0 ? 'absent' : m)),
      all('present'),
    );
    expect(progressState(madeUp, rules, AFTER)).toBe('complete');
  });

  it('can complete before the last session, as soon as both counts are reached', () => {
    const early = course(withOne('present', [], 'present').slice(0, 6), all('present').slice(0, 5));
    expect(progressState(early, rules, month(5, 11))).toBe('complete');
  });
});

describe('at risk', () => {
  const during = month(3, 25); // after teaching day 4 and supervision 4
  it('is at risk after two misses in a row, of either kind', () => {
    // Teaching day 4 (10th) and supervision 4 (24th) missed: the last two registered.
    const twoInARow = course(
      ['present', 'present', 'present', 'absent'],
      ['present', 'present', 'present', 'absent-notice'],
    );
    expect(progressState(twoInARow, rules, during)).toBe('at-risk');
  });

  it('is on track with one miss, or two misses apart', () => {
    const one = course(
      ['present', 'present', 'present', 'absent'],
      ['present', 'present', 'present', 'present'],
    );
    expect(progressState(one, rules, during)).toBe('on-track');
    // Teaching day 2 and supervision 3 missed, with supervision 2 and teaching day 3 between them.
    const apart = course(
      ['present', 'absent', 'present', 'present'],
      ['present', 'present', 'absent', 'present'],
    );
    expect(progressState(apart, rules, during)).toBe('on-track');
  });

  it('is on track again once one of the two is made up', () => {
    const madeUp = course(
      ['present', 'present', 'present', 'm'],
      ['present', 'present', 'present', 'absent'],
    );
    expect(progressState(madeUp, rules, during)).toBe('on-track');
  });

  it('is at risk when the teaching days left can no longer reach the rule without a make-up', () => {
    const twoApart = course(
      ['absent', 'present', 'absent', 'present'],
      ['present', 'present', 'present', 'present'],
    );
    expect(progressState(twoApart, rules, during)).toBe('at-risk');
  });

  it('skips sessions nobody has registered the member at yet', () => {
    const none = course(['present', 'present', 'present', null], ['present', 'present', 'present', null]);
    expect(progressState(none, rules, during)).toBe('on-track');
    // Supervision 3 and teaching day 4 missed, teaching day 3 between them never registered.
    const around = course(['present', 'present', null, 'absent'], ['present', 'present', 'absent', null]);
    expect(progressState(around, rules, during)).toBe('at-risk');
  });
});

describe('readiness for matching', () => {
  it('is ready after two teaching days attended, not after one; supervisions do not count', () => {
    expect(isReadyForMatching(course(['present'], ['present', 'present']), rules)).toBe(false);
    expect(isReadyForMatching(course(['present', 'absent-notice'], []), rules)).toBe(false);
    expect(isReadyForMatching(course(['present', 'late'], []), rules)).toBe(true);
    expect(isReadyForMatching(course(['absent', 'present', 'm'], []), rules)).toBe(true);
    expect(isReadyForMatching(course([], []), { ...rules, readiness: { teaching: 0 } })).toBe(true);
  });
});
