/**
 * Danish public holidays (helligdage) from the maintained `date-holidays` library: only its type
 * `public` (Juleaften, Grundlovsdag and 1. maj are not public holidays; Store Bededag ends with
 * 2023, as the law says). Years are computed once and kept: the rules do not change at run time.
 */
import Holidays from 'date-holidays';
import type { HolidayLookup } from '../course-plan.ts';

const denmark = new Holidays('DK');
const byYear = new Map<number, Map<string, string>>();

function holidaysOf(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map(
      denmark
        .getHolidays(year, 'da')
        .filter((h) => h.type === 'public')
        .map((h) => [h.date.slice(0, 10), h.name]),
    );
    byYear.set(year, days);
  }
  return days;
}

/** The Danish name of the public holiday on a date (YYYY-MM-DD), or null. */
export const danishPublicHoliday: HolidayLookup = (date) =>
  holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
