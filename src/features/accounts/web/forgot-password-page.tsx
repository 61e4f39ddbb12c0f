import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from './auth.requests.ts';
import { findEmailProblem } from './email-address.ts';
import { ErrorSummary } from './error-summary.tsx';
import { OutcomePage } from './outcome-page.tsx';
import { useProblemMessage } from './problem-message.ts';
import { TextField } from './text-field.tsx';

/** Route `/glemt-adgangskode`: ask for a link to choose a new password. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const request = useMutation({ mutationFn: requestPasswordReset });

  if (request.isSuccess) {
    return (
      <OutcomePage title={t('linkSent.title')} icon="email">
        <p className="font-lead">{t('forgotPassword.sentText', { email: request.variables })}</p>
        <p>{t('forgotPassword.sentValidity')}</p>
        <p>{t('linkSent.notFound')}</p>
        <p>
          <Link to="/log-ind" className="button button-secondary">
            {t('forgotPassword.backToLogin')}
          </Link>
        </p>
      </OutcomePage>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (request.isPending) return;
    const problem = findEmailProblem(email);
    setError(problem ? t(problem === 'required' ? 'form.emailRequired' : 'form.emailInvalid') : undefined);
    setAttempt((n) => n + 1);
    if (problem) {
      request.reset();
      return;
    }
    request.mutate(email.trim());
  }

  const summary = [
    ...(error ? [{ text: error, fieldId: 'reset-email' }] : []),
    ...(request.isError ? [{ text: problemMessage(request.error) }] : []),
  ];

  return (
    <div className="forgot-password-page">
      <title>{`${t('forgotPassword.documentTitle')} – makker`}</title>
      <h1>{t('forgotPassword.title')}</h1>
      <p className="font-lead">{t('forgotPassword.intro')}</p>
      <form noValidate onSubmit={submit} className="login-form">
        <ErrorSummary key={attempt} items={summary} />
        <TextField
          id="reset-email"
          label={t('forgotPassword.email')}
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={error}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {request.isPending ? t('form.sending') : t('forgotPassword.submit')}
          </button>
        </div>
      </form>
      <div className="login-alternative">
        <p>{t('forgotPassword.orLink')}</p>
        <p>
          <Link to="/log-ind" className="login-alternative-link">
            {t('forgotPassword.getLoginLink')}
          </Link>
        </p>
      </div>
    </div>
  );
}
