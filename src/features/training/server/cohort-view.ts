import { asc, eq, inArray, max, min } from 'drizzle-orm';
import { ROLES } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type { CohortDetail, CohortStatus, CohortSummary, CourseSession } from '../training.contract.ts';
import { certificateIssues } from './course-certificate.ts';
import { settingsOf } from './manage-training-settings.ts';
import { attendanceAt, membersProgress } from './member-progress.ts';
import { cohort, cohortLead, cohortMember, courseSession } from './training.table.ts';

/** Planned until its first session starts, finished once its last one has ended. */
export function cohortStatus(first: Date | null, last: Date | null, now: Date): CohortStatus {
  if (!first || !last || now < first) return 'planned';
  return now > last ? 'finished' : 'running';
}

/** The programme's cohorts (or the given one), newest start first, with counts and dates. */
export async function cohortSummaries(tx: Tx, now: Date, cohortId?: string): Promise<CohortSummary[]> {
  const rows = await tx
    .select()
    .from(cohort)
    .where(cohortId ? eq(cohort.id, cohortId) : undefined)
    .orderBy(asc(cohort.startMonth), asc(cohort.name));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const spans = await tx
    .select({
      cohortId: courseSession.cohortId,
      first: min(courseSession.startsAt),
      last: max(courseSession.endsAt),
    })
    .from(courseSession)
    .where(inArray(courseSession.cohortId, ids))
    .groupBy(courseSession.cohortId);
  const people = await tx
    .select({ cohortId: cohortMember.cohortId, status: cohortMember.status })
    .from(cohortMember)
    .where(inArray(cohortMember.cohortId, ids));
  return rows.reverse().map((row) => {
    const span = spans.find((s) => s.cohortId === row.id);
    const first = span?.first ? new Date(span.first) : null;
    const last = span?.last ? new Date(span.last) : null;
    const count = (status: 'member' | 'waiting') =>
      people.filter((p) => p.cohortId === row.id && p.status === status).length;
    return {
      id: row.id,
      name: row.name,
      startMonth: row.startMonth,
      capacity: row.capacity,
      status: cohortStatus(first, last, now),
      members: count('member'),
      waiting: count('waiting'),
      firstSession: first?.toISOString() ?? null,
      lastSession: last?.toISOString() ?? null,
    };
  });
}

export function sessionView(row: typeof courseSession.$inferSelect): CourseSession {
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    topic: row.topic,
    teacher: row.teacher,
    materials: row.materials,
    links: row.links,
    movedForHoliday: row.movedForHoliday,
  };
}

/** A cohort with its leads, members, waiting list and plan (COHORT_NOT_FOUND). */
export async function cohortDetail(
  tx: Tx,
  programmeId: string,
  cohortId: string,
  now: Date,
): Promise<CohortDetail> {
  const [summary] = await cohortSummaries(tx, now, cohortId);
  if (!summary) throw new AppError('COHORT_NOT_FOUND');
  const leads = await tx
    .select({ userId: cohortLead.userId })
    .from(cohortLead)
    .where(eq(cohortLead.cohortId, cohortId));
  const members = await tx
    .select({ userId: cohortMember.userId, status: cohortMember.status })
    .from(cohortMember)
    .where(eq(cohortMember.cohortId, cohortId))
    .orderBy(asc(cohortMember.joinedAt), asc(cohortMember.userId));
  const names = new Map(
    (
      await findPeopleWithRole(tx, programmeId, ROLES, [
        ...leads.map((l) => l.userId),
        ...members.map((m) => m.userId),
      ])
    ).map((p) => [p.id, p.name]),
  );
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');
  const sessions = await tx
    .select()
    .from(courseSession)
    .where(eq(courseSession.cohortId, cohortId))
    .orderBy(asc(courseSession.startsAt), asc(courseSession.kind));
  const memberIds = members.filter((m) => m.status === 'member').map((m) => m.userId);
  const marks = (
    await attendanceAt(
      tx,
      sessions.map((x) => x.id),
    )
  ).filter((m) => memberIds.includes(m.userId));
  const { rules } = await settingsOf(tx);
  return {
    ...summary,
    attendance: marks,
    progress: membersProgress(sessions, marks, memberIds, rules, now),
    rules,
    certificates: (await certificateIssues(tx, programmeId, cohortId)).filter((c) =>
      memberIds.includes(c.userId),
    ),
    leads: leads.map((l) => ref(l.userId)).sort(byName),
    memberList: members
      .filter((m) => m.status === 'member')
      .map((m) => ref(m.userId))
      .sort(byName),
    waitingList: members.filter((m) => m.status === 'waiting').map((m) => ref(m.userId)),
    sessions: sessions.map(sessionView),
  };
}
