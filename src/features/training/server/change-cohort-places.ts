/**
 * Changing who is on a cohort after it was made: staff add a mentor (a member while there is
 * room, else at the end of the waiting list; someone who left comes back), give a waiting mentor
 * a free place, or take a place back that was given by mistake (only while no attendance is
 * registered for the person; someone who took part leaves instead, cohort-departure.ts).
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type { CohortDetail } from '../training.contract.ts';
import { cohortDetail } from './cohort-view.ts';
import { authorize } from './training.policy.ts';
import { attendance, cohort, cohortDeparture, cohortMember, courseSession } from './training.table.ts';
import { auditPeople } from './training-audit.ts';

interface PlaceDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  userId: string;
  requestId?: string;
  now?: Date;
}

const PURPOSE = '/api/programmes/:programmeId/cohorts/:cohortId/members';

async function room(tx: Tx, cohortId: string): Promise<boolean> {
  const [found] = await tx.select({ capacity: cohort.capacity }).from(cohort).where(eq(cohort.id, cohortId));
  if (!found) throw new AppError('COHORT_NOT_FOUND');
  const [members] = await tx
    .select({ n: count() })
    .from(cohortMember)
    .where(and(eq(cohortMember.cohortId, cohortId), eq(cohortMember.status, 'member')));
  return Number(members?.n ?? 0) < found.capacity;
}

async function placeOf(tx: Tx, cohortId: string, userId: string) {
  const [place] = await tx
    .select({ status: cohortMember.status })
    .from(cohortMember)
    .where(and(eq(cohortMember.cohortId, cohortId), eq(cohortMember.userId, userId)));
  return place?.status ?? null;
}

function change(deps: PlaceDeps, method: string, fn: (tx: Tx, now: Date) => Promise<void>) {
  const granting = authorize(deps.actor, 'cohort.manage', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx): Promise<CohortDetail> => {
    await fn(tx, now);
    await auditPeople(tx, deps, {
      granting,
      action: method === 'DELETE' ? 'delete' : 'update',
      purpose: `${method} ${PURPOSE}`,
      subjectIds: [deps.userId],
    });
    return cohortDetail(tx, deps.programmeId, deps.cohortId, now);
  });
}

/** Adds a mentor to the cohort (COHORT_MEMBER_NOT_MENTOR, COHORT_ALREADY_ON). */
export function addToCohort(deps: PlaceDeps): Promise<CohortDetail> {
  return change(deps, 'POST', async (tx, now) => {
    const mentors = await findPeopleWithRole(tx, deps.programmeId, ['mentor'], [deps.userId]);
    if (mentors.length === 0) throw new AppError('COHORT_MEMBER_NOT_MENTOR');
    const hasRoom = await room(tx, deps.cohortId);
    const status = hasRoom ? ('member' as const) : ('waiting' as const);
    const current = await placeOf(tx, deps.cohortId, deps.userId);
    if (current === 'member' || current === 'waiting') throw new AppError('COHORT_ALREADY_ON');
    if (current === 'left') {
      await tx
        .delete(cohortDeparture)
        .where(and(eq(cohortDeparture.cohortId, deps.cohortId), eq(cohortDeparture.userId, deps.userId)));
      await tx
        .update(cohortMember)
        .set({ status, joinedAt: now })
        .where(and(eq(cohortMember.cohortId, deps.cohortId), eq(cohortMember.userId, deps.userId)));
      return;
    }
    await tx.insert(cohortMember).values({
      programmeId: deps.programmeId,
      cohortId: deps.cohortId,
      userId: deps.userId,
      status,
      joinedAt: now,
    });
  });
}

/** Gives a mentor on the waiting list a free place (COHORT_FULL, COHORT_MEMBER_NOT_FOUND). */
export function giveCohortPlace(deps: PlaceDeps): Promise<CohortDetail> {
  return change(deps, 'PUT', async (tx) => {
    if ((await placeOf(tx, deps.cohortId, deps.userId)) !== 'waiting')
      throw new AppError('COHORT_MEMBER_NOT_FOUND');
    if (!(await room(tx, deps.cohortId))) throw new AppError('COHORT_FULL');
    await tx
      .update(cohortMember)
      .set({ status: 'member' })
      .where(and(eq(cohortMember.cohortId, deps.cohortId), eq(cohortMember.userId, deps.userId)));
  });
}

/** Takes a place or a waiting-list place back (COHORT_MEMBER_HAS_RECORD once attendance is registered). */
export function removeFromCohort(deps: PlaceDeps): Promise<CohortDetail> {
  return change(deps, 'DELETE', async (tx) => {
    const current = await placeOf(tx, deps.cohortId, deps.userId);
    if (current !== 'member' && current !== 'waiting') throw new AppError('COHORT_MEMBER_NOT_FOUND');
    const sessions = await tx
      .select({ id: courseSession.id })
      .from(courseSession)
      .where(eq(courseSession.cohortId, deps.cohortId));
    const ids = sessions.map((s) => s.id);
    const marks = ids.length
      ? await tx
          .select({ n: count() })
          .from(attendance)
          .where(and(eq(attendance.userId, deps.userId), inArray(attendance.sessionId, ids)))
      : [{ n: 0 }];
    if (Number(marks[0]?.n ?? 0) > 0) throw new AppError('COHORT_MEMBER_HAS_RECORD');
    await tx
      .delete(cohortMember)
      .where(and(eq(cohortMember.cohortId, deps.cohortId), eq(cohortMember.userId, deps.userId)));
  });
}
