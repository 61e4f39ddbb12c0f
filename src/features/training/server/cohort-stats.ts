/**
 * A cohort in numbers for staff (issue #6 point 8): attendance per session and per person,
 * completion, drop-outs with their reasons, and where the completed mentors are. Someone who
 * left counts at the sessions held while they were a member. A completed mentor is matched when
 * one of their pairs is running, paused when their only pairs under way are paused, and waiting
 * when ready and neither (the mentorships feature tells which).
 */
import { asc, eq } from 'drizzle-orm';
import { type Actor, ROLES } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { mentorPairings } from '../../mentorships/server/index.ts';
import { hasAttended } from '../completion.ts';
import type { CohortStats } from '../training.contract.ts';
import { departuresOf } from './cohort-departure.ts';
import { settingsOf } from './manage-training-settings.ts';
import { attendanceAt, membersProgress } from './member-progress.ts';
import { authorize } from './training.policy.ts';
import { cohort, cohortMember, courseSession } from './training.table.ts';
import { auditPeople } from './training-audit.ts';

export async function getCohortStats(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  requestId?: string;
  now?: Date;
}): Promise<CohortStats> {
  const granting = authorize(deps.actor, 'cohort.read', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [found] = await tx.select({ id: cohort.id }).from(cohort).where(eq(cohort.id, deps.cohortId));
    if (!found) throw new AppError('COHORT_NOT_FOUND');
    const places = await tx
      .select({ userId: cohortMember.userId, status: cohortMember.status })
      .from(cohortMember)
      .where(eq(cohortMember.cohortId, deps.cohortId));
    const sessions = await tx
      .select()
      .from(courseSession)
      .where(eq(courseSession.cohortId, deps.cohortId))
      .orderBy(asc(courseSession.startsAt), asc(courseSession.kind));
    const marks = await attendanceAt(
      tx,
      sessions.map((s) => s.id),
    );
    const departures = await departuresOf(tx, deps.cohortId);
    const leftAt = new Map(departures.map((d) => [d.userId, d.leftAt]));
    const counted = places.filter((p) => p.status !== 'waiting').map((p) => p.userId);
    const names = new Map(
      (await findPeopleWithRole(tx, deps.programmeId, ROLES, counted)).map((p) => [p.id, p.name]),
    );
    const memberAt = (userId: string, endsAt: Date) => {
      const left = leftAt.get(userId);
      return !left || endsAt <= left;
    };
    const attendedAt = (userId: string, sessionId: string) => {
      const mark = marks.find((m) => m.sessionId === sessionId && m.userId === userId);
      return mark ? hasAttended({ mark: mark.mark, madeUp: Boolean(mark.madeUpOn) }) : false;
    };
    const members = places.filter((p) => p.status === 'member').map((p) => p.userId);
    const { rules } = await settingsOf(tx);
    const progress = membersProgress(sessions, marks, members, rules, now);
    const completed = progress.filter((p) => p.state === 'complete');
    const pairings = await mentorPairings(
      tx,
      completed.map((p) => p.userId),
    );
    const held = sessions.filter((s) => s.endsAt <= now);
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/cohorts/:cohortId/stats',
      subjectIds: counted,
    });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');
    return {
      sessions: sessions.map((s) => {
        const over = s.endsAt <= now;
        const expected = counted.filter((u) => memberAt(u, s.endsAt));
        return {
          id: s.id,
          kind: s.kind,
          number: s.number,
          startsAt: s.startsAt.toISOString(),
          expected: over ? expected.length : null,
          attended: over ? expected.filter((u) => attendedAt(u, s.id)).length : null,
        };
      }),
      people: counted
        .map((userId) => {
          const theirs = held.filter((s) => memberAt(userId, s.endsAt));
          return {
            id: userId,
            name: names.get(userId) ?? '',
            held: theirs.length,
            attended: theirs.filter((s) => attendedAt(userId, s.id)).length,
            state: progress.find((p) => p.userId === userId)?.state ?? ('left' as const),
          };
        })
        .sort(byName),
      completion: {
        members: members.length,
        complete: progress.filter((p) => p.state === 'complete').length,
        ready: progress.filter((p) => p.ready).length,
      },
      departures: departures
        .map((d) => ({
          id: d.userId,
          name: names.get(d.userId) ?? '',
          reason: d.reason,
          note: d.note,
          leftAt: d.leftAt.toISOString(),
        }))
        .sort(byName),
      afterCourse: {
        waiting: completed.filter((p) => p.ready && !pairings.has(p.userId)).length,
        matched: completed.filter((p) => pairings.get(p.userId) === 'matched').length,
        paused: completed.filter((p) => pairings.get(p.userId) === 'paused').length,
      },
    };
  });
}
