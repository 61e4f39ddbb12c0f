/**
 * The reminder the day before a session (issue #6 point 3): each member of the session's cohort
 * who has not sent notice of absence gets one, by SMS when they were invited on their phone,
 * else by e-mail, through the one outbox (mail.ts, sms.ts). Run by the daily job
 * `training.reminders`, which is queued once a day however many instances run (daily-jobs.ts);
 * a `session_reminder` row written in the transaction that queues the message makes a rerun
 * send nothing twice.
 */
import { and, desc, eq, gt, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db.ts';
import { queueMail } from '../../../server/mail.ts';
import { queueSms } from '../../../server/sms.ts';
import { copenhagenDate, copenhagenDateAndTime } from '../../../shared/calendar-date.ts';
import { appUser, invitation } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { noticesAt } from './absence-notice.ts';
import { cohort, cohortMember, courseSession, sessionReminder } from './training.table.ts';

const KIND = { teaching: 'undervisningsdag', supervision: 'gruppesparring' } as const;
const dayName = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'Europe/Copenhagen',
});

/** The Copenhagen date after `date` (YYYY-MM-DD). */
function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** E-mail, or SMS for those who were invited on their phone (their latest accepted invitation). */
async function channelsOf(tx: Tx, userIds: string[]) {
  const users = await tx
    .select({ id: appUser.id, name: appUser.name, email: appUser.email })
    .from(appUser)
    .where(inArray(appUser.id, userIds));
  const invited = await tx
    .select({ userId: invitation.acceptedUserId, channel: invitation.channel, phone: invitation.phone })
    .from(invitation)
    .where(and(inArray(invitation.acceptedUserId, userIds), isNotNull(invitation.acceptedAt)))
    .orderBy(desc(invitation.acceptedAt));
  return users.map((u) => {
    const latest = invited.find((i) => i.userId === u.id);
    return latest?.channel === 'sms' && latest.phone
      ? { ...u, channel: 'sms' as const, phone: latest.phone }
      : { ...u, channel: 'email' as const, phone: null };
  });
}

/** Queues tomorrow's reminders in every programme; returns how many were queued now. */
export async function sendSessionReminders(
  db: Database,
  options: { publicUrl?: string | undefined; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const tomorrow = nextDate(copenhagenDate(now));
  const link = options.publicUrl ? `${options.publicUrl}/min-side/uddannelse` : null;
  const programmes = await db.db.select({ id: programme.id }).from(programme);
  let queued = 0;
  for (const { id: programmeId } of programmes) {
    queued += await db.withProgramme(programmeId, async (tx) => {
      const sessions = (
        await tx
          .select({ session: courseSession, cohortName: cohort.name })
          .from(courseSession)
          .innerJoin(cohort, eq(cohort.id, courseSession.cohortId))
          .where(
            and(
              gt(courseSession.startsAt, now),
              lt(courseSession.startsAt, new Date(now.getTime() + 3 * 86_400_000)),
            ),
          )
      ).filter((r) => copenhagenDate(r.session.startsAt) === tomorrow);
      let count = 0;
      for (const { session, cohortName } of sessions) {
        const members = await tx
          .select({ userId: cohortMember.userId })
          .from(cohortMember)
          .where(and(eq(cohortMember.cohortId, session.cohortId), eq(cohortMember.status, 'member')));
        const absent = new Set((await noticesAt(tx, [session.id])).map((n) => n.userId));
        const due = members.map((m) => m.userId).filter((id) => !absent.has(id));
        if (due.length === 0) continue;
        const start = copenhagenDateAndTime(session.startsAt).time;
        const end = copenhagenDateAndTime(session.endsAt).time;
        const what = `${KIND[session.kind]} ${session.number}`;
        for (const person of await channelsOf(tx, due)) {
          const claimed = await tx
            .insert(sessionReminder)
            .values({ programmeId, sessionId: session.id, userId: person.id, channel: person.channel })
            .onConflictDoNothing()
            .returning({ userId: sessionReminder.userId });
          if (claimed.length === 0) continue;
          const place = session.place ? ` Sted: ${session.place}.` : '';
          if (person.channel === 'sms' && person.phone) {
            await queueSms(tx, {
              to: person.phone,
              text: `Påmindelse fra makker: ${what} i morgen kl. ${start}.${place}${link ? ` Afbud og plan: ${link}` : ''}`,
            });
          } else {
            await queueMail(tx, {
              to: person.email,
              subject: `Påmindelse: ${what} i morgen kl. ${start}`,
              text: [
                `Hej ${person.name}`,
                '',
                `I morgen, ${dayName.format(session.startsAt)}, kl. ${start}–${end}, er der ${what} på ${cohortName}${session.topic ? `: ${session.topic}` : ''}.`,
                ...(session.place ? [`Sted: ${session.place}`] : []),
                '',
                link
                  ? `Kan du ikke komme, så meld afbud her: ${link}`
                  : 'Kan du ikke komme, så meld afbud på din side i makker.',
              ].join('\n'),
            });
          }
          count++;
        }
      }
      return count;
    });
  }
  return queued;
}
