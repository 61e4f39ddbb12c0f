/**
 * Course plans, property-based over start months from 2000 to 2060 and every slot: each month of
 * the course gets one teaching day and one supervision, on the slot's weekday, in that month,
 * never on a Danish public holiday, at the slot's wall-clock time in Copenhagen (also in the
 * months the clocks change). Named Easter and Christmas years pin what the library must say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copenhagenDateAndTime } from '../../../shared/calendar-date.ts';
import { addMonths, generateCoursePlan, isoWeekday, slotDate } from '../course-plan.ts';
import { type SessionSlot, WEEKS_OF_MONTH } from '../training.contract.ts';
import { danishPublicHoliday } from './danish-holidays.ts';

const time = fc
  .tuple(fc.integer({ min: 6, max: 20 }), fc.constantFrom('00', '15', '30', '45'))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${m}`);
const slot: fc.Arbitrary<SessionSlot> = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }),
    week: fc.constantFrom(...WEEKS_OF_MONTH),
    start: time,
    hours: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ hours, ...s }) => ({
    ...s,
    end: `${String(Number(s.start.slice(0, 2)) + hours).padStart(2, '0')}${s.start.slice(2)}`,
  }));
const startMonth = fc
  .tuple(fc.integer({ min: 2000, max: 2060 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const settings = fc.record({ months: fc.integer({ min: 1, max: 12 }), teaching: slot, supervision: slot });

describe('generateCoursePlan', () => {
  it('puts one session of each kind in each month, on its weekday, never on a public holiday', () => {
    fc.assert(
      fc.property(startMonth, settings, (start, s) => {
        const plan = generateCoursePlan(start, s, danishPublicHoliday);
        expect(plan).toHaveLength(2 * s.months);
        for (const kind of ['teaching', 'supervision'] as const) {
          const ofKind = plan.filter((p) => p.kind === kind);
          expect(ofKind.map((p) => p.number)).toEqual(Array.from({ length: s.months }, (_, i) => i + 1));
          for (const [i, p] of ofKind.entries()) {
            expect(p.date.slice(0, 7)).toBe(addMonths(start, i));
            expect(isoWeekday(p.date)).toBe(s[kind].weekday);
            expect(danishPublicHoliday(p.date)).toBeNull();
            expect(p.movedForHoliday === null).toBe(
              p.date === slotDate(p.date.slice(0, 7), s[kind], () => null).date,
            );
          }
        }
        for (let i = 1; i < plan.length; i++)
          expect(plan[i]!.startsAt.getTime()).toBeGreaterThanOrEqual(plan[i - 1]!.startsAt.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the wall-clock time in Copenhagen on both sides of every change of the clocks', () => {
    fc.assert(
      fc.property(startMonth, settings, (start, s) => {
        for (const p of generateCoursePlan(start, s, danishPublicHoliday)) {
          const slotOf = s[p.kind];
          expect(copenhagenDateAndTime(p.startsAt)).toEqual({ date: p.date, time: slotOf.start });
          expect(copenhagenDateAndTime(p.endsAt)).toEqual({ date: p.date, time: slotOf.end });
          // The offset is +02:00 in summer time and +01:00 in winter time, never anything else.
          const wall = Date.UTC(
            Number(p.date.slice(0, 4)),
            Number(p.date.slice(5, 7)) - 1,
            Number(p.date.slice(8, 10)),
            Number(slotOf.start.slice(0, 2)),
            Number(slotOf.start.slice(3, 5)),
          );
          expect([3_600_000, 7_200_000]).toContain(wall - p.startsAt.getTime());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('moves a session off a holiday a week later, or earlier when later leaves the month', () => {
    fc.assert(
      fc.property(startMonth, slot, fc.integer({ min: 0, max: 4 }), (month, s, n) => {
        const wanted = slotDate(month, s, () => null).date;
        // A made-up holiday on the slot's day and, sometimes, on the week after too.
        const blocked = new Set([wanted]);
        if (n > 2) blocked.add(new Date(Date.parse(wanted) + 7 * 86_400_000).toISOString().slice(0, 10));
        const moved = slotDate(month, s, (d) => (blocked.has(d) ? 'Fridag' : null));
        expect(blocked.has(moved.date)).toBe(false);
        expect(moved.movedForHoliday).toBe('Fridag');
        expect(moved.date.slice(0, 7)).toBe(month);
        expect(Math.abs(Date.parse(moved.date) - Date.parse(wanted)) % (7 * 86_400_000)).toBe(0);
      }),
    );
  });
});

describe('Danish public holidays in course plans', () => {
  it('knows Easter, Ascension, Whitsun and Christmas, and not Christmas Eve or Store Bededag after 2023', () => {
    expect(danishPublicHoliday('2016-03-24')).toBe('Skærtorsdag');
    expect(danishPublicHoliday('2016-03-28')).toBe('Anden påskedag');
    expect(danishPublicHoliday('2019-04-22')).toBe('Anden påskedag');
    expect(danishPublicHoliday('2025-04-17')).toBe('Skærtorsdag');
    expect(danishPublicHoliday('2016-05-05')).toBe('Kristi Himmelfartsdag');
    expect(danishPublicHoliday('2024-05-20')).toBe('Anden Pinsedag');
    expect(danishPublicHoliday('2018-12-25')).toBe('Juledag');
    expect(danishPublicHoliday('2017-12-26')).toBe('Anden Juledag');
    expect(danishPublicHoliday('2017-12-24')).toBeNull();
    expect(danishPublicHoliday('2016-04-22')).toBe('Store Bededag');
    expect(danishPublicHoliday('2024-04-26')).toBeNull();
  });

  it('moves Maundy Thursday 2016 and Christmas Day 2018 to the week after', () => {
    // The fourth Thursday of March 2016 is Skærtorsdag: the teaching day moves to the 31st.
    expect(slotDate('2016-03', { weekday: 4, week: 'fourth' }, danishPublicHoliday)).toEqual({
      date: '2016-03-31',
      movedForHoliday: 'Skærtorsdag',
    });
    // The last Tuesday of December 2018 is Christmas Day; no Tuesday follows in December, so a week earlier.
    expect(slotDate('2018-12', { weekday: 2, week: 'last' }, danishPublicHoliday)).toEqual({
      date: '2018-12-18',
      movedForHoliday: 'Juledag',
    });
    // Easter Monday 2019 (22 April) is the fourth Monday of April: the supervision moves to the 29th.
    expect(slotDate('2019-04', { weekday: 1, week: 'fourth' }, danishPublicHoliday).date).toBe('2019-04-29');
  });

  it('plans the autumn 2016 cohort of the model programme around Christmas and Easter 2017', () => {
    const plan = generateCoursePlan(
      '2016-09',
      {
        months: 7,
        teaching: { weekday: 4, week: 'second', start: '09:30', end: '15:00' },
        supervision: { weekday: 1, week: 'fourth', start: '17:00', end: '19:00' },
      },
      danishPublicHoliday,
    );
    const teaching = plan.filter((p) => p.kind === 'teaching').map((p) => p.date);
    expect(teaching).toEqual([
      '2016-09-08',
      '2016-10-13',
      '2016-11-10',
      '2016-12-08',
      '2017-01-12',
      '2017-02-09',
      '2017-03-09',
    ]);
    const supervision = plan.filter((p) => p.kind === 'supervision');
    // The fourth Monday of December 2016 is the 26th, Anden Juledag.
    expect(supervision[3]).toMatchObject({ date: '2016-12-19', movedForHoliday: 'Anden Juledag' });
    // 30 October 2016 ended summer time: September at +02:00, November at +01:00.
    expect(plan[0]!.startsAt.toISOString()).toBe('2016-09-08T07:30:00.000Z');
    expect(plan.find((p) => p.date === '2016-11-10')!.startsAt.toISOString()).toBe(
      '2016-11-10T08:30:00.000Z',
    );
  });
});
