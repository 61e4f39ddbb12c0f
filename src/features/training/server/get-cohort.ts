import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import type { CohortDetail, CohortSummary } from '../training.contract.ts';
import { cohortDetail, cohortSummaries } from './cohort-view.ts';
import { authorize } from './training.policy.ts';
import { auditPeople } from './training-audit.ts';

/** The programme's cohorts, newest first: counts only, no names. */
export async function listCohorts(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  now?: Date;
}): Promise<{ cohorts: CohortSummary[] }> {
  authorize(deps.actor, 'cohort.list', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => ({
    cohorts: await cohortSummaries(tx, deps.now ?? new Date()),
  }));
}

/** A cohort with its people and plan; the read of each member's and waiting mentor's name is audited. */
export async function getCohort(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  requestId?: string;
  now?: Date;
}): Promise<CohortDetail> {
  const granting = authorize(deps.actor, 'cohort.read', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const detail = await cohortDetail(tx, deps.programmeId, deps.cohortId, deps.now ?? new Date());
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/cohorts/:cohortId',
      subjectIds: [...detail.memberList, ...detail.waitingList].map((p) => p.id),
    });
    return detail;
  });
}
