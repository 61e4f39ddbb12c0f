import { asc, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import { appUser } from '../../accounts/server/index.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { type ApplicationDetail, STATUS_TRANSITIONS } from '../intake.contract.ts';
import { type ApplicationRow, openAnswers } from './applicant-view.ts';
import { authorize } from './intake.policy.ts';
import { application, applicationConsent, applicationEvent } from './intake.table.ts';
import { staffInterview } from './interview-view.ts';

const DAY = 86_400_000;

/** One application for staff: answers, eligibility per rule, history with reasons, consents. */
export async function getApplication(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  applicationId: string;
  requestId?: string;
  now?: Date;
}): Promise<ApplicationDetail> {
  const granting = authorize(deps.actor, 'application.read', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await findSentApplication(tx, deps.applicationId);
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'read',
      subjectId: row.id,
      programmeId: deps.programmeId,
      purpose: 'GET /api/programmes/:programmeId/applications/:applicationId',
      requestId: deps.requestId ?? null,
    });
    return applicationDetail(tx, row, deps.now ?? new Date());
  });
}

/** A sent application of the transaction's programme, or APPLICATION_NOT_FOUND (drafts are not staff's). */
export async function findSentApplication(tx: Tx, id: string): Promise<ApplicationRow> {
  const [row] = await tx.select().from(application).where(eq(application.id, id)).for('update');
  if (!row || row.status === 'draft') throw new AppError('APPLICATION_NOT_FOUND');
  return row;
}

export async function applicationDetail(tx: Tx, row: ApplicationRow, now: Date): Promise<ApplicationDetail> {
  const events = await tx
    .select({
      id: applicationEvent.id,
      from: applicationEvent.fromStatus,
      to: applicationEvent.toStatus,
      at: applicationEvent.at,
      reasonSealed: applicationEvent.reasonSealed,
      actorName: appUser.name,
    })
    .from(applicationEvent)
    .leftJoin(appUser, eq(appUser.id, applicationEvent.actorId))
    .where(eq(applicationEvent.applicationId, row.id))
    .orderBy(asc(applicationEvent.at));
  const consents = await tx
    .select()
    .from(applicationConsent)
    .where(eq(applicationConsent.applicationId, row.id));
  const submitted = row.submittedAt ?? row.createdAt;
  return {
    id: row.id,
    role: row.role,
    status: row.status,
    name: row.name ?? '',
    eligibility: row.eligibilityOutcome ?? 'incomplete',
    submittedAt: submitted.toISOString(),
    ageDays: Math.floor((now.getTime() - submitted.getTime()) / DAY),
    municipalityCode: row.municipalityCode,
    answers: openAnswers(row),
    eligibilityRules: row.eligibility?.rules ?? [],
    allowedTransitions: [...STATUS_TRANSITIONS[row.status]],
    history: events.map((e) => ({
      from: e.from,
      to: e.to as ApplicationDetail['status'],
      at: e.at.toISOString(),
      actorName: e.actorName ?? null,
      reason: e.reasonSealed
        ? openText(e.reasonSealed, fieldContext('application_event', 'reason_sealed', e.id))
        : null,
    })),
    consents: consents.map((c) => ({
      key: c.key,
      noticeVersion: c.noticeVersion,
      givenAt: c.givenAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    })),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    interview: await staffInterview(tx, row.id),
  };
}
