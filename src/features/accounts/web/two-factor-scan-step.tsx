import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { ErrorSummary, type ErrorSummaryItem, useProblemMessage } from '../../ui/web/index.ts';
import { confirmTwoFactor, endOtherSessions } from './two-factor.requests.ts';
import { isSixDigits, normaliseCode, TwoFactorCodeField } from './two-factor-code-field.tsx';
import { TwoFactorQrCode } from './two-factor-qr-code.tsx';

const CODE_ID = 'two-factor-confirm-code';

/** The secret in groups of four, as apps show it and people copy it by eye. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * Set-up step 2: connect the app (scan the QR code, or type the key), then prove it works with a
 * code from it. Only that code turns two-factor on, so a mistyped key never locks anyone out.
 */
export function TwoFactorScanStep({ totpURI, onConfirmed }: { totpURI: string; onConfirmed: () => void }) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const secret = new URL(totpURI).searchParams.get('secret') ?? '';
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const confirm = useMutation({
    mutationFn: async (typed: string) => {
      await confirmTwoFactor(typed);
      // Sessions from before have not given a code; a failure here must not hide that two-factor
      // is now on, so it is not reported (decision 017).
      await endOtherSessions().catch(() => undefined);
    },
    onSuccess: onConfirmed,
    onError: () => setCode(''),
  });

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (confirm.isPending) return;
    const typed = normaliseCode(code);
    const found =
      typed === ''
        ? t('twoFactor.errors.codeRequired')
        : isSixDigits(typed)
          ? undefined
          : t('twoFactor.errors.codeFormat');
    setProblem(found);
    setAttempt((n) => n + 1);
    if (found) {
      confirm.reset();
      return;
    }
    confirm.mutate(typed);
  }

  const fieldError =
    problem ??
    (isApiError(confirm.error, 'TWO_FACTOR_INVALID') ? t('twoFactor.errors.codeWrong') : undefined);
  const summary: ErrorSummaryItem[] = fieldError
    ? [{ text: fieldError, fieldId: CODE_ID }]
    : confirm.isError
      ? [{ text: problemMessage(confirm.error) }]
      : [];

  return (
    <>
      <p>{t('twoFactor.setup.scan')}</p>
      <TwoFactorQrCode uri={totpURI} label={t('twoFactor.setup.qrLabel')} />
      <h3 className="mt-6">{t('twoFactor.setup.manualTitle')}</h3>
      <p>{t('twoFactor.setup.manual')}</p>
      <p className="font-lead">
        <code id="two-factor-secret">{groupSecret(secret)}</code>
      </p>
      <div className="form-actions mt-4">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('twoFactor.setup.copy')}
        </button>
        <a href={totpURI} className="button button-secondary">
          {t('twoFactor.setup.openInApp')}
        </a>
      </div>
      <p role="status" className="mt-3">
        {copied === 'yes'
          ? t('twoFactor.setup.copied')
          : copied === 'failed'
            ? t('twoFactor.setup.copyFailed')
            : ''}
      </p>
      <form noValidate onSubmit={submit} className="login-form">
        <p>{t('twoFactor.setup.confirmIntro')}</p>
        <ErrorSummary key={attempt} items={summary} headingLevel={3} />
        <TwoFactorCodeField
          id={CODE_ID}
          label={t('twoFactor.setup.confirmLabel')}
          hint={t('twoFactor.login.codeHint')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={fieldError}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {confirm.isPending ? t('form.sending') : t('twoFactor.setup.confirm')}
          </button>
          <Link to="/min-side" className="button button-secondary">
            {t('twoFactor.setup.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
