import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.ts';
import { fieldMessage, type ProblemCode, problems, problemTitle } from '../../../shared/problems.ts';

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

/**
 * The server's field errors of a failed call (VALIDATION_FAILED and the like), by the field's
 * path in the body without `body.` (`contacts.0.email`), each translated from its issue code, so
 * a form can show them beside the fields they name.
 */
export function useFieldProblems(): (error: unknown) => Record<string, string> {
  const { i18n } = useTranslation('ui');
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  return (error) => {
    const found: Record<string, string> = {};
    if (!(error instanceof ApiError)) return found;
    for (const issue of error.errors) {
      const path = issue.path.replace(/^body\.?/, '');
      if (path && !found[path]) found[path] = fieldMessage(issue.code, locale);
    }
    return found;
  };
}
