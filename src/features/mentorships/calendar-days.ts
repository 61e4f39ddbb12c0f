/**
 * Whole-day arithmetic on calendar dates (YYYY-MM-DD), done on UTC midnights so that summer
 * time never adds or loses a day: a mentorship's start, planned end and pauses are days.
 */
const DAY = 86_400_000;

const toUtc = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The date `days` later (earlier when negative). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY);
}

/** The same day `months` later; a day the month lacks becomes its last (31 Jan + 1 → 28/29 Feb). */
export function addCalendarMonths(date: string, months: number): string {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(+date.slice(8, 10), last)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

/** The Monday of the ISO week the date is in. */
export function mondayOf(date: string): string {
  const weekday = (new Date(toUtc(date)).getUTCDay() + 6) % 7; // 0 = Monday
  return addDays(date, -weekday);
}
