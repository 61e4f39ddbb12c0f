import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DkfdsIcon } from '../../ui/web/index.ts';
import type { MeResponse } from '../accounts.contract.ts';
import { meQuery } from './accounts.queries.ts';
import { type StartedTwoFactor, startTwoFactor } from './two-factor.requests.ts';
import { TwoFactorPasswordForm } from './two-factor-password-form.tsx';
import { TwoFactorRecoveryCodes } from './two-factor-recovery-codes.tsx';
import { isTwoFactorRequired } from './two-factor-required.ts';
import { TwoFactorScanStep } from './two-factor-scan-step.tsx';

type Step =
  | { name: 'password' }
  | { name: 'scan'; started: StartedTwoFactor }
  | { name: 'codes'; started: StartedTwoFactor };

/**
 * Turning two-factor login on, in three steps on one address: confirm the password, connect the
 * app and confirm a code from it, then keep the recovery codes (shown only here, once).
 */
export function TwoFactorSetup({ me }: { me: MeResponse }) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ name: 'password' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = useRef(step.name);

  useEffect(() => {
    // A new step replaces the last one at the same address: its heading takes focus, so screen
    // reader and keyboard users start there (not on the first load, where the page heading leads).
    if (shown.current === step.name) return;
    shown.current = step.name;
    headingRef.current?.focus();
  }, [step.name]);

  const stepTitle = {
    password: t('twoFactor.setup.passwordTitle'),
    scan: t('twoFactor.setup.scanTitle'),
    codes: t('twoFactor.setup.codesTitle'),
  }[step.name];

  return (
    <div className="two-factor-setup">
      <title>{`${stepTitle} – ${t('twoFactor.setup.title')} – makker`}</title>
      <h1>{t('twoFactor.setup.title')}</h1>
      {step.name === 'password' ? (
        <>
          <p className="font-lead">{t('twoFactor.setup.intro')}</p>
          {isTwoFactorRequired(me) ? (
            <p className="weight-semibold">{t('twoFactor.myPage.required')}</p>
          ) : null}
          <p>{t('twoFactor.setup.needApp')}</p>
          <p>{t('twoFactor.setup.linkWarning')}</p>
        </>
      ) : null}
      <section aria-labelledby="two-factor-step-heading" className="mt-6">
        <h2 id="two-factor-step-heading" ref={headingRef} tabIndex={-1}>
          {stepTitle}
        </h2>
        {step.name === 'password' ? (
          <>
            <TwoFactorPasswordForm
              id="two-factor-password"
              submitLabel={t('twoFactor.setup.continue')}
              send={startTwoFactor}
              onDone={(started) => setStep({ name: 'scan', started })}
            />
            <p className="login-alternative">
              {t('twoFactor.setup.noPassword')}{' '}
              <Link to="/glemt-adgangskode" className="login-alternative-link">
                {t('twoFactor.setup.choosePassword')}
              </Link>
            </p>
          </>
        ) : null}
        {step.name === 'scan' ? (
          <TwoFactorScanStep
            totpURI={step.started.totpURI}
            onConfirmed={() => {
              void queryClient.invalidateQueries({ queryKey: meQuery().queryKey });
              setStep({ name: 'codes', started: step.started });
            }}
          />
        ) : null}
        {step.name === 'codes' ? (
          <>
            <div className="alert alert-success" role="status">
              <DkfdsIcon name="success" className="alert-icon" />
              <div className="alert-body">
                <p className="alert-heading">{t('twoFactor.setup.done')}</p>
                <p className="alert-text">{t('twoFactor.setup.otherSessions')}</p>
              </div>
            </div>
            <TwoFactorRecoveryCodes codes={step.started.backupCodes} email={me.user.email} />
            <p className="mt-6">
              <Link to="/min-side" className="button button-primary">
                {t('twoFactor.setup.finish')}
              </Link>
            </p>
          </>
        ) : null}
      </section>
    </div>
  );
}
