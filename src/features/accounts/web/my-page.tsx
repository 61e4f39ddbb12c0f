import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { DkfdsIcon, useProblemMessage } from '../../ui/web/index.ts';
import type { MeResponse } from '../accounts.contract.ts';
import { meQuery } from './accounts.queries.ts';
import { LOGIN_REQUIRED_STATE } from './login-notice.tsx';
import { MyDataLinks } from './my-data-links.tsx';
import { PasskeySection } from './passkey-section.tsx';
import { SignOutButton } from './sign-out-button.tsx';
import { isTwoFactorRequired } from './two-factor-required.ts';

/** Route `/min-side`: who is logged in, in which programmes and as what. Needs a login. */
export function MyPage() {
  const { t } = useTranslation('accounts');
  return (
    <WithMe documentTitle={t('myPage.documentTitle')} loginRequiredNotice>
      {(me) => <MyPageContent me={me} />}
    </WithMe>
  );
}

/**
 * The frame of a page about the logged-in person: a spinner while /api/me answers, the error and
 * a way to try again when it cannot, the login page for a visitor (with a notice when asked).
 */
export function WithMe({
  documentTitle,
  loginRequiredNotice = false,
  children,
}: {
  documentTitle: string;
  loginRequiredNotice?: boolean;
  children: (me: MeResponse) => ReactNode;
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const me = useQuery(meQuery());
  if (me.isPending) {
    return (
      <div className="page-loading">
        <title>{`${documentTitle} – makker`}</title>
        <div className="spinner" aria-hidden="true" />
        <div className="spinner-status" role="status">
          {t('myPage.loading')}
        </div>
      </div>
    );
  }
  if (me.isError) {
    return (
      <div>
        <title>{`${t('myPage.loadErrorTitle')} – makker`}</title>
        <div className="alert alert-error" role="alert">
          <DkfdsIcon name="error" className="alert-icon" />
          <div className="alert-body">
            <h1 className="alert-heading">{t('myPage.loadErrorTitle')}</h1>
            <p className="alert-text">{problemMessage(me.error)}</p>
          </div>
        </div>
        <button type="button" className="button button-secondary" onClick={() => void me.refetch()}>
          {t('myPage.retry')}
        </button>
      </div>
    );
  }
  if (!me.data) {
    return <Navigate to="/log-ind" replace state={loginRequiredNotice ? LOGIN_REQUIRED_STATE : undefined} />;
  }
  return children(me.data);
}

function MyPageContent({ me }: { me: MeResponse }) {
  const { t, i18n } = useTranslation('accounts');
  const list = new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' });
  const mustSetUpTwoFactor = isTwoFactorRequired(me) && !me.user.twoFactorEnabled;
  return (
    <div className="my-page">
      <title>{`${t('myPage.documentTitle')} – makker`}</title>
      <h1>{t('myPage.title')}</h1>
      <p className="font-lead">{t('myPage.greeting', { name: me.user.name })}</p>
      <p>{t('myPage.signedInAs', { email: me.user.email })}</p>
      {mustSetUpTwoFactor ? (
        <>
          <div className="alert alert-info mb-4">
            <DkfdsIcon name="info" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-text weight-semibold">{t('twoFactor.myPage.required')}</p>
            </div>
          </div>
          <p>
            <Link to="/to-faktor" className="button button-primary">
              {t('twoFactor.myPage.setUp')}
            </Link>
          </p>
        </>
      ) : null}
      <section aria-labelledby="my-programmes-heading">
        <h2 id="my-programmes-heading">{t('myPage.programmesTitle')}</h2>
        {me.memberships.length === 0 ? (
          <p>{t('myPage.noProgrammes')}</p>
        ) : (
          <ul className="my-programmes">
            {me.memberships.map(({ programme, roles }) => (
              <li key={programme.id} className="my-programme">
                <h3 className="my-programme-name">
                  <Link to={`/p/${programme.slug}`}>{programme.name}</Link>
                </h3>
                <p className="my-programme-roles">
                  {t('myPage.role', {
                    count: roles.length,
                    roles: list.format(roles.map((role) => t(`roles.${role}`))),
                  })}
                </p>
                {roles.includes('peer') || roles.includes('mentor') ? (
                  <>
                    <p>
                      <Link to={`/min-side/oensker?projekt=${programme.slug}`} className="tap-link">
                        {t('myPage.wishes')}
                      </Link>
                    </p>
                    <p>
                      <Link to={`/min-side/makker-tilbud?projekt=${programme.slug}`} className="tap-link">
                        {t('myPage.offers')}
                      </Link>
                    </p>
                    <p>
                      <Link to={`/min-side/makker?projekt=${programme.slug}`} className="tap-link">
                        {t('myPage.pair')}
                      </Link>
                    </p>
                  </>
                ) : null}
                {roles.includes('mentor') ? (
                  <p>
                    <Link to={`/min-side/uddannelse?projekt=${programme.slug}`} className="tap-link">
                      {t('myPage.training')}
                    </Link>
                  </p>
                ) : null}
                {roles.includes('peer') || roles.includes('mentor') ? (
                  <p>
                    <Link to={`/min-side/trivsel?projekt=${programme.slug}`} className="tap-link">
                      {t('myPage.wellbeing')}
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-two-factor-heading" className="mb-6">
        <h2 id="my-two-factor-heading">{t('twoFactor.myPage.title')}</h2>
        <p>{t(me.user.twoFactorEnabled ? 'twoFactor.myPage.on' : 'twoFactor.myPage.off')}</p>
        <p>
          <Link to="/to-faktor" className="button button-secondary">
            {t(me.user.twoFactorEnabled ? 'twoFactor.myPage.manage' : 'twoFactor.myPage.setUp')}
          </Link>
        </p>
      </section>
      {/* "Mine data" and "Hvem har set mine data" (my-data-links.tsx) */}
      <MyDataLinks />
      {/* Passkeys: list, delete, make one (passkey-section.tsx) */}
      <PasskeySection />
      <section aria-labelledby="my-everywhere-heading" className="mb-6">
        <h2 id="my-everywhere-heading">{t('myPage.everywhereTitle')}</h2>
        <p>{t('myPage.everywhereIntro')}</p>
        <SignOutButton className="button button-secondary" label={t('myPage.signOutEverywhere')} everywhere />
      </section>
      <SignOutButton className="button button-secondary" label={t('myPage.signOut')} />
    </div>
  );
}
