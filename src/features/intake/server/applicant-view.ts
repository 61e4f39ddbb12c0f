/**
 * The applicant's side: their application found by the token of their link, and what they see of
 * it (answers, eligibility, postcode hints, consents, status history, interview time). The token
 * is the applicant's key; an unknown or malformed one is APPLICATION_NOT_FOUND, never a hint
 * whether an application exists.
 */
import { asc, eq } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import { hashProgrammeToken, programmeOfToken } from '../../../server/programme-token.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { findMunicipality } from '../../../shared/municipalities.ts';
import { findProgrammeById } from '../../programmes/server/index.ts';
import { evaluateEligibility } from '../eligibility.ts';
import type { ApplicantView, ApplicationAnswers } from '../intake.contract.ts';
import { findMunicipalitiesForPostcode } from './find-municipalities-for-postcode.ts';
import { application, applicationConsent, applicationEvent, privacyNotice } from './intake.table.ts';
import { type IntakeSettings, loadIntakeSettings } from './intake-settings.ts';
import { applicantInterview } from './interview-view.ts';

export type ApplicationRow = typeof application.$inferSelect;
export type ProgrammeInfo = NonNullable<Awaited<ReturnType<typeof findProgrammeById>>>;

/**
 * Runs `fn` in the programme's transaction with the application the token opens; throws
 * APPLICATION_NOT_FOUND for any token that opens none.
 */
export async function withApplicationByToken<T>(
  db: Database,
  token: string,
  fn: (tx: Tx, row: ApplicationRow, programme: ProgrammeInfo) => Promise<T>,
): Promise<T> {
  const programmeId = programmeOfToken(token);
  const found = programmeId ? await findProgrammeById(db, programmeId) : undefined;
  if (!found) throw new AppError('APPLICATION_NOT_FOUND');
  return db.withProgramme(found.id, async (tx) => {
    const [row] = await tx
      .select()
      .from(application)
      .where(eq(application.tokenHash, hashProgrammeToken(token)))
      .for('update');
    if (!row) throw new AppError('APPLICATION_NOT_FOUND');
    return fn(tx, row, found);
  });
}

/** The free text of an application, decrypted. */
export function openAnswers(row: ApplicationRow): ApplicationAnswers {
  const open = (value: string | null, column: string) =>
    value === null ? undefined : openText(value, fieldContext('application', column, row.id));
  const hopes = open(row.hopesSealed, 'hopes_sealed');
  const ownWords = open(row.ownWordsSealed, 'own_words_sealed');
  return {
    ...row.answers,
    ...(row.name !== null ? { name: row.name } : {}),
    ...(row.email !== null ? { email: row.email } : {}),
    ...(row.phone !== null ? { phone: row.phone } : {}),
    ...(hopes !== undefined ? { hopes } : {}),
    ...(ownWords !== undefined ? { ownWords } : {}),
  };
}

/**
 * The municipalities a postcode may lie in, and the one to pre-select: the programme's own list
 * for its area decides first; else the imported national table when it knows exactly one.
 */
export async function postcodeHints(tx: Tx, settings: IntakeSettings, postcode: string | undefined) {
  if (!postcode) return { choices: [], suggested: null };
  const own = settings.areaPostcodes.filter((p) => p.postcode === postcode);
  const national = await findMunicipalitiesForPostcode(tx, postcode);
  const codes = [...new Set([...own.map((p) => p.municipalityCode), ...national.map((m) => m.code)])];
  const choices = codes.flatMap((code) => {
    const m = findMunicipality(code);
    return m ? [{ code: m.code, name: m.name }] : [];
  });
  const suggested =
    own.length === 1 ? own[0]!.municipalityCode : national.length === 1 ? national[0]!.code : null;
  return { choices, suggested };
}

export function evaluateApplication(
  settings: IntakeSettings,
  programme: ProgrammeInfo,
  row: Pick<ApplicationRow, 'role'>,
  answers: ApplicationAnswers,
  now: Date,
) {
  return evaluateEligibility(settings.eligibilityRules[row.role], answers.eligibility ?? {}, {
    today: copenhagenDate(now),
    municipalityCodes: programme.municipalityCodes,
  });
}

/** What the applicant sees of their application. */
export async function applicantView(
  tx: Tx,
  row: ApplicationRow,
  programme: ProgrammeInfo,
  now = new Date(),
): Promise<ApplicantView> {
  const settings = await loadIntakeSettings(tx);
  const answers = openAnswers(row);
  const hints = await postcodeHints(tx, settings, answers.postcode);
  const consents = await tx
    .select({
      key: applicationConsent.key,
      noticeVersion: applicationConsent.noticeVersion,
      givenAt: applicationConsent.givenAt,
      withdrawnAt: applicationConsent.withdrawnAt,
      definitions: privacyNotice.consents,
    })
    .from(applicationConsent)
    .leftJoin(privacyNotice, eq(privacyNotice.version, applicationConsent.noticeVersion))
    .where(eq(applicationConsent.applicationId, row.id));
  const history = await tx
    .select({ status: applicationEvent.toStatus, at: applicationEvent.at })
    .from(applicationEvent)
    .where(eq(applicationEvent.applicationId, row.id))
    .orderBy(asc(applicationEvent.at));
  return {
    role: row.role,
    status: row.status,
    programme: { slug: programme.slug, name: programme.name },
    answers,
    eligibility: evaluateApplication(settings, programme, row, answers, now),
    postcodeMunicipalities: hints.choices,
    suggestedMunicipalityCode: hints.suggested,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    consents: consents.map((c) => {
      const definition = c.definitions?.find((d) => d.key === c.key);
      return {
        key: c.key,
        label: definition?.label ?? { da: c.key, en: c.key },
        noticeVersion: c.noticeVersion,
        givenAt: c.givenAt.toISOString(),
        withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      };
    }),
    history: history.map((h) => ({ status: h.status as ApplicantView['status'], at: h.at.toISOString() })),
    interview: await applicantInterview(tx, row.id),
  };
}
