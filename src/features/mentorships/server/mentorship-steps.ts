/**
 * Taking one step of the state machine on a stored mentorship: the row is locked, the step
 * checked by `applyEvent`, the row updated and the step recorded with who, when and why (the
 * free text encrypted) — all in the caller's transaction.
 */
import { eq } from 'drizzle-orm';
import { type Actor, type Role, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import {
  applyEvent,
  type Course,
  type MentorshipEvent,
  type Party,
  TransitionRefused,
} from '../mentorship-states.ts';
import { DEFAULT_MENTORSHIP_SETTINGS, type MentorshipSettings } from '../mentorships.contract.ts';
import { mentorship, mentorshipEvent, mentorshipSettings } from './mentorships.table.ts';

export type MentorshipRow = typeof mentorship.$inferSelect;

/** What a use-case on one mentorship is called with. */
export interface MentorshipDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  mentorshipId: string;
  requestId?: string | undefined;
  now?: Date;
}

/** The programme's mentorship rules in the caller's transaction (the defaults until saved). */
export async function settingsOf(tx: Tx): Promise<MentorshipSettings> {
  const [row] = await tx.select().from(mentorshipSettings);
  return row
    ? { months: row.months, extensionMonths: row.extensionMonths, pauseMovesEnd: row.pauseMovesEnd }
    : DEFAULT_MENTORSHIP_SETTINGS;
}

/** The mentorship, locked for the rest of the transaction, or MENTORSHIP_NOT_FOUND. */
export async function lockMentorship(tx: Tx, id: string): Promise<MentorshipRow> {
  const [row] = await tx.select().from(mentorship).where(eq(mentorship.id, id)).for('update');
  if (!row) throw new AppError('MENTORSHIP_NOT_FOUND');
  return row;
}

/**
 * Which side of the pair the caller is on, or staff when their roles grant it and they are not
 * one of the two; anyone else gets MENTORSHIP_NOT_FOUND.
 */
export function partyOf(actor: Actor, row: MentorshipRow, granting: Role[], staffMay = true): Party {
  const { userId } = requireUser(actor);
  if (row.peerId === userId) return 'peer';
  if (row.mentorId === userId) return 'mentor';
  if (staffMay && granting.some((r) => r === 'staff' || r === 'admin')) return 'staff';
  throw new AppError('MENTORSHIP_NOT_FOUND');
}

export const courseOf = (row: MentorshipRow): Course => ({
  state: row.state,
  rhythm: row.rhythm,
  startDate: row.startDate,
  plannedEnd: row.plannedEnd,
  extendedEnd: row.extendedEnd,
  pausedSince: row.pausedSince,
  resumeAgreed: row.resumeAgreed,
});

/** Applies the step and records it; refusals become translated problems. */
export async function takeStep(
  tx: Tx,
  row: MentorshipRow,
  step: {
    event: MentorshipEvent;
    by: Party;
    actorId: string | null;
    reason?: string | null;
    note?: string | null;
    now?: Date;
  },
): Promise<MentorshipRow> {
  const now = step.now ?? new Date();
  const settings = await settingsOf(tx);
  let next: Course;
  try {
    next = applyEvent(courseOf(row), step.event, step.by, copenhagenDate(now), settings);
  } catch (error) {
    if (error instanceof TransitionRefused) throw new AppError(error.code);
    throw error;
  }
  const [updated] = await tx
    .update(mentorship)
    .set({
      ...next,
      ...(step.event.type === 'end' ? { endReason: step.event.reason } : {}),
      updatedAt: now,
    })
    .where(eq(mentorship.id, row.id))
    .returning();
  const id = crypto.randomUUID();
  await tx.insert(mentorshipEvent).values({
    id,
    programmeId: row.programmeId,
    mentorshipId: row.id,
    type: step.event.type,
    fromState: row.state,
    toState: next.state,
    byParty: step.by,
    actorId: step.actorId,
    reason: step.reason ?? null,
    noteSealed: step.note ? sealText(step.note, fieldContext('mentorship_event', 'note_sealed', id)) : null,
    at: now,
  });
  return updated!;
}
