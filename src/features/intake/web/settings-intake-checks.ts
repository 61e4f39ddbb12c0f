/**
 * The browser's copy of `intakeSettingsSchema`'s limits (intake.contract.ts): what to fix is said
 * before saving; the server checks again. Types only from the contract (app/web/zod-config.ts).
 */
import type { TFunction } from 'i18next';
import type { IntakeSettingsBody } from '../intake.contract.ts';

const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** Problems by path (`eligibilityRules.mentor.3.minimumMonths`); empty when it can be saved. */
export function checkIntakeSettings(
  settings: IntakeSettingsBody,
  t: TFunction<'intakeSettings'>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = (path: string, value: string | undefined, field: string) => {
    if (!value?.trim()) errors[path] = t('intake.errors.required', { field });
  };
  for (const role of ['peer', 'mentor'] as const) {
    settings.eligibilityRules[role].forEach((rule, i) => {
      const path = `eligibilityRules.${role}.${i}`;
      if (rule.kind === 'minimum-age' && !whole(rule.years, 0, 120))
        errors[`${path}.years`] = t('intake.errors.wholeNumber', {
          field: t('intake.years'),
          min: 0,
          max: 120,
        });
      if (rule.kind === 'abstinence' && !whole(rule.minimumMonths, 0, 600))
        errors[`${path}.minimumMonths`] = t('intake.errors.wholeNumber', {
          field: t('intake.months'),
          min: 0,
          max: 600,
        });
      required(`${path}.explanation.da`, rule.explanation.da, t('intake.explanationDa'));
      required(`${path}.explanation.en`, rule.explanation.en, t('intake.explanationEn'));
    });
  }
  settings.areaPostcodes.forEach((p, i) => {
    if (!/^\d{4}$/.test(p.postcode)) errors[`areaPostcodes.${i}.postcode`] = t('intake.errors.postcode');
  });
  for (const lang of ['da', 'en'] as const) {
    settings.otherHelp[lang].forEach((h, i) => {
      required(`otherHelp.${lang}.${i}.name`, h.name, t('intake.name'));
    });
  }
  if (!whole(settings.declinedRetentionDays, 30, 3650))
    errors.declinedRetentionDays = t('intake.errors.wholeNumber', {
      field: t('intake.retention'),
      min: 30,
      max: 3650,
    });
  return errors;
}

/** Optional texts left empty are left out, as the contract has them. */
export function withoutEmptyHelpFields(settings: IntakeSettingsBody): IntakeSettingsBody {
  const clean = <T extends object>(item: T): T =>
    Object.fromEntries(Object.entries(item).filter(([, v]) => v !== '' && v !== undefined)) as T;
  return {
    ...settings,
    otherHelp: { da: settings.otherHelp.da.map(clean), en: settings.otherHelp.en.map(clean) },
  };
}
