/**
 * Notices of absence (decision 037): a member tells staff ahead of a session that they cannot
 * come, and why. The reason is encrypted at rest; the notice reads as the mark "absent with
 * notice" until staff register something else (see `attendanceAt`); the member can withdraw it
 * until the session begins. Staff read the reasons per session, audited per person.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, openText, sealText } from '../../../server/field-encryption.ts';
import type { AbsenceNotice } from '../training.contract.ts';
import { authorize } from './training.policy.ts';
import { absenceNotice, cohortMember, courseSession } from './training.table.ts';
import { auditPeople } from './training-audit.ts';

const OWN_PURPOSE = '/api/programmes/:programmeId/my-training/cohorts/:cohortId/sessions/:sessionId/absence';

interface OwnDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  sessionId: string;
  requestId?: string | undefined;
  now?: Date;
}

/** The session, when the caller is a member of its cohort and it has not begun. */
async function upcomingOwnSession(tx: Tx, deps: OwnDeps, userId: string) {
  const [session] = await tx
    .select({ startsAt: courseSession.startsAt })
    .from(courseSession)
    .where(and(eq(courseSession.id, deps.sessionId), eq(courseSession.cohortId, deps.cohortId)));
  if (!session) throw new AppError('SESSION_NOT_FOUND');
  const [member] = await tx
    .select({ status: cohortMember.status })
    .from(cohortMember)
    .where(and(eq(cohortMember.cohortId, deps.cohortId), eq(cohortMember.userId, userId)));
  if (member?.status !== 'member') throw new AppError('COHORT_MEMBER_NOT_FOUND');
  if (session.startsAt.getTime() <= (deps.now ?? new Date()).getTime())
    throw new AppError('ABSENCE_NOTICE_TOO_LATE');
}

const openReason = (row: { id: string; reasonSealed: string }) =>
  openText(row.reasonSealed, fieldContext('absence_notice', 'reason_sealed', row.id));

/** Sends (or changes the reason of) the caller's notice of absence from an upcoming session. */
export async function giveAbsenceNotice(deps: OwnDeps & { reason: string }): Promise<AbsenceNotice> {
  const granting = authorize(deps.actor, 'own.absence', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    await upcomingOwnSession(tx, deps, userId);
    const [existing] = await tx
      .select({ id: absenceNotice.id })
      .from(absenceNotice)
      .where(and(eq(absenceNotice.sessionId, deps.sessionId), eq(absenceNotice.userId, userId)));
    const id = existing?.id ?? crypto.randomUUID();
    const reasonSealed = sealText(deps.reason, fieldContext('absence_notice', 'reason_sealed', id));
    const now = deps.now ?? new Date();
    const [row] = await tx
      .insert(absenceNotice)
      .values({ id, programmeId: deps.programmeId, sessionId: deps.sessionId, userId, reasonSealed })
      .onConflictDoUpdate({
        target: [absenceNotice.sessionId, absenceNotice.userId],
        set: { reasonSealed, createdAt: now },
      })
      .returning();
    await auditPeople(tx, deps, {
      granting,
      action: existing ? 'update' : 'create',
      purpose: `POST ${OWN_PURPOSE}`,
      subjectIds: [userId],
    });
    return {
      sessionId: deps.sessionId,
      userId,
      reason: deps.reason,
      createdAt: row!.createdAt.toISOString(),
    };
  });
}

/** Withdraws the caller's notice before the session begins. */
export async function withdrawAbsenceNotice(deps: OwnDeps): Promise<{ withdrawn: true }> {
  const granting = authorize(deps.actor, 'own.absence', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    await upcomingOwnSession(tx, deps, userId);
    const gone = await tx
      .delete(absenceNotice)
      .where(and(eq(absenceNotice.sessionId, deps.sessionId), eq(absenceNotice.userId, userId)))
      .returning({ id: absenceNotice.id });
    if (!gone.length) throw new AppError('ABSENCE_NOTICE_NOT_FOUND');
    await auditPeople(tx, deps, {
      granting,
      action: 'delete',
      purpose: `DELETE ${OWN_PURPOSE}`,
      subjectIds: [userId],
    });
    return { withdrawn: true };
  });
}

/** The notices at a session with their reasons, for staff; one audit record per person. */
export async function listAbsenceNotices(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  sessionId: string;
  requestId?: string | undefined;
}): Promise<{ notices: AbsenceNotice[] }> {
  const granting = authorize(deps.actor, 'cohort.read', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [session] = await tx
      .select({ id: courseSession.id })
      .from(courseSession)
      .where(and(eq(courseSession.id, deps.sessionId), eq(courseSession.cohortId, deps.cohortId)));
    if (!session) throw new AppError('SESSION_NOT_FOUND');
    const rows = await tx.select().from(absenceNotice).where(eq(absenceNotice.sessionId, deps.sessionId));
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/cohorts/:cohortId/sessions/:sessionId/absence-notices',
      subjectIds: rows.map((r) => r.userId),
    });
    return {
      notices: rows.map((r) => ({
        sessionId: r.sessionId,
        userId: r.userId,
        reason: openReason(r),
        createdAt: r.createdAt.toISOString(),
      })),
    };
  });
}

/** Who gave notice at these sessions (no reasons): they read as "absent with notice". */
export async function noticesAt(tx: Tx, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select({ sessionId: absenceNotice.sessionId, userId: absenceNotice.userId })
    .from(absenceNotice)
    .where(inArray(absenceNotice.sessionId, sessionIds));
}
