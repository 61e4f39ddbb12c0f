import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { normalizePhone } from '../../../server/sms.ts';
import { isMunicipalityCode } from '../../../shared/municipalities.ts';
import type { ApplicantView, ApplicationAnswers } from '../intake.contract.ts';
import { applicantView, withApplicationByToken } from './applicant-view.ts';
import { authorize } from './intake.policy.ts';
import { application } from './intake.table.ts';

/**
 * Saves the draft's answers as the applicant goes (the form sends all its answers each time, so
 * a field left out is cleared). Free text is encrypted; a sent application cannot be changed here.
 */
export async function saveApplication(deps: {
  db: Database;
  actor: Actor;
  token: string;
  answers: ApplicationAnswers;
  now?: Date;
}): Promise<ApplicantView> {
  authorize(deps.actor, 'application.apply');
  const { hopes, ownWords, name, email, phone, ...rest } = deps.answers;
  const normalisedPhone = phone ? normalizePhone(phone) : null;
  if (phone && !normalisedPhone) throw new AppError('PHONE_INVALID');
  const municipalityCode = rest.eligibility?.municipalityCode;
  if (municipalityCode && !isMunicipalityCode(municipalityCode)) throw new AppError('MUNICIPALITY_UNKNOWN');
  return withApplicationByToken(deps.db, deps.token, async (tx, row, programme) => {
    if (row.status !== 'draft') throw new AppError('APPLICATION_SENT');
    const seal = (value: string | undefined, column: string) =>
      value ? sealText(value, fieldContext('application', column, row.id)) : null;
    const [saved] = await tx
      .update(application)
      .set({
        name: name || null,
        email: email || null,
        phone: normalisedPhone,
        municipalityCode: municipalityCode ?? null,
        answers: rest,
        hopesSealed: seal(hopes, 'hopes_sealed'),
        ownWordsSealed: seal(ownWords, 'own_words_sealed'),
        updatedAt: sql`now()`,
      })
      .where(eq(application.id, row.id))
      .returning();
    return applicantView(tx, saved!, programme, deps.now);
  });
}
