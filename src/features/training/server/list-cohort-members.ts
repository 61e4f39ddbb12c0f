import { asc, ne } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { cohort, cohortMember } from './training.table.ts';

/** The cohorts of the programme of `tx` with the mentors who are or were on them (not the waiting list). */
export async function listCohortMembers(
  tx: Tx,
): Promise<{ cohorts: { id: string; name: string }[]; members: { cohortId: string; userId: string }[] }> {
  const cohorts = await tx
    .select({ id: cohort.id, name: cohort.name })
    .from(cohort)
    .orderBy(asc(cohort.startMonth), asc(cohort.name));
  const members = await tx
    .select({ cohortId: cohortMember.cohortId, userId: cohortMember.userId })
    .from(cohortMember)
    .where(ne(cohortMember.status, 'waiting'));
  return { cohorts, members };
}
