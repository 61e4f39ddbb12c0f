import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITIES } from '../../../shared/municipalities.ts';
import { ChoiceGroup, TextField } from '../../ui/web/index.ts';
import { type StepProps, withEligibility } from './application-steps.ts';

/**
 * Step 2: the municipality, from Denmark's 98, with the postcode as a hint: a postcode the
 * programme lists (or that lies in one municipality only) chooses it; one that spans several
 * asks which.
 */
export function ResidenceStep({ answers, setAnswers, errors, view, save }: StepProps) {
  const { t, i18n } = useTranslation('intake');
  const chosen = answers.eligibility?.municipalityCode ?? '';
  const sorted = useMemo(
    () => [...MUNICIPALITIES].sort((a, b) => a.name.localeCompare(b.name, i18n.resolvedLanguage ?? 'da')),
    [i18n.resolvedLanguage],
  );
  const suggested = view?.answers.postcode === answers.postcode ? view?.suggestedMunicipalityCode : null;
  const several = view?.answers.postcode === answers.postcode ? (view?.postcodeMunicipalities ?? []) : [];

  useEffect(() => {
    if (suggested && !chosen) setAnswers((a) => withEligibility(a, 'municipalityCode', suggested));
  }, [suggested, chosen, setAnswers]);

  return (
    <>
      <TextField
        id="application-postcode"
        label={t('residence.postcode')}
        hint={t('residence.postcodeHint')}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={4}
        value={answers.postcode ?? ''}
        onChange={(event) => {
          const postcode = event.target.value.replace(/\D/g, '').slice(0, 4);
          setAnswers((a) => ({ ...a, postcode: postcode || undefined }));
        }}
        onBlur={() => {
          if (answers.postcode?.length === 4) void save();
        }}
        error={errors['application-postcode']}
      />
      {several.length > 1 ? (
        <ChoiceGroup
          id="application-municipality-choice"
          type="radio"
          legend={t('residence.several')}
          choices={several.map((m) => ({ value: m.code, label: m.name }))}
          selected={chosen ? [chosen] : []}
          onChange={([code]) => setAnswers((a) => withEligibility(a, 'municipalityCode', code))}
        />
      ) : null}
      <div className={errors['application-municipality'] ? 'form-group form-error' : 'form-group'}>
        <label className="form-label" htmlFor="application-municipality">
          {t('residence.municipality')}
        </label>
        <span className="form-hint" id="application-municipality-hint">
          {t('residence.municipalityHint')}
        </span>
        {errors['application-municipality'] ? (
          <span className="form-error-message" id="application-municipality-error">
            {errors['application-municipality']}
          </span>
        ) : null}
        <select
          id="application-municipality"
          className="form-select"
          aria-describedby={`application-municipality-hint${errors['application-municipality'] ? ' application-municipality-error' : ''}`}
          value={chosen}
          onChange={(event) =>
            setAnswers((a) => withEligibility(a, 'municipalityCode', event.target.value || undefined))
          }
        >
          <option value="">{t('residence.choose')}</option>
          {sorted.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
