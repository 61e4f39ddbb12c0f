/**
 * A cohort's course plan as pure functions: one teaching day and one group supervision a month
 * for the programme's number of months, each on its slot (e.g. the second Thursday) and never on a
 * public holiday. Times are wall-clock times in Copenhagen, summer or winter (decision 030).
 */
import { copenhagenInstant } from '../../shared/calendar-date.ts';
import type { SessionKind, SessionSlot, TrainingSettings, WeekOfMonth } from './training.contract.ts';

/** The name of the public holiday on a date (YYYY-MM-DD), or null. */
export type HolidayLookup = (date: string) => string | null;

export interface PlannedSession {
  kind: SessionKind;
  number: number;
  /** YYYY-MM-DD in Copenhagen. */
  date: string;
  startsAt: Date;
  endsAt: Date;
  /** The holiday that moved the session off its slot's day, if any. */
  movedForHoliday: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` plus `offset` months. */
export function addMonths(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y! * 12 + (m! - 1) + offset;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday (1 Monday … 7 Sunday) of a calendar date. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return ((new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7) + 1;
}

const WEEK_INDEX: Record<Exclude<WeekOfMonth, 'last'>, number> = { first: 0, second: 1, third: 2, fourth: 3 };

/** The days of a month that fall on a weekday, in order (4 or 5 of them). */
function weekdaysOfMonth(month: string, weekday: number): string[] {
  const [y, m] = month.split('-').map(Number);
  const first = `${month}-01`;
  const firstDay = 1 + ((weekday - isoWeekday(first) + 7) % 7);
  const days: string[] = [];
  for (let day = firstDay; day <= daysInMonth(y!, m!); day += 7) days.push(`${month}-${pad(day)}`);
  return days;
}

/**
 * The day of a month for a slot. A public holiday moves the session to the same weekday a week
 * later, or a week earlier when that leaves the month, and so on outwards; always in the month.
 */
export function slotDate(
  month: string,
  slot: Pick<SessionSlot, 'weekday' | 'week'>,
  holidayOn: HolidayLookup,
): { date: string; movedForHoliday: string | null } {
  const days = weekdaysOfMonth(month, slot.weekday);
  const wanted = slot.week === 'last' ? days.length - 1 : WEEK_INDEX[slot.week];
  const holiday = holidayOn(days[wanted]!);
  if (!holiday) return { date: days[wanted]!, movedForHoliday: null };
  for (let step = 1; step < days.length; step++) {
    for (const candidate of [wanted + step, wanted - step]) {
      const day = days[candidate];
      if (day && !holidayOn(day)) return { date: day, movedForHoliday: holiday };
    }
  }
  throw new Error(`No day in ${month} on weekday ${slot.weekday} is free of public holidays`);
}

function plannedSession(
  kind: SessionKind,
  number: number,
  month: string,
  slot: SessionSlot,
  holidayOn: HolidayLookup,
): PlannedSession {
  const { date, movedForHoliday } = slotDate(month, slot, holidayOn);
  return {
    kind,
    number,
    date,
    startsAt: copenhagenInstant(date, slot.start),
    endsAt: copenhagenInstant(date, slot.end),
    movedForHoliday,
  };
}

/** The plan of a cohort starting in `startMonth`: teaching days and supervisions, by time. */
export function generateCoursePlan(
  startMonth: string,
  settings: Pick<TrainingSettings, 'months' | 'teaching' | 'supervision'>,
  holidayOn: HolidayLookup,
): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  for (let i = 0; i < settings.months; i++) {
    const month = addMonths(startMonth, i);
    sessions.push(plannedSession('teaching', i + 1, month, settings.teaching, holidayOn));
    sessions.push(plannedSession('supervision', i + 1, month, settings.supervision, holidayOn));
  }
  return sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.kind.localeCompare(b.kind));
}
