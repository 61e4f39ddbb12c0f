import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { meQuery } from './accounts.queries.ts';
import { LoginLinkForm } from './login-link-form.tsx';
import { LoginNotice } from './login-notice.tsx';
import { OutcomePage } from './outcome-page.tsx';
import { PasswordLoginForm } from './password-login-form.tsx';

/**
 * Route `/log-ind`. Two ways in, the easy one first: a link by e-mail (nothing to remember), then
 * e-mail and password. Someone already logged in goes on to their own page.
 */
export function LoginPage() {
  const { t } = useTranslation('accounts');
  const me = useQuery(meQuery());
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [lastEmail, setLastEmail] = useState('');
  const [returns, setReturns] = useState(0);

  useEffect(() => {
    // Back from "check your e-mail": continue where the person left off.
    if (returns > 0) document.getElementById('link-email')?.focus();
  }, [returns]);

  if (me.data) return <Navigate to="/min-side" replace />;

  if (sentTo !== null) {
    return (
      <OutcomePage title={t('linkSent.title')} icon="email">
        <p className="font-lead">{t('linkSent.text', { email: sentTo })}</p>
        <p>{t('linkSent.validity')}</p>
        <p>{t('linkSent.notFound')}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setSentTo(null);
            setReturns((n) => n + 1);
          }}
        >
          {t('linkSent.again')}
        </button>
      </OutcomePage>
    );
  }

  return (
    <div className="login-page">
      <title>{`${t('login.documentTitle')} – makker`}</title>
      <h1>{t('login.title')}</h1>
      <LoginNotice />
      <p className="font-lead">{t('login.intro')}</p>
      <div className="row login-ways">
        <section className="col-12 col-lg-6 login-way" aria-labelledby="login-link-heading">
          <h2 id="login-link-heading">{t('login.link.title')}</h2>
          <p>{t('login.link.intro')}</p>
          <LoginLinkForm
            initialEmail={lastEmail}
            onSent={(email) => {
              setLastEmail(email);
              setSentTo(email);
            }}
          />
        </section>
        <section className="col-12 col-lg-6 login-way" aria-labelledby="login-password-heading">
          <h2 id="login-password-heading">{t('login.password.title')}</h2>
          <PasswordLoginForm />
        </section>
      </div>
    </div>
  );
}
