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
