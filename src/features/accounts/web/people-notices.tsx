import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../../shared/api-client.ts';
import { DkfdsIcon, useProblemMessage } from '../../ui/web/index.ts';
import { signOut } from './auth.requests.ts';
import { loginPathReturningTo } from './return-path.ts';

/**
 * The server's REAUTHENTICATION_REQUIRED, said plainly, with the way out: log out and log in
 * again, then come back to this very page. Logging out first, because the login page sends a
 * logged-in person straight on. Takes focus when it replaces a button the person just pressed.
 */
export function ReauthenticateNotice({ takeFocus = false }: { takeFocus?: boolean }) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const { pathname, search } = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  const again = useMutation({
    mutationFn: async () => {
      try {
        await signOut();
      } catch (error) {
        // Already logged out (the session timed out): the login page is the way on all the same.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    // A full page load, as after every logout: nothing of the person stays in the page's memory.
    onSuccess: () => window.location.assign(loginPathReturningTo(pathname + search)),
  });
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-warning reauthenticate-notice">
      <DkfdsIcon name="info" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('people.reauthenticate.title')}</p>
        <p className="alert-text">{t('people.reauthenticate.text')}</p>
        <button
          type="button"
          className="button button-primary mt-4"
          onClick={() => {
            if (!again.isPending) again.mutate();
          }}
        >
          {again.isPending ? t('form.sending') : t('people.reauthenticate.button')}
        </button>
        {again.isError ? (
          <p className="form-error-message mt-3" role="alert">
            {problemMessage(again.error)}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The server's TWO_FACTOR_REQUIRED: people's data is shown only to those with two-factor login. */
export function TwoFactorNeededNotice() {
  const { t } = useTranslation('accounts');
  return (
    <div className="alert alert-info">
      <DkfdsIcon name="info" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('people.twoFactor.title')}</p>
        <p className="alert-text">{t('people.twoFactor.text')}</p>
        <Link to="/to-faktor" className="button button-primary mt-4">
          {t('people.twoFactor.button')}
        </Link>
      </div>
    </div>
  );
}

/** "Saved", "sent", "withdrawn": kept in the page so screen readers announce what is put in it. */
export function StatusMessage({ text }: { text: string }) {
  return (
    <div role="status">
      {text ? (
        <div className="alert alert-success alert--paragraph">
          <DkfdsIcon name="success" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{text}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
