import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, TextField } from '../../ui/web/index.ts';
import { requestPasswordReset } from './auth.requests.ts';
import { OutcomePage } from './outcome-page.tsx';
import { useEmailRequest } from './use-email-request.ts';

/** Route `/glemt-adgangskode`: ask for a link to choose a new password. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('accounts');
  const { email, setEmail, error, attempt, request, submit, summary } = useEmailRequest({
    fieldId: 'reset-email',
    send: requestPasswordReset,
  });

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
