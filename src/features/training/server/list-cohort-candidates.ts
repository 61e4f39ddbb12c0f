import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type { CohortCandidates } from '../training.contract.ts';
import { authorize } from './training.policy.ts';
import { cohort, cohortMember } from './training.table.ts';
import { auditPeople } from './training-audit.ts';

/**
 * Who a new cohort may get: the programme's staff and admins as leads, its mentors as members,
 * each mentor with the cohort they were last on (null: none yet). The read of each mentor is audited.
 */
export async function listCohortCandidates(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string;
}): Promise<CohortCandidates> {
  const granting = authorize(deps.actor, 'cohort.manage', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const staff = await findPeopleWithRole(tx, deps.programmeId, ['staff', 'admin']);
    const mentors = await findPeopleWithRole(tx, deps.programmeId, ['mentor']);
    const onCohorts = await tx
      .select({ userId: cohortMember.userId, name: cohort.name })
      .from(cohortMember)
      .innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
      .orderBy(desc(cohort.startMonth));
    const lastCohort = new Map<string, string>();
    for (const row of onCohorts) if (!lastCohort.has(row.userId)) lastCohort.set(row.userId, row.name);
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/cohort-candidates',
      subjectIds: mentors.map((m) => m.id),
    });
    const unique = <T extends { id: string }>(people: T[]) => [
      ...new Map(people.map((p) => [p.id, p])).values(),
    ];
    return {
      staff: unique(staff).map(({ id, name }) => ({ id, name })),
      mentors: mentors.map(({ id, name }) => ({ id, name, cohortName: lastCohort.get(id) ?? null })),
    };
  });
}
