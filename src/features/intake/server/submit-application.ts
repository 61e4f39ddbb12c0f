import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../audit/server/index.ts';
import type { ApplicantView } from '../intake.contract.ts';
import { applicationLink, messageApplicant } from './applicant-messages.ts';
import { applicantView, evaluateApplication, openAnswers, withApplicationByToken } from './applicant-view.ts';
import { authorize } from './intake.policy.ts';
import { application, applicationConsent, applicationEvent, privacyNotice } from './intake.table.ts';
import { loadIntakeSettings } from './intake-settings.ts';

/**
 * Sends the application: the applicant has read the current privacy notice and given the
 * consents it requires (each stored with the notice version and time). The eligibility result is
 * kept as it was when sent; an applicant who does not qualify may still send, for staff to look at.
 * A receipt goes to their e-mail and/or phone with the link to their status page.
 */
export async function submitApplication(deps: {
  db: Database;
  actor: Actor;
  token: string;
  noticeVersion: number;
  consents: string[];
  locale: 'da' | 'en';
  publicUrl: string;
  requestId?: string;
  now?: Date;
}): Promise<ApplicantView> {
  authorize(deps.actor, 'application.apply');
  const now = deps.now ?? new Date();
  return withApplicationByToken(deps.db, deps.token, async (tx, row, programme) => {
    if (row.status !== 'draft') throw new AppError('APPLICATION_SENT');
    if (!row.name || (!row.email && !row.phone)) throw new AppError('APPLICATION_CONTACT_MISSING');
    const [notice] = await tx.select().from(privacyNotice).orderBy(desc(privacyNotice.version)).limit(1);
    if (notice && notice.version !== deps.noticeVersion) throw new AppError('NOTICE_CHANGED');
    const given = [...new Set(deps.consents)];
    const known = new Set(notice?.consents.map((c) => c.key) ?? []);
    if (given.some((key) => !known.has(key))) throw new AppError('CONSENT_UNKNOWN');
    const missing = notice?.consents.filter((c) => c.required && !given.includes(c.key)) ?? [];
    if (missing.length > 0)
      throw new AppError('CONSENT_REQUIRED', undefined, { missing: missing.map((c) => c.key) });

    const settings = await loadIntakeSettings(tx);
    const eligibility = evaluateApplication(settings, programme, row, openAnswers(row), now);
    const [sent] = await tx
      .update(application)
      .set({
        status: 'new',
        submittedAt: now,
        updatedAt: now,
        eligibility,
        eligibilityOutcome: eligibility.outcome,
        noticeVersion: notice?.version ?? null,
      })
      .where(eq(application.id, row.id))
      .returning();
    if (given.length > 0)
      await tx.insert(applicationConsent).values(
        given.map((key) => ({
          programmeId: programme.id,
          applicationId: row.id,
          key,
          noticeVersion: notice!.version,
          givenAt: now,
        })),
      );
    await tx.insert(applicationEvent).values({
      programmeId: programme.id,
      applicationId: row.id,
      fromStatus: 'draft',
      toStatus: 'new',
      actorId: null,
      at: now,
    });
    await recordAudit(tx, {
      actorId: null,
      actorRole: 'applicant',
      action: 'update',
      subjectId: row.id,
      programmeId: programme.id,
      purpose: 'POST /api/applications/:token/submit',
      requestId: deps.requestId ?? null,
      details: { status: 'new', eligibility: eligibility.outcome, consents: given.length },
    });
    await messageApplicant(tx, {
      kind: 'receipt',
      locale: deps.locale,
      programmeName: programme.name,
      link: applicationLink(deps.publicUrl, deps.token),
      to: { email: row.email, phone: row.phone },
    });
    return applicantView(tx, sent!, programme, now);
  });
}
