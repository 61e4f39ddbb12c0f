import { WebAuthnError } from '@simplewebauthn/browser';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.ts';
import { useProblemMessage } from '../../ui/web/index.ts';

/**
 * What to tell a person when a passkey step fails: the browser's dialog (cancelled, timed out,
 * this device already has one, no lock on the device) or the server's problem.
 */
export function usePasskeyErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  return (error) => {
    if (error instanceof ApiError) return problemMessage(error);
    const name = error instanceof Error ? error.name : '';
    const code = error instanceof WebAuthnError ? error.code : '';
    // Browsers answer "NotAllowedError" both for "cancelled" and for "timed out", on purpose.
    if (name === 'NotAllowedError' || name === 'AbortError') return t('passkeys.errors.cancelled');
    if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return t('passkeys.errors.alreadyAdded');
    if (code.startsWith('ERROR_AUTHENTICATOR_MISSING')) return t('passkeys.errors.deviceCannot');
    return t('passkeys.errors.failed');
  };
}
