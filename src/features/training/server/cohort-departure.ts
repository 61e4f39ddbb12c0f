/**
 * A member leaving a cohort (issue #6 point 8): staff record it with a reason from a list and an
 * optional note (encrypted). The member's place then says `left`: they no longer count as on
 * track or at risk, nor for readiness; their record stays for the cohort's statistics.
 */
import { and, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, openText, sealText } from '../../../server/field-encryption.ts';
import type { DepartureRequest } from '../training.contract.ts';
import { authorize } from './training.policy.ts';
import { cohortDeparture, cohortMember } from './training.table.ts';
import { auditPeople } from './training-audit.ts';

const noteContext = (id: string) => fieldContext('cohort_departure', 'note_sealed', id);

/** Records that a member left the cohort; COHORT_MEMBER_NOT_FOUND unless they are a member. */
export async function recordDeparture(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  userId: string;
  request: DepartureRequest;
  requestId?: string;
  now?: Date;
}): Promise<{ left: true }> {
  const granting = authorize(deps.actor, 'cohort.manage', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const { programmeId, cohortId, userId, request } = deps;
  return deps.db.withProgramme(programmeId, async (tx) => {
    const left = await tx
      .update(cohortMember)
      .set({ status: 'left' })
      .where(
        and(
          eq(cohortMember.cohortId, cohortId),
          eq(cohortMember.userId, userId),
          eq(cohortMember.status, 'member'),
        ),
      )
      .returning({ userId: cohortMember.userId });
    if (left.length === 0) throw new AppError('COHORT_MEMBER_NOT_FOUND');
    const id = crypto.randomUUID();
    await tx.insert(cohortDeparture).values({
      id,
      programmeId,
      cohortId,
      userId,
      reason: request.reason,
      noteSealed: request.note ? sealText(request.note, noteContext(id)) : null,
      leftAt: deps.now ?? new Date(),
      recordedBy: actor.userId,
    });
    await auditPeople(tx, deps, {
      granting,
      action: 'update',
      purpose: 'POST /api/programmes/:programmeId/cohorts/:cohortId/members/:userId/departure',
      subjectIds: [userId],
    });
    return { left: true };
  });
}

/** The cohort's departures with their notes opened, for staff (the caller audits). */
export async function departuresOf(tx: Tx, cohortId: string) {
  const rows = await tx.select().from(cohortDeparture).where(eq(cohortDeparture.cohortId, cohortId));
  return rows.map((r) => ({
    userId: r.userId,
    reason: r.reason,
    note: r.noteSealed ? openText(r.noteSealed, noteContext(r.id)) : null,
    leftAt: r.leftAt,
  }));
}
