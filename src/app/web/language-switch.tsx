import { useTranslation } from 'react-i18next';
import { switchLocale } from './i18n.ts';
import type { AppLocale } from './locale-preference.ts';

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const OWN_NAMES: Record<AppLocale, string> = { da: 'Dansk', en: 'English' };

/** One button that switches to the other language (there are two). */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const other: AppLocale = i18n.resolvedLanguage === 'en' ? 'da' : 'en';
  return (
    <button
      type="button"
      className="function-link language-switch"
      lang={other}
      onClick={() => void switchLocale(other)}
    >
      {OWN_NAMES[other]}
    </button>
  );
}
