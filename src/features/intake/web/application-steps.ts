import type { TFunction } from 'i18next';
import { findEmailProblem } from '../../../shared/email-address.ts';
import { isMunicipalityCode } from '../../../shared/municipalities.ts';
import type { ApplicantView, ApplicationAnswers, ApplicationFormResponse } from '../intake.contract.ts';

/** The form's steps, in order; the last one sends. */
export const STEPS = ['contact', 'residence', 'recovery', 'wishes', 'consent'] as const;
export type StepName = (typeof STEPS)[number];

/** Error messages by the id of the field they belong to (where the summary's link leads). */
export type StepErrors = Record<string, string>;

export interface StepProps {
  answers: ApplicationAnswers;
  setAnswers: (update: (answers: ApplicationAnswers) => ApplicationAnswers) => void;
  errors: StepErrors;
  form: ApplicationFormResponse;
  view: ApplicantView | null;
  /** Saves the answers now (e.g. to look up a postcode); resolves with the token, or null on failure. */
  save: () => Promise<string | null>;
}

/** Sets one eligibility answer (undefined clears it). */
export function withEligibility<K extends keyof NonNullable<ApplicationAnswers['eligibility']>>(
  answers: ApplicationAnswers,
  key: K,
  value: NonNullable<ApplicationAnswers['eligibility']>[K] | undefined,
): ApplicationAnswers {
  const eligibility = { ...answers.eligibility };
  if (value === undefined) delete eligibility[key];
  else eligibility[key] = value;
  return { ...answers, eligibility };
}

/** What must be right before "Næste"; the eligibility questions may stay unanswered. */
export function validateStep(
  step: StepName,
  answers: ApplicationAnswers,
  _form: ApplicationFormResponse,
  t: TFunction<'intake'>,
): StepErrors {
  const errors: StepErrors = {};
  if (step === 'contact') {
    if (!answers.name?.trim()) errors['application-name'] = t('contact.nameRequired');
    const phone = answers.phone?.trim() ?? '';
    const email = answers.email?.trim() ?? '';
    if (!phone && !email) errors['application-phone'] = t('contact.contactRequired');
    if (phone && !/^(\+?\d[\d\s-]{7,16})$/.test(phone)) errors['application-phone'] = t('contact.phoneHint');
    if (email && findEmailProblem(email)) errors['application-email'] = t('contact.emailInvalid');
  }
  if (step === 'residence') {
    if (answers.postcode && !/^\d{4}$/.test(answers.postcode))
      errors['application-postcode'] = t('residence.postcodeInvalid');
    const code = answers.eligibility?.municipalityCode;
    if (!code || !isMunicipalityCode(code)) errors['application-municipality'] = t('residence.required');
  }
  return errors;
}
