import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { meQuery } from './accounts.queries.ts';
import { LoginLinkForm } from './login-link-form.tsx';
import { LoginNotice } from './login-notice.tsx';
import { OidcLoginWay } from './oidc-login-way.tsx';
import { OutcomePage } from './outcome-page.tsx';
import { PasskeyLogin } from './passkey-login.tsx';
import { PasswordLoginForm } from './password-login-form.tsx';
import { useReturnPath } from './return-path.ts';
import { TwoFactorLoginStep } from './two-factor-login-step.tsx';

/**
 * Route `/log-ind`. Two ways in, the easy one first: a link by e-mail (nothing to remember), then
 * e-mail and password, followed by a code for accounts with two-factor login. Someone already
 * logged in goes on to their own page.
 */
export function LoginPage() {
  const { t } = useTranslation('accounts');
  const me = useQuery(meQuery());
  // `?tilbage=/personer`: where a page that asked for a login (again) wants the person back.
  const returnPath = useReturnPath();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [lastEmail, setLastEmail] = useState('');
  const [returns, setReturns] = useState(0);
  /** Set while the code step of a password login is shown: the e-mail the password was for. */
  const [codeFor, setCodeFor] = useState<string | null>(null);
  const [passwordReturns, setPasswordReturns] = useState(0);

  useEffect(() => {
    // Back from "check your e-mail": continue where the person left off.
    if (returns > 0) document.getElementById('link-email')?.focus();
  }, [returns]);

  useEffect(() => {
    // Back from the code step ("start over"): the e-mail is kept, the password is asked again.
    if (passwordReturns > 0) document.getElementById('login-password')?.focus();
  }, [passwordReturns]);

  if (me.data) return <Navigate to={returnPath} replace />;

  if (codeFor !== null) {
    return (
      <TwoFactorLoginStep
        onStartOver={() => {
          setLastEmail(codeFor);
          setCodeFor(null);
          setPasswordReturns((n) => n + 1);
        }}
      />
    );
  }

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
      {/* OpenID Connect (MitID), first when the server offers it, with its own intro: oidc-login-way.tsx */}
      <OidcLoginWay fallback={<p className="font-lead">{t('login.intro')}</p>} />
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
          <PasswordLoginForm initialEmail={lastEmail} onTwoFactor={setCodeFor} />
        </section>
      </div>
      {/* Passkeys, for those who made one on Min side: passkey-login.tsx */}
      <PasskeyLogin />
    </div>
  );
}
