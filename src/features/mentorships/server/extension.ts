/**
 * The blind question four weeks before the planned end (issue #8 point 6, decision 042): the
 * daily job `mentorships.extension-asks` asks both of a pair, each on their own, whether they
 * want to go on for the programme's extension months. Each answer is stored by side and never
 * shown to the partner; when the second answer comes, the pair is extended only if both said
 * yes, and both are told the outcome alone.
 */
import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { queueMail } from '../../../server/mail.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { appUser } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { addCalendarMonths, addDays } from '../calendar-days.ts';
import type { ExtensionView } from '../mentorships.contract.ts';
import {
  lockMentorship,
  type MentorshipDeps,
  type MentorshipRow,
  partyOf,
  settingsOf,
} from './mentorship-steps.ts';
import { authorize } from './mentorships.policy.ts';
import { extensionAnswer, mentorship, mentorshipEvent } from './mentorships.table.ts';

/** How long before the planned end the pair is asked. */
export const ASK_DAYS_BEFORE_END = 28;

async function mailBoth(tx: Tx, row: MentorshipRow, mail: { subject: string; text: string[] }) {
  const ids = [row.peerId, row.mentorId].filter((id): id is string => id !== null);
  if (ids.length === 0) return;
  const people = await tx.select({ email: appUser.email }).from(appUser).where(inArray(appUser.id, ids));
  for (const person of people)
    if (person.email)
      await queueMail(tx, { to: person.email, subject: mail.subject, text: mail.text.join('\n') });
}

/**
 * Asks every pair that has come within four weeks of its end, in every programme; returns how
 * many pairs were asked now. The claim (`extension_asked_on` set where it was null) and the mails
 * are one transaction, so two instances running the job at once ask each pair exactly once.
 */
export async function askAboutExtensions(
  db: Database,
  options: { publicUrl?: string | undefined; now?: Date } = {},
): Promise<number> {
  const today = copenhagenDate(options.now ?? new Date());
  const link = options.publicUrl ? `${options.publicUrl}/min-side/makker` : null;
  const programmes = await db.db.select({ id: programme.id }).from(programme);
  let asked = 0;
  for (const { id: programmeId } of programmes) {
    asked += await db.withProgramme(programmeId, async (tx) => {
      const { extensionMonths } = await settingsOf(tx);
      const due = await tx
        .select()
        .from(mentorship)
        .where(
          and(
            eq(mentorship.state, 'active'),
            isNull(mentorship.extensionAskedOn),
            isNull(mentorship.extendedEnd),
            lte(mentorship.plannedEnd, addDays(today, ASK_DAYS_BEFORE_END)),
          ),
        );
      let count = 0;
      for (const row of due) {
        const claimed = await tx
          .update(mentorship)
          .set({ extensionAskedOn: today })
          .where(and(eq(mentorship.id, row.id), isNull(mentorship.extensionAskedOn)))
          .returning({ id: mentorship.id });
        if (claimed.length === 0) continue;
        await mailBoth(tx, row, {
          subject: 'Vil du fortsætte i makker?',
          text: [
            'Hej',
            '',
            `Jeres forløb i makker slutter om cirka fire uger. Vil du fortsætte ${extensionMonths} måneder mere?`,
            'Du svarer for dig selv: din makker ser ikke dit svar. Når I begge har svaret, får I begge besked om, hvad det blev til.',
            '',
            link ? `Svar her: ${link}` : 'Svar på din side i makker under "Min makker".',
            '',
            'Venlig hilsen',
            'makker',
          ],
        });
        count++;
      }
      return count;
    });
  }
  return asked;
}

/** What one of the pair sees of the question: their own answer and the outcome, never the partner's. */
export async function extensionViewOf(
  tx: Tx,
  row: MentorshipRow,
  me: 'peer' | 'mentor',
): Promise<ExtensionView> {
  const [own] = await tx
    .select({ wantsToContinue: extensionAnswer.wantsToContinue })
    .from(extensionAnswer)
    .where(and(eq(extensionAnswer.mentorshipId, row.id), eq(extensionAnswer.party, me)));
  return {
    asked: row.extensionAskedOn !== null,
    myAnswer: own ? own.wantsToContinue : null,
    outcome: row.extensionOutcome,
    months: (await settingsOf(tx)).extensionMonths,
  };
}

/** Whether the caller can still answer (asked, not decided, not answered, the pair still running). */
export const canAnswer = (row: MentorshipRow, view: ExtensionView) =>
  view.asked &&
  view.outcome === null &&
  view.myAnswer === null &&
  (row.state === 'active' || row.state === 'paused');

/**
 * One of the pair answers; the answer is final. The second answer decides: both yes extends the
 * end by the programme's extension months, otherwise it stays; both are told only the outcome.
 */
export async function answerExtension(
  deps: MentorshipDeps & { wantsToContinue: boolean },
): Promise<ExtensionView> {
  const granting = authorize(deps.actor, 'own.extension', deps);
  const { userId } = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await lockMentorship(tx, deps.mentorshipId);
    const me = partyOf(deps.actor, row, granting, false) as 'peer' | 'mentor';
    const before = await extensionViewOf(tx, row, me);
    if (!before.asked || before.outcome !== null || !(row.state === 'active' || row.state === 'paused'))
      throw new AppError('MENTORSHIP_EXTENSION_NOT_OPEN');
    if (before.myAnswer !== null) throw new AppError('MENTORSHIP_EXTENSION_ANSWERED');
    await tx.insert(extensionAnswer).values({
      programmeId: row.programmeId,
      mentorshipId: row.id,
      party: me,
      userId,
      wantsToContinue: deps.wantsToContinue,
      answeredAt: now,
    });
    const answers = await tx
      .select({ wantsToContinue: extensionAnswer.wantsToContinue })
      .from(extensionAnswer)
      .where(eq(extensionAnswer.mentorshipId, row.id));
    if (answers.length < 2) return { ...before, myAnswer: deps.wantsToContinue };
    const extended = answers.every((a) => a.wantsToContinue);
    const extensionMonths = before.months;
    const extendedEnd = extended ? addCalendarMonths(row.plannedEnd, extensionMonths) : null;
    await tx
      .update(mentorship)
      .set({
        extensionOutcome: extended ? 'extended' : 'declined',
        ...(extendedEnd ? { extendedEnd } : {}),
        updatedAt: now,
      })
      .where(eq(mentorship.id, row.id));
    // The step is the pair's together: recorded without naming whose answer completed it.
    await tx.insert(mentorshipEvent).values({
      programmeId: row.programmeId,
      mentorshipId: row.id,
      type: extended ? 'extend' : 'extension-declined',
      fromState: row.state,
      toState: row.state,
      byParty: me,
      actorId: null,
      reason: extendedEnd,
      at: now,
    });
    await mailBoth(tx, row, {
      subject: extended ? 'I fortsætter i makker' : 'Jeres forløb slutter som planlagt',
      text: [
        'Hej',
        '',
        extended
          ? `I har begge sagt ja til at fortsætte. Jeres forløb er forlænget med ${extensionMonths} måneder.`
          : 'I har begge svaret. Jeres forløb slutter som planlagt, og personalet taler med jer om afslutningen.',
        '',
        'Venlig hilsen',
        'makker',
      ],
    });
    return { ...before, myAnswer: deps.wantsToContinue, outcome: extended ? 'extended' : 'declined' };
  });
}
