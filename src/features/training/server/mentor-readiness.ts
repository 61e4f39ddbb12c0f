import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import type { ProgressState } from '../training.contract.ts';
import { settingsOf } from './manage-training-settings.ts';
import { attendanceAt, membersProgress } from './member-progress.ts';
import { cohort, cohortMember, courseSession } from './training.table.ts';

export interface MentorReadiness {
  /** May be matched: the readiness rule is met on their latest cohort. */
  ready: boolean;
  /** Where they stand on that cohort (null: on no cohort as a member). */
  state: ProgressState | null;
  cohortId: string | null;
}

/**
 * Whether each mentor may be matched, by the programme's readiness rule on the latest cohort
 * they are a member of, in the caller's programme transaction. For the matching feature, which
 * authorises and audits its own request. Mentors on no cohort are not ready.
 */
export async function mentorReadiness(
  tx: Tx,
  userIds: readonly string[],
  now = new Date(),
): Promise<Map<string, MentorReadiness>> {
  const result = new Map<string, MentorReadiness>(
    userIds.map((id) => [id, { ready: false, state: null, cohortId: null }]),
  );
  if (userIds.length === 0) return result;
  const places = await tx
    .select({ userId: cohortMember.userId, cohortId: cohortMember.cohortId })
    .from(cohortMember)
    .innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
    // Only places as members count: a mentor waiting for a cohort has not started it.
    .where(and(inArray(cohortMember.userId, [...userIds]), eq(cohortMember.status, 'member')))
    .orderBy(asc(cohort.startMonth));
  const latest = new Map<string, string>();
  for (const p of places) latest.set(p.userId, p.cohortId);
  const { rules } = await settingsOf(tx);
  for (const cohortId of new Set(latest.values())) {
    const userIdsHere = [...latest].filter(([, id]) => id === cohortId).map(([userId]) => userId);
    const sessions = await tx
      .select({ id: courseSession.id, kind: courseSession.kind, endsAt: courseSession.endsAt })
      .from(courseSession)
      .where(eq(courseSession.cohortId, cohortId));
    const marks = await attendanceAt(
      tx,
      sessions.map((s) => s.id),
    );
    for (const p of membersProgress(sessions, marks, userIdsHere, rules, now))
      result.set(p.userId, { ready: p.ready, state: p.state, cohortId });
  }
  return result;
}
