import type { Locale } from '../programmes.contract.ts';

// 1 January 2024 was a Monday, so day N of that month has ISO weekday N (1 = Monday … 7 = Sunday).
const MONDAY_UTC = Date.UTC(2024, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/** The full weekday name of an ISO weekday in the given language ("tirsdag", "Tuesday"). */
export function weekdayName(isoWeekday: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(MONDAY_UTC + (isoWeekday - 1) * DAY_MS),
  );
}
