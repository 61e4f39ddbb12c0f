import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { ErrorSummary, useProblemMessage } from '../../ui/web/index.ts';
import { resetPassword } from './auth.requests.ts';
import { OutcomePage } from './outcome-page.tsx';
import { PasswordField } from './password-field.tsx';

/** Server answers about the password itself; they belong beside the field, not only at the top. */
const PASSWORD_PROBLEMS = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_COMMON',
  'PASSWORD_SAME_AS_EMAIL',
];

/**
 * Route `/ny-adgangskode?token=…`, where the link in the reset mail lands (better-auth adds
 * ?error=INVALID_TOKEN instead when the link is used or too old). The rules come before the
 * field, so nobody has to fail first to learn them.
 */
export function NewPasswordPage() {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const [params] = useSearchParams();
  const token = params.get('error') ? '' : (params.get('token') ?? '');
  const [password, setPassword] = useState('');
  const [required, setRequired] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation({ mutationFn: resetPassword });

  if (!token || isApiError(save.error, 'LINK_INVALID')) {
    return (
      <OutcomePage title={t('newPassword.invalidTitle')} icon="error">
        <p className="font-lead">{t('newPassword.invalidText')}</p>
        <p>
          <Link to="/glemt-adgangskode" className="button button-primary">
            {t('newPassword.askAgain')}
          </Link>
        </p>
      </OutcomePage>
    );
  }
  if (save.isSuccess) {
    return (
      <OutcomePage title={t('newPassword.savedTitle')} icon="success">
        <p className="font-lead">{t('newPassword.savedText')}</p>
        <p>
          <Link to="/log-ind" className="button button-primary">
            {t('newPassword.goToLogin')}
          </Link>
        </p>
      </OutcomePage>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setRequired(password === '');
    setAttempt((n) => n + 1);
    if (password === '') {
      save.reset();
      return;
    }
    save.mutate({ newPassword: password, token });
  }

  const fieldProblem = PASSWORD_PROBLEMS.some((code) => isApiError(save.error, code));
  const fieldError = required
    ? t('form.newPasswordRequired')
    : fieldProblem
      ? problemMessage(save.error)
      : undefined;
  const summary = fieldError
    ? [{ text: fieldError, fieldId: 'new-password' }]
    : save.isError
      ? [{ text: problemMessage(save.error) }]
      : [];

  return (
    <div className="new-password-page">
      <title>{`${t('newPassword.documentTitle')} – makker`}</title>
      <h1>{t('newPassword.title')}</h1>
      <p className="font-lead" id="new-password-rules-intro">
        {t('newPassword.rulesIntro')}
      </p>
      <ul className="password-rules">
        <li>{t('newPassword.ruleLength')}</li>
        <li>{t('newPassword.ruleCommon')}</li>
        <li>{t('newPassword.ruleEmail')}</li>
      </ul>
      <p className="password-tip">{t('newPassword.tip')}</p>
      <form noValidate onSubmit={submit} className="login-form">
        <ErrorSummary key={attempt} items={summary} />
        <PasswordField
          id="new-password"
          label={t('newPassword.label')}
          hint={t('newPassword.hint')}
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {save.isPending ? t('form.sending') : t('newPassword.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
