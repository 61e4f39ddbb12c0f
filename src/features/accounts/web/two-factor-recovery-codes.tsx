import { useTranslation } from 'react-i18next';

/**
 * Recovery codes, shown once (better-auth keeps them only encrypted): what they are for, how to
 * keep them, and two ways to keep them — a text file and the printer. The file is made in the
 * browser as a data: address, so the codes are not sent anywhere again.
 */
export function TwoFactorRecoveryCodes({ codes, email }: { codes: string[]; email: string }) {
  const { t } = useTranslation('accounts');
  const file = [
    t('twoFactor.recoveryCodes.fileHeading', { email }),
    '',
    ...codes,
    '',
    t('twoFactor.recoveryCodes.fileNote'),
    '',
  ].join('\n');
  return (
    <div className="two-factor-recovery-codes">
      <p>{t('twoFactor.recoveryCodes.intro')}</p>
      <p className="weight-semibold">{t('twoFactor.recoveryCodes.keep')}</p>
      <ul className="nobullet-list font-lead" aria-label={t('twoFactor.recoveryCodes.listLabel')}>
        {codes.map((code) => (
          <li key={code} className="mb-2">
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="form-actions d-print-none">
        <a
          className="button button-secondary"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`}
          download={t('twoFactor.recoveryCodes.fileName')}
        >
          {t('twoFactor.recoveryCodes.download')}
        </a>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('twoFactor.recoveryCodes.print')}
        </button>
      </div>
    </div>
  );
}
