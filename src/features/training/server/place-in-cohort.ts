import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { cohort, cohortMember, courseSession } from './training.table.ts';

/**
 * Whether `cohortId` is a cohort of the transaction's programme that a new mentor can still be
 * offered: its last session is not over. COHORT_NOT_FOUND otherwise (screening checks it when
 * staff approve a mentor with an offer).
 */
export async function assertCohortOpen(tx: Tx, cohortId: string, now: Date): Promise<void> {
  const [found] = await tx.select({ id: cohort.id }).from(cohort).where(eq(cohort.id, cohortId));
  if (!found) throw new AppError('COHORT_NOT_FOUND');
  const sessions = await tx
    .select({ endsAt: courseSession.endsAt })
    .from(courseSession)
    .where(eq(courseSession.cohortId, cohortId));
  if (sessions.length > 0 && sessions.every((s) => s.endsAt <= now)) throw new AppError('COHORT_FINISHED');
}

/**
 * Gives a new mentor the place they were offered when approved: a member while the cohort has
 * room, else on its waiting list (at the end). Runs in the programme's transaction of the
 * invitation's acceptance; a cohort deleted meanwhile is skipped. Audited as the system's act.
 */
export async function placeInCohort(
  tx: Tx,
  place: { programmeId: string; cohortId: string; userId: string; now: Date },
): Promise<'member' | 'waiting' | null> {
  const [found] = await tx
    .select({ capacity: cohort.capacity })
    .from(cohort)
    .where(eq(cohort.id, place.cohortId));
  if (!found) return null;
  const [members] = await tx
    .select({ n: count() })
    .from(cohortMember)
    .where(and(eq(cohortMember.cohortId, place.cohortId), eq(cohortMember.status, 'member')));
  const status = Number(members?.n ?? 0) < found.capacity ? 'member' : 'waiting';
  const added = await tx
    .insert(cohortMember)
    .values({
      programmeId: place.programmeId,
      cohortId: place.cohortId,
      userId: place.userId,
      status,
      joinedAt: place.now,
    })
    .onConflictDoNothing()
    .returning({ status: cohortMember.status });
  if (added.length === 0) return null;
  await recordAudit(tx, {
    actorId: null,
    actorRole: 'system',
    action: 'create',
    subjectId: place.userId,
    programmeId: place.programmeId,
    purpose: 'POST /api/invitations/accept',
    requestId: null,
    details: { cohortId: place.cohortId, status },
  });
  return status;
}
