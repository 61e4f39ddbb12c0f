import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { problemTitle } from '../../../shared/problems.ts';
import { DkfdsIcon } from '../../ui/web/index.ts';
import { findOidcLoginProblem } from './oidc-login-problem.ts';

/** Query parameter set after logging out (a full page load, see sign-out-button.tsx). */
export const SIGNED_OUT_PARAM = 'logget-ud';

/** Route state for sending someone here from a page that needs a login. */
export const LOGIN_REQUIRED_STATE = { reason: 'login-required' } as const;

function isLoginRequired(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && (state as { reason?: unknown }).reason === 'login-required'
  );
}

/**
 * Why the person is on the login page, when there is a reason to say: they just logged out, a
 * page needs a login, or the link from their e-mail was used or too old (better-auth sends them
 * back with ?error=…).
 */
export function LoginNotice() {
  const { t, i18n } = useTranslation('accounts');
  const location = useLocation();
  const [params] = useSearchParams();
  const linkError = params.get('error');
  if (linkError) {
    // A MitID (OpenID Connect) login comes back with our own code; a login link with better-auth's.
    const code =
      findOidcLoginProblem(linkError) ?? (linkError === 'INVALID_TOKEN' ? 'LINK_INVALID' : 'INTERNAL');
    const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
    return (
      <div className="alert alert-error alert--paragraph" role="alert">
        <DkfdsIcon name="error" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{problemTitle(code, locale)}</p>
        </div>
      </div>
    );
  }
  if (params.has(SIGNED_OUT_PARAM)) {
    return (
      <div className="alert alert-success alert--paragraph" role="status">
        <DkfdsIcon name="success" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('login.signedOut')}</p>
        </div>
      </div>
    );
  }
  if (isLoginRequired(location.state)) {
    return (
      <div className="alert alert-info alert--paragraph" role="status">
        <DkfdsIcon name="info" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('login.loginRequired')}</p>
        </div>
      </div>
    );
  }
  return null;
}
