import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { generateCoursePlan } from '../course-plan.ts';
import type { CohortDetail, CreateCohortRequest } from '../training.contract.ts';
import { cohortDetail } from './cohort-view.ts';
import { danishPublicHoliday } from './danish-holidays.ts';
import { settingsOf } from './manage-training-settings.ts';
import { authorize } from './training.policy.ts';
import { cohort, cohortLead, cohortMember, courseSession } from './training.table.ts';
import { auditPeople } from './training-audit.ts';

const PURPOSE = 'POST /api/programmes/:programmeId/cohorts';

/**
 * Creates a cohort with its course plan generated from the programme's settings: leads must be
 * staff or admins of the programme, members mentors; members past the capacity go on the waiting
 * list in the order given.
 */
export async function createCohort(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  request: CreateCohortRequest;
  requestId?: string;
  now?: Date;
}): Promise<CohortDetail> {
  const granting = authorize(deps.actor, 'cohort.manage', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const { request, programmeId } = deps;
  const now = deps.now ?? new Date();
  const leadIds = [...new Set(request.leadIds)];
  const memberIds = [...new Set(request.memberIds)];
  return deps.db.withProgramme(programmeId, async (tx) => {
    const staff = await findPeopleWithRole(tx, programmeId, ['staff', 'admin'], leadIds);
    if (new Set(staff.map((s) => s.id)).size !== leadIds.length) throw new AppError('COHORT_LEAD_NOT_STAFF');
    const mentors = await findPeopleWithRole(tx, programmeId, ['mentor'], memberIds);
    if (mentors.length !== memberIds.length) throw new AppError('COHORT_MEMBER_NOT_MENTOR');
    const settings = await settingsOf(tx);
    const [row] = await tx
      .insert(cohort)
      .values({
        programmeId,
        name: request.name,
        startMonth: request.startMonth,
        capacity: request.capacity,
        createdBy: actor.userId,
      })
      .returning({ id: cohort.id });
    const cohortId = row!.id;
    if (leadIds.length)
      await tx.insert(cohortLead).values(leadIds.map((userId) => ({ programmeId, cohortId, userId })));
    if (memberIds.length) {
      await tx.insert(cohortMember).values(
        memberIds.map((userId, i) => ({
          programmeId,
          cohortId,
          userId,
          status: i < request.capacity ? ('member' as const) : ('waiting' as const),
          // Apart by a millisecond each, so the waiting list keeps the order given.
          joinedAt: new Date(now.getTime() + i),
        })),
      );
    }
    const plan = generateCoursePlan(request.startMonth, settings, danishPublicHoliday);
    await tx.insert(courseSession).values(
      plan.map((p) => ({
        programmeId,
        cohortId,
        kind: p.kind,
        number: p.number,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        place: settings.place,
        movedForHoliday: p.movedForHoliday,
      })),
    );
    await auditPeople(tx, deps, { granting, action: 'create', purpose: PURPOSE, subjectIds: memberIds });
    return cohortDetail(tx, programmeId, cohortId, now);
  });
}
