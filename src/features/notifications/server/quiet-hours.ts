/**
 * When an e-mail or SMS may go: right away, or at the end of the person's quiet hours on a
 * Copenhagen clock (decision 043). Quiet hours may wrap midnight (22:00–08:00).
 */
import { copenhagenDateAndTime, copenhagenInstant } from '../../../shared/calendar-date.ts';
import type { QuietHours } from '../notifications.contract.ts';

const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The first moment at or after `now` outside the quiet hours (`now` itself when not quiet). */
export function afterQuietHours(now: Date, quiet: QuietHours | null): Date {
  if (!quiet || quiet.from === quiet.to) return now;
  const { date, time } = copenhagenDateAndTime(now);
  if (quiet.from < quiet.to) {
    return time >= quiet.from && time < quiet.to ? copenhagenInstant(date, quiet.to) : now;
  }
  if (time >= quiet.from) return copenhagenInstant(nextDay(date), quiet.to);
  if (time < quiet.to) return copenhagenInstant(date, quiet.to);
  return now;
}
