/**
 * Staff's tasks and notes of a pair (issue #8 point 8, decision 044). Steps open tasks in their
 * own transaction (a pause: follow up; an early end: offer a rematch; a planned end: the closure
 * conversation); the daily `mentorships.staff-tasks` opens those of pairs that reached their end
 * date or slipped 2 × their interval (`slipOf`). Each task has a key, so it is opened once however
 * often it is asked for. Staff add their own tasks and notes (encrypted) and mark tasks done.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, openText, sealText } from '../../../server/field-encryption.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { programme } from '../../programmes/server/index.ts';
import type { TASK_KIND_NAMES } from '../mentorships.contract.ts';
import { slipOf } from '../rhythm.ts';
import { lockMentorship, type MentorshipDeps } from './mentorship-steps.ts';
import { authorize } from './mentorships.policy.ts';
import { mentorshipNote, mentorshipTask } from './mentorships.table.ts';
import { auditPeople } from './mentorships-audit.ts';
import { overviewFacts } from './overview-facts.ts';

export type TaskKind = (typeof TASK_KIND_NAMES)[number];

/** Opens the task unless one with this key is there already; true when it was opened now. */
export async function openTask(
  tx: Tx,
  task: { programmeId: string; mentorshipId: string; kind: TaskKind; key: string; dueOn?: string | null },
): Promise<boolean> {
  const opened = await tx
    .insert(mentorshipTask)
    .values({ ...task, dueOn: task.dueOn ?? null })
    .onConflictDoNothing({ target: [mentorshipTask.mentorshipId, mentorshipTask.key] })
    .returning({ id: mentorshipTask.id });
  return opened.length > 0;
}

/** The tasks of a pair, oldest first, with the text of staff's own. */
export async function tasksOf(tx: Tx, mentorshipId: string) {
  const rows = await tx
    .select()
    .from(mentorshipTask)
    .where(eq(mentorshipTask.mentorshipId, mentorshipId))
    .orderBy(asc(mentorshipTask.createdAt));
  return rows.map((t) => ({
    ...t,
    text: t.textSealed ? openText(t.textSealed, fieldContext('mentorship_task', 'text_sealed', t.id)) : null,
  }));
}

/** The notes of a pair, oldest first, opened. */
export async function notesOf(tx: Tx, mentorshipId: string) {
  const rows = await tx
    .select()
    .from(mentorshipNote)
    .where(eq(mentorshipNote.mentorshipId, mentorshipId))
    .orderBy(asc(mentorshipNote.at));
  return rows.map((n) => ({
    ...n,
    text: openText(n.textSealed, fieldContext('mentorship_note', 'text_sealed', n.id)),
  }));
}

/** Staff add a task of their own to a pair. */
export async function addOwnTask(deps: MentorshipDeps & { text: string; dueOn: string | null }) {
  const granting = authorize(deps.actor, 'manage', deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await lockMentorship(tx, deps.mentorshipId);
    const id = crypto.randomUUID();
    await tx.insert(mentorshipTask).values({
      id,
      programmeId: deps.programmeId,
      mentorshipId: row.id,
      kind: 'own',
      key: `own:${id}`,
      textSealed: sealText(deps.text, fieldContext('mentorship_task', 'text_sealed', id)),
      dueOn: deps.dueOn,
      createdBy: userId,
      createdAt: deps.now ?? new Date(),
    });
    await auditPeople(tx, deps, {
      granting,
      action: 'create',
      purpose: 'POST /api/programmes/:programmeId/mentorships/:mentorshipId/tasks',
      subjectIds: [row.peerId, row.mentorId],
    });
    return { id };
  });
}

