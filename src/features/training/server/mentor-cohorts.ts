import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { cohort, cohortMember } from './training.table.ts';

/**
 * The latest cohort (hold) each mentor of the caller's programme is a member of, by user id, in
 * the caller's programme transaction: for the mentorships feature's filter and figures per
 * cohort, which authorise and audit their own requests. One query, whatever the number of mentors.
 */
export async function mentorCohorts(tx: Tx): Promise<Map<string, { id: string; name: string }>> {
  const places = await tx
    .select({ userId: cohortMember.userId, id: cohort.id, name: cohort.name })
    .from(cohortMember)
    .innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
    .where(eq(cohortMember.status, 'member'))
    .orderBy(asc(cohort.startMonth), asc(cohort.name));
  return new Map(places.map((p) => [p.userId, { id: p.id, name: p.name }]));
}
