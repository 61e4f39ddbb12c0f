import { asc, desc, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import type { MyTraining } from '../training.contract.ts';
import { noticesAt } from './absence-notice.ts';
import { cohortSummaries, sessionView } from './cohort-view.ts';
import { ownIssueDates } from './course-certificate.ts';
import { settingsOf } from './manage-training-settings.ts';
import { attendanceAt, membersProgress } from './member-progress.ts';
import { authorize } from './training.policy.ts';
import { cohort, cohortMember, courseSession } from './training.table.ts';

/** The caller's cohorts in the programme, newest first: the plan, their own marks and progress only. */
export async function getMyTraining(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  now?: Date;
}): Promise<MyTraining> {
  authorize(deps.actor, 'own.read', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const places = await tx
      .select({ cohortId: cohortMember.cohortId, status: cohortMember.status })
      .from(cohortMember)
      .innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
      .where(eq(cohortMember.userId, userId))
      .orderBy(desc(cohort.startMonth));
    const { rules } = await settingsOf(tx);
    const issued = await ownIssueDates(tx, userId);
    const cohorts: MyTraining['cohorts'] = [];
    for (const place of places) {
      const [summary] = await cohortSummaries(tx, now, place.cohortId);
      const sessions = await tx
        .select()
        .from(courseSession)
        .where(eq(courseSession.cohortId, place.cohortId))
        .orderBy(asc(courseSession.startsAt), asc(courseSession.kind));
      const marks = (
        await attendanceAt(
          tx,
          sessions.map((s) => s.id),
        )
      ).filter((m) => m.userId === userId);
      const notices = (
        await noticesAt(
          tx,
          sessions.map((s) => s.id),
        )
      ).filter((n) => n.userId === userId);
      const member = place.status === 'member';
      const [progress] = member ? membersProgress(sessions, marks, [userId], rules, now) : [];
      cohorts.push({
        id: place.cohortId,
        name: summary!.name,
        status: summary!.status,
        place: place.status,
        sessions: sessions.map((s) => {
          const mark = marks.find((m) => m.sessionId === s.id);
          return {
            ...sessionView(s),
            mark: mark?.mark ?? null,
            madeUpOn: mark?.madeUpOn ?? null,
            noticeGiven: notices.some((n) => n.sessionId === s.id),
          };
        }),
        progress: progress
          ? {
              teaching: progress.teaching,
              supervision: progress.supervision,
              state: progress.state,
              ready: progress.ready,
            }
          : null,
        rules,
        certificate: progress?.state === 'complete' ? { issuedAt: issued.get(place.cohortId) ?? null } : null,
      });
    }
    return { cohorts };
  });
}
