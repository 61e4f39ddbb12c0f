import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { queueInvitation } from '../../accounts/server/index.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { assertCohortOpen } from '../../training/server/index.ts';
import { type ApplicationStatus, STATUS_TRANSITIONS } from '../intake.contract.ts';
import { type ApplicantMessage, applicationLinkOf, messageApplicant } from './applicant-messages.ts';
import type { ApplicationRow } from './applicant-view.ts';
import { findSentApplication } from './get-application.ts';
import { authorize } from './intake.policy.ts';
import { application, applicationEvent } from './intake.table.ts';

/** Decisions end screening and need a reason (told to no one but staff; the applicant gets a kind message). */
const DECISIONS: readonly ApplicationStatus[] = ['approved', 'waiting-list', 'declined', 'withdrawn'];
const TOLD: Partial<Record<ApplicationStatus, ApplicantMessage>> = {
  approved: 'approved',
  'waiting-list': 'waiting-list',
  declined: 'declined',
};

export interface ChangeStatusDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  to: ApplicationStatus;
  reason?: string;
  /** Approving mentors: the cohort offered (checked open; given when they accept). */
  cohortId?: string;
  locale: 'da' | 'en';
  publicUrl: string;
  requestId?: string;
  now?: Date;
}

/**
 * Moves applications to a new status (one, or many at once from the queue), all or none: each
 * change is checked against the allowed transitions, recorded with who, when and why, audited,
 * and told to the applicant where it concerns them. Approval invites the applicant to log in as
 * a peer or mentor in the same transaction.
 */
export async function changeApplicationStatus(
  deps: ChangeStatusDeps & { applicationIds: string[] },
): Promise<{ changed: string[] }> {
  const granting = authorize(deps.actor, 'application.transition', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const reason = deps.reason?.trim() || undefined;
  if (DECISIONS.includes(deps.to) && !reason) throw new AppError('REASON_REQUIRED');
  const now = deps.now ?? new Date();
  const ids = [...new Set(deps.applicationIds)];
  if (deps.cohortId && deps.to !== 'approved') throw new AppError('COHORT_OFFER_ONLY_MENTORS');
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const programmeName = await programmeNameOf(tx, deps.programmeId);
    if (deps.cohortId) await assertCohortOpen(tx, deps.cohortId, now);
    for (const id of ids) {
      const row = await findSentApplication(tx, id);
      if (!STATUS_TRANSITIONS[row.status].includes(deps.to))
        throw new AppError('STATUS_CHANGE_INVALID', undefined, { applicationId: id, from: row.status });
      if (deps.cohortId && row.role !== 'mentor') throw new AppError('COHORT_OFFER_ONLY_MENTORS');
      await applyStatusChange(tx, row, {
        ...deps,
        reason,
        now,
        actorId: actor.userId,
        actorRole: granting.join(','),
        programmeName,
      });
    }
    return { changed: ids };
  });
}

/** The programme's name, as messages to applicants call it. */
export async function programmeNameOf(tx: Tx, programmeId: string): Promise<string> {
  const [found] = await tx
    .select({ name: programme.name })
    .from(programme)
    .where(eq(programme.id, programmeId));
  return found?.name ?? '';
}

/**
 * One application's change of status: the row, the event with who and why, the audit record,
 * the applicant's message and (on approval) their invitation. Booking an interview uses it too
 * (with `silent`, as it sends its own invitation with the time and place).
 */
export async function applyStatusChange(
  tx: Tx,
  row: ApplicationRow,
  deps: ChangeStatusDeps & {
    reason?: string;
    now: Date;
    actorId: string;
    actorRole: string;
    programmeName: string;
    purpose?: string;
    silent?: boolean;
  },
) {
  const decided = DECISIONS.includes(deps.to);
  await tx
    .update(application)
    .set({ status: deps.to, updatedAt: deps.now, ...(decided ? { decidedAt: deps.now } : {}) })
    .where(eq(application.id, row.id));
  const eventId = randomUUID();
  await tx.insert(applicationEvent).values({
    id: eventId,
    programmeId: deps.programmeId,
    applicationId: row.id,
    fromStatus: row.status,
    toStatus: deps.to,
    actorId: deps.actorId,
    reasonSealed: deps.reason
      ? sealText(deps.reason, fieldContext('application_event', 'reason_sealed', eventId))
      : null,
    at: deps.now,
  });
  await recordAudit(tx, {
    actorId: deps.actorId,
    actorRole: deps.actorRole,
    action: 'update',
    subjectId: row.id,
    programmeId: deps.programmeId,
    purpose: deps.purpose ?? 'POST /api/programmes/:programmeId/applications/status',
    requestId: deps.requestId ?? null,
    details: { from: row.status, to: deps.to },
  });
  const told = TOLD[deps.to];
  const link = applicationLinkOf(deps.publicUrl, row);
  if (told && link && !deps.silent) {
    await messageApplicant(tx, {
      kind: told,
      locale: deps.locale,
      programmeName: deps.programmeName,
      link,
      to: { email: row.email, phone: row.phone },
    });
  }
  if (deps.to === 'approved') {
    const invited = await queueInvitation(tx, {
      actor: deps.actor,
      programmeId: deps.programmeId,
      publicUrl: deps.publicUrl,
      now: deps.now,
      requestId: deps.requestId,
      input: row.email
        ? { name: row.name ?? '', channel: 'email', email: row.email, roles: [row.role] }
        : { name: row.name ?? '', channel: 'sms', phone: row.phone ?? '', roles: [row.role] },
    });
    // Accepting it links this application to the new account (linkApplicationToAccount).
    await tx
      .update(application)
      .set({ invitationId: invited.id, offeredCohortId: deps.cohortId ?? null })
      .where(eq(application.id, row.id));
  }
}
