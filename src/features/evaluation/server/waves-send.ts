/**
 * The daily wave job `evaluation.waves` (issue #9 point 2, decision 045): in every programme it
 * sends each peer and mentor the waves that are due from their first mentorship's start and end
 * — T2 and T3 follow an end that moved (a pause, an extension, an early end) — and reminds
 * whoever has not finished on the programme's reminder days. Exactly once however many
 * instances run it: a questionnaire is claimed by its insert (unique per person, role and wave)
 * and a reminder by its (questionnaire, day) key, each in the same transaction as its mail.
 * The mails are generic — no health details, no wave, no partner — with a link to the page.
 */
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db.ts';
import { queueMail } from '../../../server/mail.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { appUser } from '../../accounts/server/index.ts';
import { mentorshipTimelines } from '../../mentorships/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { firstTimelines, remindersDue, wavesDue } from '../instruments/waves-due.ts';
import { questionnaire } from './evaluation.table.ts';
import { loadInstruments } from './manage-instruments.ts';
import { questionnaireReminder } from './waves.table.ts';
import { waveSettingsOf } from './waves-settings.ts';

export const WAVE_MAIL_SUBJECT = 'Du har et spørgeskema i makker';
export const WAVE_REMINDER_SUBJECT = 'Påmindelse: Du har et spørgeskema i makker';

function mailText(first: string, link: string | null) {
  return [
    'Hej',
    '',
    first,
    link ? `Du finder det her: ${link}` : 'Du finder det på din side i makker under "Din trivsel".',
    '',
    'Du svarer for dig selv. Din makker ser ikke dine svar.',
    '',
    'Venlig hilsen',
    'makker',
  ].join('\n');
}

async function mailPerson(tx: Tx, userId: string, subject: string, text: string) {
  const [person] = await tx.select({ email: appUser.email }).from(appUser).where(eq(appUser.id, userId));
  if (person?.email) await queueMail(tx, { to: person.email, subject, text });
}

async function sendWaves(
  tx: Tx,
  programmeId: string,
  today: string,
  now: Date,
  link: string | null,
  mail: boolean,
) {
  const settings = await waveSettingsOf(tx);
  let keys: string[] | null = null;
  let sent = 0;
  for (const { userId, role, timeline } of firstTimelines(await mentorshipTimelines(tx))) {
    for (const wave of wavesDue(timeline, settings, today)) {
      keys ??= (await loadInstruments(tx, programmeId)).filter((i) => !i.row.optional).map((i) => i.row.key);
      const inserted = await tx
        .insert(questionnaire)
        .values({
          programmeId,
          userId,
          role,
          wave: wave.wave,
          opensOn: wave.opensOn,
          closesOn: wave.closesOn,
          instrumentKeys: keys,
          sentBy: null,
          sentAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: questionnaire.id });
      if (inserted.length === 0) continue;
      if (mail)
        await mailPerson(tx, userId, WAVE_MAIL_SUBJECT, mailText('Du har et spørgeskema i makker.', link));
      sent++;
    }
  }
  return sent;
}

async function sendReminders(tx: Tx, programmeId: string, today: string, link: string | null, mail: boolean) {
  const { reminderDays } = await waveSettingsOf(tx);
  if (reminderDays.length === 0) return 0;
  const open = await tx
    .select()
    .from(questionnaire)
    .where(
      and(
        isNull(questionnaire.completedAt),
        lte(questionnaire.opensOn, today),
        gte(questionnaire.closesOn, today),
      ),
    );
  let reminded = 0;
  for (const row of open) {
    // Sent today (the job ran late): the first mail is reminder enough.
    if (copenhagenDate(row.sentAt) === today) continue;
    const days = remindersDue(row, reminderDays, today);
    if (days.length === 0) continue;
    const claimed = await tx
      .insert(questionnaireReminder)
      .values(days.map((day) => ({ programmeId, questionnaireId: row.id, day, remindedOn: today })))
      .onConflictDoNothing()
      .returning({ day: questionnaireReminder.day });
    // Days missed while the job did not run are claimed together: one mail, not several.
    if (claimed.length === 0) continue;
    if (mail)
      await mailPerson(
        tx,
        row.userId,
        WAVE_REMINDER_SUBJECT,
        mailText(`Du har et spørgeskema i makker, som du kan svare på til og med ${row.closesOn}.`, link),
      );
    reminded++;
  }
  return reminded;
}

/**
 * Runs the waves and reminders of every programme as of `now`; returns how many were claimed.
 * `quiet` claims without mailing: the demo seed records what earlier days' runs would have sent.
 */
export async function sendDueWaves(
  db: Database,
  options: { now?: Date; publicUrl?: string | undefined; quiet?: boolean; programmeIds?: string[] } = {},
): Promise<{ sent: number; reminded: number }> {
  const now = options.now ?? new Date();
  const today = copenhagenDate(now);
  const link = options.publicUrl ? `${options.publicUrl}/min-side/trivsel` : null;
  const mail = !options.quiet;
  const ids =
    options.programmeIds ?? (await db.db.select({ id: programme.id }).from(programme)).map((p) => p.id);
  const total = { sent: 0, reminded: 0 };
  for (const id of ids) {
    const result = await db.withProgramme(id, async (tx) => ({
      sent: await sendWaves(tx, id, today, now, link, mail),
      reminded: await sendReminders(tx, id, today, link, mail),
    }));
    total.sent += result.sent;
    total.reminded += result.reminded;
  }
  return total;
}
