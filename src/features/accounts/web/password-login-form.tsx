import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { findEmailProblem } from '../../../shared/email-address.ts';
import { ErrorSummary, type ErrorSummaryItem, TextField, useProblemMessage } from '../../ui/web/index.ts';
import { meQuery } from './accounts.queries.ts';
import { signInWithPassword } from './auth.requests.ts';
import { PasswordField } from './password-field.tsx';
import { useReturnPath } from './return-path.ts';

interface FieldErrors {
  email?: string;
  password?: string;
}

/**
 * E-mail and password; on success the person goes to their own page, or, when their account has
 * two-factor login, on to the code step (`onTwoFactor`), which the login page shows instead.
 */
export function PasswordLoginForm({
  initialEmail = '',
  onTwoFactor,
}: {
  initialEmail?: string;
  onTwoFactor: (email: string) => void;
}) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const problemMessage = useProblemMessage();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const signIn = useMutation({
    mutationFn: signInWithPassword,
    onSuccess: (result, input) => {
      if (result?.twoFactorRedirect) {
        onTwoFactor(input.email);
        return;
      }
      // Back to "not yet known" (not stale data of a visitor), so Min side waits for the new
      // answer instead of sending the person straight back here.
      void queryClient.resetQueries({ queryKey: meQuery().queryKey });
      void navigate(returnPath);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signIn.isPending) return;
    const emailProblem = findEmailProblem(email);
    const found: FieldErrors = {
      ...(emailProblem
        ? { email: t(emailProblem === 'required' ? 'form.emailRequired' : 'form.emailInvalid') }
        : {}),
      ...(password === '' ? { password: t('form.passwordRequired') } : {}),
    };
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) {
      signIn.reset();
      return;
    }
    signIn.mutate({ email: email.trim(), password });
  }

  const summary: ErrorSummaryItem[] = [
    ...(errors.email ? [{ text: errors.email, fieldId: 'login-email' }] : []),
    ...(errors.password ? [{ text: errors.password, fieldId: 'login-password' }] : []),
    ...(signIn.isError ? [{ text: problemMessage(signIn.error) }] : []),
  ];

  return (
    <form noValidate onSubmit={submit} className="login-form">
      <ErrorSummary key={attempt} items={summary} headingLevel={3} />
      <TextField
        id="login-email"
        label={t('login.password.email')}
        type="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
      />
      <PasswordField
        id="login-password"
        label={t('login.password.password')}
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {signIn.isPending ? t('form.sending') : t('login.password.submit')}
        </button>
        <Link to="/glemt-adgangskode" className="forgot-password-link">
          {t('login.password.forgot')}
        </Link>
      </div>
    </form>
  );
}
