/**
 * Staff record that a mentor has had a relapse (issue #8 point 5, decision 049): every active
 * pair of theirs is paused at once — each through the state machine's pause step, so its history
 * says who, when and why (the code `mentor-relapse`, for staff only; the peer sees only "paused
 * for now"), nudges stop and the planned end moves when it resumes — their matching availability
 * is turned off through the hook composed in src/app/server.ts, and the event is counted for
 * evaluation without details. All in one transaction, audited for the mentor and every peer.
 */
import { and, count, countDistinct, eq, gte, lte } from 'drizzle-orm';
import { type Access, type Actor, assertAccess, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { takeStep } from './mentorship-steps.ts';
import { mentorRelapse, mentorship } from './mentorships.table.ts';
import { auditPeople } from './mentorships-audit.ts';

/** The reason recorded on each paused pair's step: a code, shown to staff only. */
export const MENTOR_RELAPSE_REASON = 'mentor-relapse';

/** Staff and admins of the programme (both need two-factor). */
export const mentorRelapseAccess: Access = { roles: ['staff', 'admin'] };

/** Takes the mentor out of matching in the caller's transaction (matching's, composed in src/app/server.ts). */
export type PauseMatching = (
  tx: Tx,
  person: { programmeId: string; userId: string; by: string; now?: Date },
) => Promise<boolean>;

export interface RecordMentorRelapseDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  mentorId: string;
  pauseMatching: PauseMatching;
  requestId?: string | undefined;
  now?: Date;
}

export const MENTOR_RELAPSE_PURPOSE = 'POST /api/programmes/:programmeId/mentors/:mentorId/relapse';

/** Pauses every active pair of the mentor and their matching; refuses a second record the same day. */
export async function recordMentorRelapse(deps: RecordMentorRelapseDeps) {
  const granting = assertAccess(deps.actor, mentorRelapseAccess, deps);
  const { userId } = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  const today = copenhagenDate(now);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [mentor] = await findPeopleWithRole(tx, deps.programmeId, ['mentor'], [deps.mentorId]);
    if (!mentor) throw new AppError('MENTOR_NOT_FOUND');
    const [already] = await tx
      .select({ id: mentorRelapse.id })
      .from(mentorRelapse)
      .where(and(eq(mentorRelapse.mentorId, mentor.id), eq(mentorRelapse.recordedOn, today)));
    if (already) throw new AppError('MENTOR_RELAPSE_ALREADY_RECORDED');
    const active = await tx
      .select()
      .from(mentorship)
      .where(and(eq(mentorship.mentorId, mentor.id), eq(mentorship.state, 'active')))
      .orderBy(mentorship.startDate)
      .for('update');
    const paused = [];
    for (const row of active) {
      paused.push(
        await takeStep(tx, row, {
          event: { type: 'pause' },
          by: 'staff',
          actorId: userId,
          reason: MENTOR_RELAPSE_REASON,
          now,
        }),
      );
    }
    const matchingPaused = await deps.pauseMatching(tx, {
      programmeId: deps.programmeId,
      userId: mentor.id,
      by: userId,
      now,
    });
    await tx.insert(mentorRelapse).values({
      programmeId: deps.programmeId,
      mentorId: mentor.id,
      recordedOn: today,
      recordedBy: userId,
      pausedPairs: paused.length,
      createdAt: now,
    });
    await auditPeople(tx, deps, {
      granting,
      action: 'update',
      purpose: MENTOR_RELAPSE_PURPOSE,
      subjectIds: [mentor.id, ...paused.map((p) => p.peerId)],
    });
    return { pausedMentorshipIds: paused.map((p) => p.id), matchingPaused, recordedOn: today };
  });
}

/**
 * For the evaluation, in the programme of `tx`: how many mentor relapses were recorded between
 * `from` and `to` (Copenhagen dates, both included) and how many mentors they were — no one named.
 */
export async function mentorRelapseCounts(
  tx: Tx,
  period: { from: string; to: string },
): Promise<{ events: number; mentors: number }> {
  const [row] = await tx
    .select({ events: count(), mentors: countDistinct(mentorRelapse.mentorId) })
    .from(mentorRelapse)
    .where(and(gte(mentorRelapse.recordedOn, period.from), lte(mentorRelapse.recordedOn, period.to)));
  return { events: row?.events ?? 0, mentors: row?.mentors ?? 0 };
}
