/**
 * A participant's own applications, once they have accepted the invitation sent at approval:
 * what they wrote (later the first draft of their matching wishes), where it stands, and the
 * consents they gave, each of which they can withdraw from their own page (decision 036).
 */
import { and, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import type { InvitationAcceptedHook } from '../../accounts/server/index.ts';
import { findProgrammeById } from '../../programmes/server/index.ts';
import { placeInCohort } from '../../training/server/index.ts';
import type { MyApplicationsResponse } from '../intake.contract.ts';
import { type ApplicationRow, applicantView, type ProgrammeInfo } from './applicant-view.ts';
import { authorize } from './intake.policy.ts';
import { application } from './intake.table.ts';
import { withdrawConsentOf } from './withdraw-consent.ts';

interface Deps {
  db: Database;
  actor: Actor;
  requestId?: string;
  now?: Date;
}

/** Links the application that led to an invitation to the account made by accepting it. */
export const linkApplicationToAccount: InvitationAcceptedHook = async (tx, accepted) => {
  const linked = await tx
    .update(application)
    .set({ userId: accepted.userId, updatedAt: accepted.now })
    .where(eq(application.invitationId, accepted.invitationId))
    .returning({ cohortId: application.offeredCohortId });
  // A mentor approved with an offer of a cohort place takes it now that the account exists.
  for (const { cohortId } of linked) {
    if (cohortId) await placeInCohort(tx, { ...accepted, cohortId });
  }
};

/** The programmes the person holds a role in: the only places their applications can be linked. */
function ownProgrammes(actor: Actor) {
  const user = requireUser(actor);
  authorize(actor, 'application.own', { ownerIds: [user.userId] });
  return { userId: user.userId, programmeIds: Object.keys(user.roles) };
}

async function forEachProgramme<T>(
  db: Database,
  programmeIds: string[],
  fn: (tx: Tx, programme: ProgrammeInfo) => Promise<T[]>,
): Promise<T[]> {
  const found: T[] = [];
  for (const id of programmeIds) {
    const programme = await findProgrammeById(db, id);
    if (programme) found.push(...(await db.withProgramme(id, (tx) => fn(tx, programme))));
  }
  return found;
}

export async function listMyApplications(deps: Deps): Promise<MyApplicationsResponse> {
  const { userId, programmeIds } = ownProgrammes(deps.actor);
  const now = deps.now ?? new Date();
  const applications = await forEachProgramme(deps.db, programmeIds, async (tx, programme) => {
    const rows = await tx.select().from(application).where(eq(application.userId, userId));
    return Promise.all(
      rows.map(async (row) => ({ id: row.id, ...(await applicantView(tx, row, programme, now)) })),
    );
  });
  return { applications };
}

/** Withdraws one of the person's consents; APPLICATION_NOT_FOUND for an application not theirs. */
export async function withdrawMyConsent(
  deps: Deps & { applicationId: string; key: string },
): Promise<MyApplicationsResponse> {
  const { userId, programmeIds } = ownProgrammes(deps.actor);
  const now = deps.now ?? new Date();
  const changed = await forEachProgramme(deps.db, programmeIds, async (tx, programme) => {
    const rows: ApplicationRow[] = await tx
      .select()
      .from(application)
      .where(and(eq(application.id, deps.applicationId), eq(application.userId, userId)))
      .for('update');
    for (const row of rows) {
      await withdrawConsentOf(tx, row, programme, {
        key: deps.key,
        actorId: userId,
        actorRole: 'self',
        purpose: 'POST /api/me/applications/:applicationId/consents/withdraw',
        requestId: deps.requestId,
        now,
      });
    }
    return rows;
  });
  if (changed.length === 0) throw new AppError('APPLICATION_NOT_FOUND');
  return listMyApplications({ ...deps, now });
}
