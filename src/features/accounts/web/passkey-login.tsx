import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/web/index.ts';
import { meQuery } from './accounts.queries.ts';
import { logInWithPasskey } from './passkey.requests.ts';
import { usePasskeyErrorMessage } from './passkey-error-message.ts';
import { useReturnPath } from './return-path.ts';

/**
 * "Log ind med adgangsnøgle" on the login page, for people who made a passkey on Min side. No
 * e-mail is asked: the device shows the passkeys it holds for makker. Browsers without WebAuthn
 * do not see it at all.
 */
export function PasskeyLogin() {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const errorMessage = usePasskeyErrorMessage();
  const [attempt, setAttempt] = useState(0);
  const [supported] = useState(browserSupportsWebAuthn);

  const login = useMutation({
    mutationFn: logInWithPasskey,
    onSuccess: () => {
      // As after a password login: Min side waits for the new answer to "who is logged in".
      void queryClient.resetQueries({ queryKey: meQuery().queryKey });
      void navigate(returnPath);
    },
  });

  if (!supported) return null;

  const summary: ErrorSummaryItem[] = login.isError
    ? [
        { text: errorMessage(login.error) },
        ...(isApiError(login.error, 'PASSKEY_UNKNOWN') ? [{ text: t('passkeys.login.unknownHint') }] : []),
      ]
    : [];

  return (
    <div className="login-alternative passkey-login">
      <ErrorSummary key={attempt} items={summary} />
      <p>{t('passkeys.login.text')}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          if (login.isPending) return;
          setAttempt((n) => n + 1);
          login.mutate();
        }}
      >
        {login.isPending ? t('form.sending') : t('passkeys.login.button')}
      </button>
    </div>
  );
}
