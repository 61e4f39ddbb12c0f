/**
 * Course certificates (issue #6 point 6, decision 034): a member who completed the course gets
 * one. What it says is fixed when it is issued; staff can issue it again (a new issue, e.g.
 * after a topic was corrected) and the download always gives the latest issue. The mentor's own
 * first download issues it when staff have not. Staff downloads are audited.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import { type Actor, ROLES, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { hasAttended, progressState } from '../completion.ts';
import type { CertificateContent, CertificateIssue } from '../training.contract.ts';
import { settingsOf } from './manage-training-settings.ts';
import { attendanceAt, memberSessions } from './member-progress.ts';
import { renderCertificate } from './render-certificate.ts';
import { authorize } from './training.policy.ts';
import { cohort, cohortMember, courseCertificate, courseSession } from './training.table.ts';
import { auditPeople } from './training-audit.ts';

interface MemberDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  requestId?: string | undefined;
  now?: Date;
}

const STAFF_PURPOSE = '/api/programmes/:programmeId/cohorts/:cohortId/members/:userId/certificate';
const OWN_PURPOSE = 'GET /api/programmes/:programmeId/my-training/cohorts/:cohortId/certificate';

/** What the certificate of a member who completed says now (CERTIFICATE_NOT_EARNED otherwise). */
async function currentContent(
  tx: Tx,
  programmeId: string,
  cohortId: string,
  userId: string,
  now: Date,
): Promise<CertificateContent> {
  const [place] = await tx
    .select({ status: cohortMember.status, cohortName: cohort.name })
    .from(cohortMember)
    .innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
    .where(and(eq(cohortMember.cohortId, cohortId), eq(cohortMember.userId, userId)));
  if (!place) throw new AppError('COHORT_MEMBER_NOT_FOUND');
  const sessions = await tx
    .select()
    .from(courseSession)
    .where(eq(courseSession.cohortId, cohortId))
    .orderBy(asc(courseSession.startsAt), asc(courseSession.kind));
  const marks = (
    await attendanceAt(
      tx,
      sessions.map((s) => s.id),
    )
  ).filter((m) => m.userId === userId);
  const own = memberSessions(sessions, marks, userId);
  const { rules } = await settingsOf(tx);
  if (place.status !== 'member' || progressState(own, rules, now) !== 'complete')
    throw new AppError('CERTIFICATE_NOT_EARNED');
  const [person] = await findPeopleWithRole(tx, programmeId, ROLES, [userId]);
  const [found] = await tx
    .select({ name: programme.name })
    .from(programme)
    .where(eq(programme.id, programmeId));
  return {
    programmeName: found?.name ?? '',
    cohortName: place.cohortName,
    personName: person?.name ?? '',
    sessions: sessions
      .filter((_, i) => hasAttended(own[i]!))
      .map((s) => ({
        kind: s.kind,
        number: s.number,
        date: copenhagenDate(s.startsAt),
        topic: s.topic,
        hours: Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 36_000) / 100,
      })),
  };
}

async function latestIssue(tx: Tx, cohortId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(courseCertificate)
    .where(and(eq(courseCertificate.cohortId, cohortId), eq(courseCertificate.userId, userId)))
    .orderBy(desc(courseCertificate.issuedAt))
    .limit(1);
  return row;
}

/** Issues a certificate in the caller's transaction (the use-cases and the demo seed). */
export async function insertIssue(
  tx: Tx,
  deps: { programmeId: string; cohortId: string; now?: Date | undefined },
  userId: string,
  issuedBy: string | null,
): Promise<typeof courseCertificate.$inferSelect> {
  const now = deps.now ?? new Date();
  const content = await currentContent(tx, deps.programmeId, deps.cohortId, userId, now);
  const [row] = await tx
    .insert(courseCertificate)
    .values({
      programmeId: deps.programmeId,
      cohortId: deps.cohortId,
      userId,
      content,
      issuedAt: now,
      issuedBy,
    })
    .returning();
  return row!;
}