/** Staff mark a task done (who and when are kept); done once. */
export async function completeTask(deps: MentorshipDeps & { taskId: string }) {
  const granting = authorize(deps.actor, 'manage', deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await lockMentorship(tx, deps.mentorshipId);
    const [done] = await tx
      .update(mentorshipTask)
      .set({ doneAt: deps.now ?? new Date(), doneBy: userId })
      .where(
        and(
          eq(mentorshipTask.id, deps.taskId),
          eq(mentorshipTask.mentorshipId, row.id),
          isNull(mentorshipTask.doneAt),
        ),
      )
      .returning({ id: mentorshipTask.id });
    if (!done) throw new AppError('MENTORSHIP_TASK_NOT_OPEN');
    await auditPeople(tx, deps, {
      granting,
      action: 'update',
      purpose: 'POST /api/programmes/:programmeId/mentorships/:mentorshipId/tasks/:taskId/done',
      subjectIds: [row.peerId, row.mentorId],
    });
    return { id: done.id };
  });
}

/** Staff write a note about a pair: encrypted, never shown to the pair. */
export async function addStaffNote(deps: MentorshipDeps & { text: string }) {
  const granting = authorize(deps.actor, 'manage', deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await lockMentorship(tx, deps.mentorshipId);
    const id = crypto.randomUUID();
    await tx.insert(mentorshipNote).values({
      id,
      programmeId: deps.programmeId,
      mentorshipId: row.id,
      authorId: userId,
      textSealed: sealText(deps.text, fieldContext('mentorship_note', 'text_sealed', id)),
      at: deps.now ?? new Date(),
    });
    await auditPeople(tx, deps, {
      granting,
      action: 'create',
      purpose: 'POST /api/programmes/:programmeId/mentorships/:mentorshipId/notes',
      subjectIds: [row.peerId, row.mentorId],
    });
    return { id };
  });
}

/**
 * The daily sweep: in every programme, a closure conversation for each running pair whose end
 * date has come (staff then end it as planned), and a follow-up for each active pair whose rhythm
 * slipped 2 × its interval, keyed by the day counted from (a new meeting starts a new slip).
 * Returns how many tasks were opened now.
 */
export async function openDueTasks(db: Database, options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const today = copenhagenDate(now);
  const programmes = await db.db.select({ id: programme.id }).from(programme);
  let opened = 0;
  for (const { id: programmeId } of programmes) {
    opened += await db.withProgramme(programmeId, async (tx) => {
      let count = 0;
      for (const row of await overviewFacts(tx, today, now)) {
        const endDate = row.extendedEnd ?? row.plannedEnd;
        if ((row.state === 'active' || row.state === 'paused') && endDate <= today)
          if (
            await openTask(tx, {
              programmeId,
              mentorshipId: row.id,
              kind: 'closure',
              key: 'closure',
              dueOn: endDate,
            })
          )
            count++;
        const slip = slipOf({
          ...row,
          metOn: row.lastMetOn ? [row.lastMetOn] : [],
          pauses: row.resumedOn ? [{ from: row.resumedOn, to: row.resumedOn }] : [],
          today,
        });
        if (slip?.slip === 'staff')
          if (
            await openTask(tx, {
              programmeId,
              mentorshipId: row.id,
              kind: 'rhythm-slipped',
              key: `slip:${slip.since}`,
            })
          )
            count++;
      }
      return count;
    });
  }
  return opened;
}

/** The tasks a step opens, in the step's transaction. */
export async function openTasksOfStep(
  tx: Tx,
  row: { id: string; programmeId: string; pausedSince: string | null },
  step: { type: 'pause' } | { type: 'end'; reason: string },
  today: string,
) {
  if (step.type === 'pause')
    await openTask(tx, {
      programmeId: row.programmeId,
      mentorshipId: row.id,
      kind: 'follow-up-pause',
      key: `pause:${row.pausedSince ?? today}`,
      dueOn: today,
    });
  else if (step.reason === 'planned')
    await openTask(tx, {
      programmeId: row.programmeId,
      mentorshipId: row.id,
      kind: 'closure',
      key: 'closure',
      dueOn: today,
    });
  else
    await openTask(tx, {
      programmeId: row.programmeId,
      mentorshipId: row.id,
      kind: 'offer-rematch',
      key: 'rematch',
      dueOn: today,
    });
}
