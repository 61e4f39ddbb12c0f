import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { insertIssue } from './course-certificate.ts';
import { cohortDeparture, cohortMember, type courseSession, supervisionTheme } from './training.table.ts';

const THEMES = [
  'At sige fra over for gamle venner fra miljøet',
  'Hvornår er man ven, og hvornår er man mentor?',
  'Egne tanker om tilbagefald, når man selv er mentor',
  'Hvornår man kan ringes op – og hvornår ikke',
  'Ensomhed i weekenderne',
  'At holde aftaler, og når den anden ikke kommer',
  'Glæden ved at se nogen komme videre',
];

type Session = typeof courseSession.$inferSelect;

/** One or two themes in the log of every group supervision already held. */
export async function seedDemoThemes(
  tx: Tx,
  programmeId: string,
  sessions: Session[],
  by: string | null,
  now: Date,
) {
  const held = sessions.filter((s) => s.kind === 'supervision' && s.endsAt <= now);
  for (const s of held) {
    const texts = [
      THEMES[(s.number - 1) % THEMES.length]!,
      ...(s.number % 2 ? [THEMES[s.number % THEMES.length]!] : []),
    ];
    for (const [i, text] of texts.entries()) {
      const id = crypto.randomUUID();
      await tx.insert(supervisionTheme).values({
        id,
        programmeId,
        sessionId: s.id,
        textSealed: sealText(text, fieldContext('supervision_theme', 'text_sealed', id)),
        writtenBy: by,
        createdAt: new Date(s.endsAt.getTime() + (i + 1) * 60_000),
      });
    }
  }
}

/**
 * The finished cohort after its end: the member who stopped after two months is recorded as
 * having left (with a reason), and everyone who completed got their certificate from staff a
 * week after the last session.
 */
export async function seedDemoFinishedCohort(
  tx: Tx,
  programmeId: string,
  finished: { cohortId: string; sessions: Session[]; members: string[]; stoppedIndex: number },
  by: string | null,
  now: Date,
) {
  const { cohortId, sessions, members } = finished;
  const stopped = members[finished.stoppedIndex];
  const third = sessions.find((s) => s.kind === 'teaching' && s.number === 3);
  if (stopped && third) {
    await tx
      .update(cohortMember)
      .set({ status: 'left' })
      .where(and(eq(cohortMember.cohortId, cohortId), eq(cohortMember.userId, stopped)));
    const id = crypto.randomUUID();
    await tx.insert(cohortDeparture).values({
      id,
      programmeId,
      cohortId,
      userId: stopped,
      reason: 'work-or-study',
      noteSealed: sealText(
        'Har fået arbejde på fuld tid og har ikke overskud lige nu. Vil gerne spørges til næste hold.',
        fieldContext('cohort_departure', 'note_sealed', id),
      ),
      leftAt: third.endsAt,
      recordedBy: by,
    });
  }
  const end = Math.max(...sessions.map((s) => s.endsAt.getTime()));
  const issuedAt = new Date(Math.min(end + 7 * 86_400_000, now.getTime()));
  for (const userId of members)
    if (userId !== stopped) await insertIssue(tx, { programmeId, cohortId, now: issuedAt }, userId, by);
}
