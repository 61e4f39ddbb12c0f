import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DkfdsIcon } from '../../ui/web/index.ts';
import type { MeResponse } from '../accounts.contract.ts';
import { meQuery } from './accounts.queries.ts';
import { newRecoveryCodes, turnOffTwoFactor } from './two-factor.requests.ts';
import { TwoFactorPasswordForm } from './two-factor-password-form.tsx';
import { TwoFactorRecoveryCodes } from './two-factor-recovery-codes.tsx';
import { isTwoFactorRequired } from './two-factor-required.ts';

/** For someone with two-factor login on: new recovery codes, or turning it off (both need the password). */
export function TwoFactorManage({ me, onTurnedOff }: { me: MeResponse; onTurnedOff: () => void }) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  const codesHeadingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (codes) codesHeadingRef.current?.focus();
  }, [codes]);

  return (
    <div className="two-factor-manage">
      <title>{`${t('twoFactor.manage.title')} – makker`}</title>
      <h1>{t('twoFactor.manage.title')}</h1>
      <div className="alert alert-success">
        <DkfdsIcon name="success" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('twoFactor.manage.on')}</p>
        </div>
      </div>

      <section aria-labelledby="two-factor-codes-heading" className="mt-7">
        <h2 id="two-factor-codes-heading">{t('twoFactor.manage.newCodesTitle')}</h2>
        {codes ? (
          <>
            <h3 ref={codesHeadingRef} tabIndex={-1}>
              {t('twoFactor.manage.newCodesDone')}
            </h3>
            <TwoFactorRecoveryCodes codes={codes} email={me.user.email} />
          </>
        ) : (
          <>
            <p>{t('twoFactor.manage.newCodesIntro')}</p>
            <TwoFactorPasswordForm
              id="two-factor-codes-password"
              submitLabel={t('twoFactor.manage.newCodesSubmit')}
              send={newRecoveryCodes}
              onDone={(result) => setCodes(result.backupCodes)}
            />
          </>
        )}
      </section>

      <section aria-labelledby="two-factor-off-heading" className="mt-7">
        <h2 id="two-factor-off-heading">{t('twoFactor.manage.offTitle')}</h2>
        <p>{t('twoFactor.manage.offIntro')}</p>
        {isTwoFactorRequired(me) ? (
          <p className="weight-semibold">{t('twoFactor.manage.offPrivileged')}</p>
        ) : null}
        <TwoFactorPasswordForm
          id="two-factor-off-password"
          submitLabel={t('twoFactor.manage.offSubmit')}
          send={turnOffTwoFactor}
          onDone={() => {
            void queryClient.invalidateQueries({ queryKey: meQuery().queryKey });
            onTurnedOff();
          }}
        />
      </section>

      <p className="mt-7">
        <Link to="/min-side" className="button button-secondary">
          {t('twoFactor.page.backToMyPage')}
        </Link>
      </p>
    </div>
  );
}
