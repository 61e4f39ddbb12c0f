import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.ts';
import { type ProblemCode, problems, problemTitle } from '../../../shared/problems.ts';

function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(problems, code);
}

/**
 * What to tell a person about a failed call. A known problem code is translated here, so the
 * message follows a language switch made after the error; otherwise the server's own title.
 */
export function useProblemMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation('ui');
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  return (error) => {
    if (!(error instanceof ApiError)) return t('form.genericError');
    if (error.code === 'NETWORK_ERROR') return t('form.networkError');
    if (isProblemCode(error.code)) return problemTitle(error.code, locale);
    return error.title || t('form.genericError');
  };
}
