import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiFetch } from '../../../shared/api-client.ts';
import { problemTitle } from '../../../shared/problems.ts';
import { ErrorSummary, useProblemMessage } from '../../ui/web/index.ts';

/**
 * Asks better-auth for the provider's login address (with state, PKCE and nonce kept on the
 * server) and goes there. The provider sends the person back to /min-side, or to /log-ind with
 * `?error=OIDC_…`, which LoginNotice explains.
 */
function startOidcLogin() {
  return apiFetch<{ url: string }>('/api/auth/sign-in/social', {
    method: 'POST',
    body: { provider: 'oidc', callbackURL: '/min-side', errorCallbackURL: '/log-ind', disableRedirect: true },
  });
}

/** "Log ind med MitID": a form of one button, so Enter and screen readers treat it like the others. */
export function OidcLoginButton({ label }: { label: string }) {
  const { t, i18n } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  const [attempt, setAttempt] = useState(0);
  const start = useMutation({
    mutationFn: startOidcLogin,
    onSuccess: ({ url }) => {
      // Only a web address leaves the page, whatever the answer holds.
      if (/^https?:\/\//.test(url)) window.location.assign(url);
    },
  });
  const { reset } = start;

  useEffect(() => {
    // Back from the provider with the browser's back button, the page may come from the
    // back/forward cache still saying "sending you on": make the button usable again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [reset]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (start.isPending || start.isSuccess) return;
    setAttempt((n) => n + 1);
    start.mutate();
  }

  // No connection, or too many tries, say so; anything else (the provider cannot be reached by the
  // server, say) is "it did not work, use e-mail instead" rather than e.g. "address not found".
  const serverSide =
    start.error instanceof ApiError && !['NETWORK_ERROR', 'RATE_LIMITED'].includes(start.error.code);
  const errorText = serverSide ? problemTitle('OIDC_FAILED', locale) : problemMessage(start.error);
  const leaving = start.isPending || start.isSuccess;
  return (
    <form noValidate onSubmit={submit} className="login-form">
      <ErrorSummary key={attempt} items={start.isError ? [{ text: errorText }] : []} headingLevel={3} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={leaving || undefined}>
          {leaving ? t('oidc.leaving') : t('oidc.button', { label })}
        </button>
      </div>
    </form>
  );
}
