import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../audit/server/index.ts';
import type { ApplicantView } from '../intake.contract.ts';
import { applicantView, withApplicationByToken } from './applicant-view.ts';
import { authorize } from './intake.policy.ts';
import { applicationConsent } from './intake.table.ts';

/** Withdraws a consent the applicant gave; the record of when it was given and withdrawn stays. */
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
    const changed = await tx
      .update(applicationConsent)
      .set({ withdrawnAt: now })
      .where(
        and(
          eq(applicationConsent.applicationId, row.id),
          eq(applicationConsent.key, deps.key),
          isNull(applicationConsent.withdrawnAt),
        ),
      )
      .returning({ key: applicationConsent.key });
    if (changed.length === 0) throw new AppError('CONSENT_UNKNOWN');
    await recordAudit(tx, {
      actorId: null,
      actorRole: 'applicant',
      action: 'consent',
      subjectId: row.id,
      programmeId: programme.id,
      purpose: 'POST /api/applications/:token/consents/:key/withdraw',
      requestId: deps.requestId ?? null,
      details: { key: deps.key, withdrawn: true },
    });
    return applicantView(tx, row, programme, now);
  });
}
