import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import { signOut, signOutEverywhere } from './auth.requests.ts';
import { SIGNED_OUT_PARAM } from './login-notice.tsx';

/**
 * Logs out, then loads the login page afresh: computers in the café and the library are shared,
 * and a full page load leaves nothing of the person behind in the page's memory or query cache.
 */
export function SignOutButton({
  className,
  label,
  everywhere = false,
}: {
  className: string;
  label: string;
  /** End every session of the person, not only this one. */
  everywhere?: boolean;
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const mutation = useMutation({
    mutationFn: async () => {
      try {
        await (everywhere ? signOutEverywhere() : signOut());
      } catch (error) {
        // The session had already ended (timed out): the person is logged out all the same.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => window.location.assign(`/log-ind?${SIGNED_OUT_PARAM}`),
  });
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          if (!mutation.isPending) mutation.mutate();
        }}
      >
        {mutation.isPending ? t('form.sending') : label}
      </button>
      {mutation.isError ? (
        <p className="sign-out-error" role="alert">
          {problemMessage(mutation.error)}
        </p>
      ) : null}
    </>
  );
}
