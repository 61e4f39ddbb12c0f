import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/web/index.ts';
import { IMAGE_ALT_MAX, type ImageDescription } from '../programme-images.contract.ts';

/**
 * An image's alt text per language and the "only decoration" choice, for a new image and for
 * each stored one. Ids are `<prefix>-alt-da`, `<prefix>-alt-en`, `<prefix>-decorative`.
 */
export function ImageDescriptionFields({
  prefix,
  value,
  errors,
  onChange,
}: {
  prefix: string;
  value: ImageDescription;
  errors: Record<string, string>;
  onChange: (next: ImageDescription) => void;
}) {
  const { t } = useTranslation('settings');
  const alt = (locale: 'da' | 'en') => (
    <TextField
      id={`${prefix}-alt-${locale}`}
      label={t(`images.alt${locale === 'da' ? 'Da' : 'En'}`)}
      hint={locale === 'da' ? t('images.altHint') : undefined}
      error={errors[`alt.${locale}`]}
      value={value.alt[locale]}
      maxLength={IMAGE_ALT_MAX}
      lang={locale}
      onChange={(event) => onChange({ ...value, alt: { ...value.alt, [locale]: event.target.value } })}
    />
  );
  return (
    <>
      <div className="form-group form-group-checkbox">
        <input
          id={`${prefix}-decorative`}
          type="checkbox"
          className="form-checkbox"
          checked={value.decorative}
          aria-describedby={`${prefix}-decorative-hint`}
          onChange={(event) => onChange({ ...value, decorative: event.target.checked })}
        />
        <label htmlFor={`${prefix}-decorative`}>{t('images.decorative')}</label>
        <span className="form-hint" id={`${prefix}-decorative-hint`}>
          {t('images.decorativeHint')}
        </span>
      </div>
      {value.decorative ? null : (
        <>
          {alt('da')}
          {alt('en')}
        </>
      )}
    </>
  );
}
