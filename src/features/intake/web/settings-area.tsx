import { useTranslation } from 'react-i18next';
import { MUNICIPALITIES } from '../../../shared/municipalities.ts';
import { TextField } from '../../ui/web/index.ts';
import type { IntakeSettingsBody } from '../intake.contract.ts';
import { intakeFieldId } from './settings-rules.tsx';

type Postcode = IntakeSettingsBody['areaPostcodes'][number];
type Help = IntakeSettingsBody['otherHelp']['da'][number];

/** Adds an item and puts the focus in its first field; removing puts it on the part's heading. */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The programme's postcodes, each with the municipality it pre-selects on the form. */
export function AreaPostcodes({
  items,
  errors,
  onChange,
}: {
  items: Postcode[];
  errors: Record<string, string>;
  onChange: (items: Postcode[]) => void;
}) {
  const { t } = useTranslation('intakeSettings');
  const headingId = 'intake-area-heading';
  const path = (i: number, f: string) => `areaPostcodes.${i}.${f}`;
  return (
    <section aria-labelledby={headingId} className="settings-section">
      <h2 id={headingId} tabIndex={-1}>
        {t('intake.areaTitle')}
      </h2>
      <p className="form-hint">{t('intake.areaHint')}</p>
      {items.length === 0 ? <p>{t('intake.none')}</p> : null}
      {items.map((item, i) => {
        const selectId = intakeFieldId(path(i, 'municipalityCode'));
        const selectError = errors[path(i, 'municipalityCode')];
        const update = (next: Postcode) => onChange(items.map((old, j) => (j === i ? next : old)));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the position names the fields and errors
          <fieldset key={i} className="settings-item settings-item-row">
            <legend className="h4">{t('intake.areaItem', { n: i + 1 })}</legend>
            <TextField
              id={intakeFieldId(path(i, 'postcode'))}
              label={t('intake.postcode')}
              error={errors[path(i, 'postcode')]}
              inputMode="numeric"
              maxLength={4}
              value={item.postcode}
              onChange={(e) => update({ ...item, postcode: e.target.value.trim() })}
            />
            <div className={selectError ? 'form-group form-error' : 'form-group'}>
              <label className="form-label" htmlFor={selectId}>
                {t('intake.municipality')}
              </label>
              {selectError ? (
                <span className="form-error-message" id={`${selectId}-error`}>
                  {selectError}
                </span>
              ) : null}
              <select
                id={selectId}
                className="form-select"
                value={item.municipalityCode}
                aria-describedby={selectError ? `${selectId}-error` : undefined}
                onChange={(e) => update({ ...item, municipalityCode: e.target.value })}
              >
                {MUNICIPALITIES.map((m) => (
                  <option key={m.code} value={m.code}>
                    {`${m.name} (${m.code})`}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button button-tertiary settings-remove"
              onClick={() => {
                onChange(items.filter((_, j) => j !== i));
                focusSoon(headingId);
              }}
            >
              {t('remove')}
              <span className="sr-only"> {t('intake.areaItem', { n: i + 1 }).toLowerCase()}</span>
            </button>
          </fieldset>
        );
      })}
      {items.length < 200 ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            onChange([...items, { postcode: '', municipalityCode: items.at(-1)?.municipalityCode ?? '630' }]);
            focusSoon(intakeFieldId(path(items.length, 'postcode')));
          }}
        >
          {t('intake.addPostcode')}
        </button>
      ) : null}
    </section>
  );
}

/** Where else to get help, in one language, for an applicant who does not meet the rules. */
export function OtherHelp({
  lang,
  items,
  errors,
  onChange,
}: {
  lang: 'da' | 'en';
  items: Help[];
  errors: Record<string, string>;
  onChange: (items: Help[]) => void;
}) {
  const { t } = useTranslation('intakeSettings');
  const headingId = `intake-help-${lang}-heading`;
  const path = (i: number, f: string) => `otherHelp.${lang}.${i}.${f}`;
  return (
    <section aria-labelledby={headingId} className="settings-section">
      <h2 id={headingId} tabIndex={-1}>
        {t('intake.helpTitle', { language: t(`intake.languages.${lang}`) })}
      </h2>
      <p className="form-hint">{t('intake.helpHint')}</p>
      {items.length === 0 ? <p>{t('intake.none')}</p> : null}
      {items.map((item, i) => {
        const update = (next: Help) => onChange(items.map((old, j) => (j === i ? next : old)));
        const field = (f: 'name' | 'phone' | 'description', max: number) => (
          <TextField
            id={intakeFieldId(path(i, f))}
            label={t(`intake.${f}`)}
            error={errors[path(i, f)]}
            maxLength={max}
            lang={f === 'phone' ? undefined : lang}
            type={f === 'phone' ? 'tel' : 'text'}
            value={item[f] ?? ''}
            onChange={(e) => update({ ...item, [f]: e.target.value })}
          />
        );
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the position names the fields and errors
          <fieldset key={i} className="settings-item">
            <legend className="h4">{t('intake.helpItem', { n: i + 1 })}</legend>
            {field('name', 120)}
            {field('phone', 40)}
            {field('description', 300)}
            <button
              type="button"
              className="button button-tertiary settings-remove"
              onClick={() => {
                onChange(items.filter((_, j) => j !== i));
                focusSoon(headingId);
              }}
            >
              {t('remove')}
              <span className="sr-only"> {t('intake.helpItem', { n: i + 1 }).toLowerCase()}</span>
            </button>
          </fieldset>
        );
      })}
      {items.length < 10 ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            onChange([...items, { name: '' }]);
            focusSoon(intakeFieldId(path(items.length, 'name')));
          }}
        >
          {t('intake.addHelp')}
        </button>
      ) : null}
    </section>
  );
}
