import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { ErrorSummary, type ErrorSummaryItem, TextField, useProblemMessage } from '../../ui/web/index.ts';
import { meQuery } from './accounts.queries.ts';
import { useReturnPath } from './return-path.ts';
import { verifyRecoveryCode, verifyTotpCode } from './two-factor.requests.ts';
import { isSixDigits, normaliseCode, TwoFactorCodeField } from './two-factor-code-field.tsx';

/** How long better-auth keeps the first step (its two-factor cookie), less a little for clocks. */
const CHALLENGE_MS = 10 * 60_000 - 15_000;

const FIELD_ID = 'two-factor-code';

type Mode = 'app' | 'recovery';

/**
 * The second step of a password login for someone with two-factor login: the code from their
 * app, or one of their recovery codes. better-auth remembers the first step for ten minutes and
 * five tries; after that the person starts over with the password, and this says so.
 */
export function TwoFactorLoginStep({ onStartOver }: { onStartOver: () => void }) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const problemMessage = useProblemMessage();
  const [mode, setMode] = useState<Mode>('app');
  const [code, setCode] = useState('');
  const [required, setRequired] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const startedAt = useRef(Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The address stays /log-ind, so screen readers would not notice the new step or way: the
  // heading says where the person is now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever the way changes.
  useEffect(() => headingRef.current?.focus(), [mode]);

  const verify = useMutation({
    mutationFn: (input: { mode: Mode; code: string }) =>
      input.mode === 'app' ? verifyTotpCode(input.code) : verifyRecoveryCode(input.code),
    onSuccess: () => {
      void queryClient.resetQueries({ queryKey: meQuery().queryKey });
      void navigate(returnPath);
    },
    onError: () => setCode(''),
  });

  const outcome = classify(verify.error, startedAt.current);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (verify.isPending) return;
    const typed = mode === 'app' ? normaliseCode(code) : code.trim();
    const problem =
      typed === ''
        ? t(mode === 'app' ? 'twoFactor.errors.codeRequired' : 'twoFactor.errors.recoveryRequired')
        : mode === 'app' && !isSixDigits(typed)
          ? t('twoFactor.errors.codeFormat')
          : undefined;
    setRequired(problem);
    setAttempt((n) => n + 1);
    if (problem) {
      verify.reset();
      return;
    }
    verify.mutate({ mode, code: typed });
  }

  function switchMode() {
    setMode(mode === 'app' ? 'recovery' : 'app');
    setCode('');
    setRequired(undefined);
    verify.reset();
  }

  const wrong =
    outcome === 'wrong'
      ? t(mode === 'app' ? 'twoFactor.errors.codeWrong' : 'twoFactor.errors.recoveryWrong')
      : undefined;
  const fieldError = required ?? wrong;
  const summary: ErrorSummaryItem[] = fieldError
    ? [{ text: fieldError, fieldId: FIELD_ID }]
    : outcome === 'other'
      ? [{ text: problemMessage(verify.error) }]
      : [];
  const title = t(mode === 'app' ? 'twoFactor.login.title' : 'twoFactor.login.recoveryTitle');

  return (
    <div className="two-factor-login">
      <title>{`${title} – makker`}</title>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {outcome === 'too-many' || outcome === 'expired' ? (
        <>
          <ErrorSummary
            key={attempt}
            items={[
              {
                text: t(
                  outcome === 'expired' ? 'twoFactor.errors.expired' : 'twoFactor.errors.tooManyAttempts',
                ),
              },
            ]}
          />
          <button type="button" className="button button-primary" onClick={onStartOver}>
            {t('twoFactor.login.startOver')}
          </button>
        </>
      ) : (
        <>
          <p className="font-lead">
            {t(mode === 'app' ? 'twoFactor.login.intro' : 'twoFactor.login.recoveryIntro')}
          </p>
          <form noValidate onSubmit={submit} className="login-form">
            <ErrorSummary key={attempt} items={summary} />
            {mode === 'app' ? (
              <TwoFactorCodeField
                id={FIELD_ID}
                label={t('twoFactor.login.codeLabel')}
                hint={t('twoFactor.login.codeHint')}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={fieldError}
              />
            ) : (
              <TextField
                id={FIELD_ID}
                label={t('twoFactor.login.recoveryLabel')}
                hint={t('twoFactor.login.recoveryHint')}
                autoComplete="off"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={fieldError}
              />
            )}
            <div className="form-actions">
              <button type="submit" className="button button-primary">
                {verify.isPending ? t('form.sending') : t('twoFactor.login.submit')}
              </button>
            </div>
          </form>
          <div className="login-alternative">
            <p>
              <button type="button" className="button button-secondary" onClick={switchMode}>
                {t(mode === 'app' ? 'twoFactor.login.useRecoveryCode' : 'twoFactor.login.useApp')}
              </button>
            </p>
            <p>{t('twoFactor.login.noAccess')}</p>
            <p>
              <button type="button" className="button button-secondary" onClick={onStartOver}>
                {t('twoFactor.login.startOver')}
              </button>
            </p>
          </div>
        </>
      )}
    </div>
  );
}

type Outcome = 'none' | 'wrong' | 'too-many' | 'expired' | 'other';

/**
 * What a failed check means. A wrong code is TWO_FACTOR_INVALID (a wrong recovery code arrives as
 * UNAUTHENTICATED: the bridge does not map better-auth's INVALID_BACKUP_CODE); so is a first step
 * that better-auth has forgotten, told apart here by the time. Too many tries is a plain 400.
 */
function classify(error: unknown, startedAt: number): Outcome {
  if (!error) return 'none';
  if (isApiError(error, 'BAD_REQUEST')) return 'too-many';
  if (isApiError(error, 'TWO_FACTOR_INVALID') || isApiError(error, 'UNAUTHENTICATED')) {
    return Date.now() - startedAt > CHALLENGE_MS ? 'expired' : 'wrong';
  }
  return 'other';
}