/** The latest issue of each member's certificate on the cohort, with who issued it. */
export async function certificateIssues(
  tx: Tx,
  programmeId: string,
  cohortId: string,
): Promise<CertificateIssue[]> {
  const rows = await tx
    .select()
    .from(courseCertificate)
    .where(eq(courseCertificate.cohortId, cohortId))
    .orderBy(desc(courseCertificate.issuedAt));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.userId)) latest.set(row.userId, row);
  const issuers = new Map(
    (
      await findPeopleWithRole(
        tx,
        programmeId,
        ['staff', 'admin'],
        [...latest.values()].flatMap((r) => (r.issuedBy ? [r.issuedBy] : [])),
      )
    ).map((p) => [p.id, p.name]),
  );
  return [...latest.values()].map((r) => ({
    userId: r.userId,
    issuedAt: r.issuedAt.toISOString(),
    issuedBy: r.issuedBy ? { id: r.issuedBy, name: issuers.get(r.issuedBy) ?? '' } : null,
  }));
}

/** Staff issue (or reissue) a member's certificate from what the course plan and record say now. */
export async function issueCertificate(deps: MemberDeps & { userId: string }): Promise<CertificateIssue> {
  const granting = authorize(deps.actor, 'certificate.issue', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await insertIssue(tx, deps, deps.userId, actor.userId);
    await auditPeople(tx, deps, {
      granting,
      action: 'create',
      purpose: `POST ${STAFF_PURPOSE}`,
      subjectIds: [deps.userId],
    });
    const [issue] = (await certificateIssues(tx, deps.programmeId, deps.cohortId)).filter(
      (i) => i.userId === deps.userId,
    );
    return issue ?? { userId: deps.userId, issuedAt: row.issuedAt.toISOString(), issuedBy: null };
  });
}

/** Staff download a member's latest certificate (CERTIFICATE_NOT_ISSUED before one is); audited. */
export async function downloadCertificate(deps: MemberDeps & { userId: string }): Promise<Buffer> {
  const granting = authorize(deps.actor, 'cohort.read', { programmeId: deps.programmeId });
  const row = await deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [found] = await tx.select({ id: cohort.id }).from(cohort).where(eq(cohort.id, deps.cohortId));
    if (!found) throw new AppError('COHORT_NOT_FOUND');
    const latest = await latestIssue(tx, deps.cohortId, deps.userId);
    if (!latest) throw new AppError('CERTIFICATE_NOT_ISSUED');
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: `GET ${STAFF_PURPOSE}`,
      subjectIds: [deps.userId],
    });
    return latest;
  });
  return renderCertificate(row.content, row.issuedAt);
}

/**
 * A mentor downloads their own certificate of a cohort they completed: the latest issue, or a
 * first issue made now (CERTIFICATE_NOT_EARNED when the course is not complete).
 */
export async function downloadOwnCertificate(deps: MemberDeps): Promise<Buffer> {
  const granting = authorize(deps.actor, 'own.read', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const row = await deps.db.withProgramme(deps.programmeId, async (tx) => {
    // Checked on every download: a member whose record changed since no longer gets one.
    await currentContent(tx, deps.programmeId, deps.cohortId, userId, deps.now ?? new Date());
    const latest = await latestIssue(tx, deps.cohortId, userId);
    if (latest) return latest;
    const issued = await insertIssue(tx, deps, userId, null);
    await auditPeople(tx, deps, { granting, action: 'create', purpose: OWN_PURPOSE, subjectIds: [userId] });
    return issued;
  });
  return renderCertificate(row.content, row.issuedAt);
}

/** When the caller's certificate of each cohort was last issued. */
export async function ownIssueDates(tx: Tx, userId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ cohortId: courseCertificate.cohortId, issuedAt: courseCertificate.issuedAt })
    .from(courseCertificate)
    .where(eq(courseCertificate.userId, userId))
    .orderBy(asc(courseCertificate.issuedAt));
  return new Map(rows.map((r) => [r.cohortId, r.issuedAt.toISOString()]));
}
