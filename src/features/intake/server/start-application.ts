import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { newProgrammeToken } from '../../../server/programme-token.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { findProgrammeBySlug } from '../../programmes/server/index.ts';
import type { ApplicantRole } from '../eligibility.contract.ts';
import { authorize } from './intake.policy.ts';
import { application } from './intake.table.ts';

/**
 * Starts a draft application for a role; the returned token is the applicant's key to it (the
 * form keeps it, the continue link and the status page carry it). Nothing about the person is
 * stored yet: a draft never given contact details is deleted after a week (daily job).
 */
export async function startApplication(deps: {
  db: Database;
  actor: Actor;
  slug: string;
  role: ApplicantRole;
  requestId?: string;
}): Promise<{ token: string }> {
  authorize(deps.actor, 'application.apply');
  const found = await findProgrammeBySlug(deps.db, deps.slug);
  if (!found) throw new AppError('PROGRAMME_NOT_FOUND');
  const { token, hash } = newProgrammeToken(found.id);
  await deps.db.withProgramme(found.id, async (tx) => {
    const id = randomUUID();
    const [row] = await tx
      .insert(application)
      .values({
        id,
        programmeId: found.id,
        role: deps.role,
        tokenHash: hash,
        tokenSealed: sealText(token, fieldContext('application', 'token_sealed', id)),
      })
      .returning({ id: application.id });
    await recordAudit(tx, {
      actorId: null,
      actorRole: 'applicant',
      action: 'create',
      subjectId: row!.id,
      programmeId: found.id,
      purpose: 'POST /api/public/programmes/:slug/applications',
      requestId: deps.requestId ?? null,
      details: { role: deps.role },
    });
  });
  return { token };
}
