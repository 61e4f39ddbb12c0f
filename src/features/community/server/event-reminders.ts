/**
 * Reminders the day before an event (the `community.event-reminders` daily job). The job runs
 * once a day however many instances run (daily-jobs.ts); each reminder is queued in the same
 * transaction that stamps `reminded_at`, so a retried job never sends one twice.
 */
import { and, eq, gte, isNull, lt } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { queueMail } from '../../../server/mail.ts';
import { copenhagenDate, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { appUser } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { communityEvent, eventSignUp } from './community.table.ts';

const when = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Copenhagen',
});

/** "fredag den 11. december kl. 12.00" as the mails say it. */
export const eventWhen = (instant: Date) => when.format(instant);

/** Queues a reminder to everyone with a place on an event that begins tomorrow (Copenhagen); returns how many. */
export async function sendEventReminders(db: Database, now = new Date()): Promise<number> {
  const today = copenhagenDate(now);
  const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const dayAfter = new Date(Date.parse(`${today}T12:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
  const from = copenhagenInstant(tomorrow, '00:00');
  const to = copenhagenInstant(dayAfter, '00:00');
  let sent = 0;
  for (const p of await db.db.select({ id: programme.id }).from(programme)) {
    sent += await db.withProgramme(p.id, async (tx) => {
      const due = await tx
        .select({ event: communityEvent, userId: eventSignUp.userId, email: appUser.email })
        .from(eventSignUp)
        .innerJoin(communityEvent, eq(communityEvent.id, eventSignUp.eventId))
        .innerJoin(appUser, eq(appUser.id, eventSignUp.userId))
        .where(
          and(
            eq(eventSignUp.status, 'confirmed'),
            isNull(eventSignUp.remindedAt),
            isNull(communityEvent.cancelledAt),
            gte(communityEvent.startsAt, from),
            lt(communityEvent.startsAt, to),
          ),
        )
        .for('update', { of: eventSignUp });
      for (const d of due) {
        await tx
          .update(eventSignUp)
          .set({ remindedAt: now })
          .where(and(eq(eventSignUp.eventId, d.event.id), eq(eventSignUp.userId, d.userId)));
        await queueMail(tx, {
          to: d.email,
          subject: `I morgen: ${d.event.title}`,
          text: `Hej\n\nHusk ${d.event.title} i morgen, ${eventWhen(d.event.startsAt)}, ${d.event.place}.\n\nKan du ikke komme alligevel, så meld fra i makker.\n\nmakker\n`,
        });
      }
      return due.length;
    });
  }
  return sent;
}
