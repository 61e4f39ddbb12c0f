import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextAreaField, TextField } from '../../ui/web/index.ts';
import type { ApplicantRole, EligibilityRule } from '../eligibility.contract.ts';

/** The id of the field at a settings path: `areaPostcodes.0.postcode` → `intake-areaPostcodes-0-postcode`. */
export const intakeFieldId = (path: string) => `intake-${path.replaceAll('.', '-')}`;

const numberValue = (n: number) => (Number.isNaN(n) ? '' : String(n));
const parseWhole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/**
 * A role's eligibility rules, each with its kind in words, its one parameter and the two texts
 * an applicant who does not meet it reads. Rules are edited, not added: a new kind needs code
 * (decision 023).
 */
export function RoleRules({
  role,
  rules,
  errors,
  onChange,
}: {
  role: ApplicantRole;
  rules: EligibilityRule[];
  errors: Record<string, string>;
  onChange: (rules: EligibilityRule[]) => void;
}) {
  const { t } = useTranslation('intakeSettings');
  const headingId = `intake-rules-${role}-heading`;
  return (
    <section aria-labelledby={headingId} className="settings-section">
      <h2 id={headingId}>{t('intake.rulesTitle', { roles: t(`intake.roles.${role}`) })}</h2>
      {rules.map((rule, index) => {
        const path = (f: string) => `eligibilityRules.${role}.${index}.${f}`;
        const update = (next: EligibilityRule) => onChange(rules.map((r, i) => (i === index ? next : r)));
        return (
          <fieldset key={rule.id} className="settings-item">
            <legend className="h4">
              {t('intake.rule', { n: index + 1, kind: t(`intake.kinds.${rule.kind}`) })}
            </legend>
            {rule.kind === 'minimum-age' ? (
              <TextField
                id={intakeFieldId(path('years'))}
                label={t('intake.years')}
                error={errors[path('years')]}
                inputMode="numeric"
                value={numberValue(rule.years)}
                onChange={(e) => update({ ...rule, years: parseWhole(e.target.value) })}
              />
            ) : null}
            {rule.kind === 'abuse-experience' ? (
              <ChoiceGroup<'yes'>
                id={intakeFieldId(path('acceptAftercare'))}
                type="checkbox"
                legend={t(`intake.kinds.${rule.kind}`)}
                choices={[{ value: 'yes', label: t('intake.acceptAftercare') }]}
                selected={rule.acceptAftercare ? ['yes'] : []}
                onChange={(selected) => update({ ...rule, acceptAftercare: selected.includes('yes') })}
              />
            ) : null}
            {rule.kind === 'abstinence' ? (
              <>
                <TextField
                  id={intakeFieldId(path('minimumMonths'))}
                  label={t('intake.months')}
                  hint={t('intake.monthsHint')}
                  error={errors[path('minimumMonths')]}
                  inputMode="numeric"
                  value={numberValue(rule.minimumMonths)}
                  onChange={(e) => update({ ...rule, minimumMonths: parseWhole(e.target.value) })}
                />
                <ChoiceGroup<typeof rule.substitution>
                  id={intakeFieldId(path('substitution'))}
                  type="radio"
                  legend={t('intake.substitution')}
                  choices={(['counts-as-free', 'must-have-ended'] as const).map((mode) => ({
                    value: mode,
                    label: t(`intake.substitutionModes.${mode}`),
                  }))}
                  selected={[rule.substitution]}
                  onChange={([mode]) => mode && update({ ...rule, substitution: mode })}
                />
              </>
            ) : null}
            {(['da', 'en'] as const).map((lang) => (
              <TextAreaField
                key={lang}
                id={intakeFieldId(path(`explanation.${lang}`))}
                label={t(lang === 'da' ? 'intake.explanationDa' : 'intake.explanationEn')}
                hint={t('intake.explanationHint')}
                error={errors[path(`explanation.${lang}`)]}
                lang={lang}
                rows={3}
                maxLength={1000}
                value={rule.explanation[lang]}
                onChange={(e) =>
                  update({ ...rule, explanation: { ...rule.explanation, [lang]: e.target.value } })
                }
              />
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}
