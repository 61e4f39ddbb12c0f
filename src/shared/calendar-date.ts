/** The programmes are Danish: "today" for eligibility and deadlines is today in Copenhagen. */
export const PROGRAMME_TIME_ZONE = 'Europe/Copenhagen';

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: PROGRAMME_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of an instant in Copenhagen, e.g. for `today`. */
export function copenhagenDate(instant: Date = new Date()): string {
  return formatter.format(instant);
}

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: PROGRAMME_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Copenhagen wall-clock time of an instant, read as if it were UTC (for offset arithmetic). */
function wallClockAsUtc(instant: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
}

/**
 * The instant of a date (YYYY-MM-DD) and time (HH:MM) on a Copenhagen clock, whatever the
 * browser's own zone: staff book "10:00" meaning 10:00 in Denmark, summer or winter.
 */
export function copenhagenInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  let instant = wall;
  // Two steps settle the offset, also on the days the clocks change.
  for (let i = 0; i < 2; i++) instant = wall - (wallClockAsUtc(instant) - instant);
  return new Date(instant);
}

/** The Copenhagen date and time (HH:MM) of an instant, as date and time inputs take them. */
export function copenhagenDateAndTime(instant: Date): { date: string; time: string } {
  const wall = new Date(wallClockAsUtc(instant.getTime())).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}
