import { and, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import type { Attendance, RecordAttendanceRequest } from '../training.contract.ts';
import { authorize } from './training.policy.ts';
import { attendance, cohortMember, courseSession } from './training.table.ts';
import { auditPeople } from './training-audit.ts';

/**
 * Registers a member at a session (one tap in the room: present, late, absent with or without
 * notice) or the day they made it up. Only members of the session's cohort; a session that has
 * not started yet takes no mark (ATTENDANCE_TOO_EARLY), a make-up not before the session's day.
 */
export async function recordAttendance(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  sessionId: string;
  userId: string;
  request: RecordAttendanceRequest;
  requestId?: string;
  now?: Date;
}): Promise<Attendance> {
  const granting = authorize(deps.actor, 'attendance.record', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  const { programmeId, sessionId, userId, request } = deps;
  return deps.db.withProgramme(programmeId, async (tx) => {
    const [session] = await tx
      .select({ startsAt: courseSession.startsAt })
      .from(courseSession)
      .where(and(eq(courseSession.id, sessionId), eq(courseSession.cohortId, deps.cohortId)));
    if (!session) throw new AppError('SESSION_NOT_FOUND');
    const [member] = await tx
      .select({ status: cohortMember.status })
      .from(cohortMember)
      .where(and(eq(cohortMember.cohortId, deps.cohortId), eq(cohortMember.userId, userId)));
    if (member?.status !== 'member') throw new AppError('COHORT_MEMBER_NOT_FOUND');
    // Staff open the register as the session begins: a few minutes early is fine.
    if (request.mark && session.startsAt.getTime() - now.getTime() > 60 * 60_000)
      throw new AppError('ATTENDANCE_TOO_EARLY');
    if (
      request.madeUpOn &&
      (request.madeUpOn < copenhagenDate(session.startsAt) || request.madeUpOn > copenhagenDate(now))
    )
      throw new AppError('MAKE_UP_DATE_INVALID');
    const set = {
      ...(request.mark !== undefined ? { mark: request.mark } : {}),
      ...(request.madeUpOn !== undefined ? { madeUpOn: request.madeUpOn } : {}),
      recordedBy: actor.userId,
      recordedAt: now,
    };
    const [row] = await tx
      .insert(attendance)
      .values({ programmeId, sessionId, userId, ...set })
      .onConflictDoUpdate({ target: [attendance.sessionId, attendance.userId], set })
      .returning();
    await auditPeople(tx, deps, {
      granting,
      action: 'update',
      purpose: 'PUT /api/programmes/:programmeId/cohorts/:cohortId/sessions/:sessionId/attendance/:userId',
      subjectIds: [userId],
    });
    return { sessionId, userId, mark: row!.mark, madeUpOn: row!.madeUpOn };
  });
}
