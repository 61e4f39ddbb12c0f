import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../audit/server/index.ts';
import type { ApplicantView } from '../intake.contract.ts';
import {
  type ApplicationRow,
  applicantView,
  type ProgrammeInfo,
  withApplicationByToken,
} from './applicant-view.ts';
import { authorize } from './intake.policy.ts';
import { applicationConsent } from './intake.table.ts';

/**
 * Withdraws a consent given with `row` (CONSENT_UNKNOWN when there is no such consent still in
 * force); the record of when it was given and withdrawn stays, and the withdrawal is audited.
 */
export async function withdrawConsentOf(
  tx: Tx,
  row: ApplicationRow,
  programme: ProgrammeInfo,
  change: {
    key: string;
    actorId: string | null;
    actorRole: string;
    purpose: string;
    requestId?: string;
    now: Date;
  },
): Promise<void> {
  const changed = await tx
    .update(applicationConsent)
    .set({ withdrawnAt: change.now })
    .where(
      and(
        eq(applicationConsent.applicationId, row.id),
        eq(applicationConsent.key, change.key),
        isNull(applicationConsent.withdrawnAt),
      ),
    )
    .returning({ key: applicationConsent.key });
  if (changed.length === 0) throw new AppError('CONSENT_UNKNOWN');
  await recordAudit(tx, {
    actorId: change.actorId,
    actorRole: change.actorRole,
    action: 'consent',
    subjectId: row.id,
    programmeId: programme.id,
    purpose: change.purpose,
    requestId: change.requestId ?? null,
    details: { key: change.key, withdrawn: true },
  });
}

/** The applicant (by the token of their link) withdraws a consent they gave. */
export async function withdrawConsent(deps: {
  db: Database;
  actor: Actor;
  token: string;
  key: string;
  requestId?: string;
  now?: Date;
}): Promise<ApplicantView> {
  authorize(deps.actor, 'application.apply');
  const now = deps.now ?? new Date();
  return withApplicationByToken(deps.db, deps.token, async (tx, row, programme) => {
    await withdrawConsentOf(tx, row, programme, {
      key: deps.key,
      actorId: null,
      actorRole: 'applicant',
      purpose: 'POST /api/public/applications/consents/withdraw',
      requestId: deps.requestId,
      now,
    });
    return applicantView(tx, row, programme, now);
  });
}
