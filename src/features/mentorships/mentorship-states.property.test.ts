/**
 * The state machine under random histories: any sequence of steps by anyone, days apart. What
 * is allowed is written out again here as plain triples, independent of the machine's table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays, daysBetween } from './calendar-days.ts';
import {
  applyEvent,
  type Course,
  canTake,
  END_REASONS,
  MENTORSHIP_STATES,
  type MentorshipEvent,
  type Party,
  RHYTHMS,
  TransitionRefused,
} from './mentorship-states.ts';

const ALLOWED = new Set([
  'proposed start staff',
  'proposed start matching',
  'proposed withdraw staff',
  'proposed withdraw matching',
  ...['peer', 'mentor', 'staff'].flatMap((by) => [
    `active pause ${by}`,
    `active end ${by}`,
    `paused end ${by}`,
    `active change-rhythm ${by}`,
    `paused change-rhythm ${by}`,
  ]),
  'paused agree-resume peer',
  'paused agree-resume mentor',
  'paused resume staff',
  'ending close staff',
]);

const event: fc.Arbitrary<MentorshipEvent> = fc.oneof(
  fc.constantFrom<MentorshipEvent>(
    { type: 'start' },
    { type: 'withdraw' },
    { type: 'pause' },
    { type: 'agree-resume' },
    { type: 'resume' },
    { type: 'close' },
  ),
  fc.constantFrom(...END_REASONS).map((reason): MentorshipEvent => ({ type: 'end', reason })),
  fc.constantFrom(...RHYTHMS).map((rhythm): MentorshipEvent => ({ type: 'change-rhythm', rhythm })),
);
const party = fc.constantFrom<Party>('peer', 'mentor', 'staff', 'matching');
const step = fc.record({ event, by: party, gap: fc.integer({ min: 0, max: 40 }) });
const startDate = fc
  .date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function proposed(start: string): Course {
  return {
    state: 'proposed',
    rhythm: 'weekly',
    startDate: start,
    plannedEnd: addCalendarMonths(start, 6),
    extendedEnd: null,
    pausedSince: null,
    resumeAgreed: [],
  };
}

describe('mentorship state machine', () => {
  it('allows exactly the listed steps, keeps its invariants and moves the end by the pauses', () => {
    fc.assert(
      fc.property(startDate, fc.array(step, { maxLength: 40 }), (start, steps) => {
        let course = proposed(start);
        let today = start;
        let pausedDays = 0;
        for (const { event: e, by, gap } of steps) {
          today = addDays(today, gap);
          const listed = ALLOWED.has(`${course.state} ${e.type} ${by}`);
          const bothAgreed = course.resumeAgreed.includes('peer') && course.resumeAgreed.includes('mentor');
          const allowed = listed && (e.type !== 'resume' || bothAgreed);
          expect(canTake(course, e.type, by)).toBe(allowed);
          const before = course;
          try {
            course = applyEvent(course, e, by, today);
          } catch (error) {
            expect(error).toBeInstanceOf(TransitionRefused);
            expect(allowed).toBe(false);
            expect(before.state === 'closed' || !listed || e.type === 'resume').toBe(true);
            continue;
          }
          expect(allowed).toBe(true);
          if (e.type === 'resume') pausedDays += daysBetween(before.pausedSince!, today);
          expect(MENTORSHIP_STATES).toContain(course.state);
          expect(course.pausedSince !== null).toBe(course.state === 'paused');
          if (course.state !== 'paused') expect(course.resumeAgreed).toEqual([]);
          expect(course.startDate).toBe(start);
          expect(daysBetween(before.plannedEnd, course.plannedEnd)).toBeGreaterThanOrEqual(0);
        }
        expect(course.plannedEnd).toBe(addDays(addCalendarMonths(start, 6), pausedDays));
      }),
      { numRuns: 400 },
    );
  });

  it('lets nothing out of closed', () => {
    fc.assert(
      fc.property(event, party, (e, by) => {
        const closed: Course = { ...proposed('2026-03-01'), state: 'closed' };
        expect(() => applyEvent(closed, e, by, '2026-03-02')).toThrow(TransitionRefused);
      }),
    );
  });

  it('resumes only when both have agreed, and says so', () => {
    const paused: Course = { ...proposed('2026-01-05'), state: 'paused', pausedSince: '2026-02-01' };
    expect(() => applyEvent(paused, { type: 'resume' }, 'staff', '2026-02-15')).toThrow(
      'MENTORSHIP_RESUME_NEEDS_BOTH',
    );
    const onePeer = applyEvent(paused, { type: 'agree-resume' }, 'peer', '2026-02-10');
    const again = applyEvent(onePeer, { type: 'agree-resume' }, 'peer', '2026-02-11');
    expect(again.resumeAgreed).toEqual(['peer']);
    const both = applyEvent(again, { type: 'agree-resume' }, 'mentor', '2026-02-12');
    const resumed = applyEvent(both, { type: 'resume' }, 'staff', '2026-02-15');
    expect(resumed).toMatchObject({ state: 'active', pausedSince: null, plannedEnd: '2026-07-19' });
    expect(() => applyEvent(both, { type: 'resume' }, 'peer', '2026-02-15')).toThrow('MENTORSHIP_NOT_YOURS');
  });

  it('does not move the end when the programme says pauses do not count', () => {
    const paused: Course = {
      ...proposed('2026-01-05'),
      state: 'paused',
      pausedSince: '2026-02-01',
      resumeAgreed: ['peer', 'mentor'],
    };
    const resumed = applyEvent(paused, { type: 'resume' }, 'staff', '2026-03-01', { pauseMovesEnd: false });
    expect(resumed.plannedEnd).toBe('2026-07-05');
  });
});
