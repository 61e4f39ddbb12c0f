import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api-client.ts';
import { ErrorSummary, useProblemMessage } from '../../ui/web/index.ts';
import { PasswordField } from './password-field.tsx';

/**
 * "Confirm with your password" before a two-factor change (start set-up, new recovery codes, turn
 * off): better-auth asks for it, so someone at a computer left logged in cannot change these.
 */
export function TwoFactorPasswordForm<T>({
  id,
  submitLabel,
  send,
  onDone,
}: {
  id: string;
  submitLabel: string;
  send: (password: string) => Promise<T>;
  onDone: (result: T) => void;
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const [password, setPassword] = useState('');
  const [required, setRequired] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const request = useMutation({ mutationFn: send, onSuccess: onDone });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (request.isPending) return;
    setRequired(password === '');
    setAttempt((n) => n + 1);
    if (password === '') {
      request.reset();
      return;
    }
    request.mutate(password);
  }

  // better-auth's "invalid password" arrives as INVALID_CREDENTIALS, whose text names the e-mail too.
  const fieldError = required
    ? t('twoFactor.errors.passwordRequired')
    : isApiError(request.error, 'INVALID_CREDENTIALS')
      ? t('twoFactor.errors.passwordWrong')
      : undefined;
  const summary = fieldError
    ? [{ text: fieldError, fieldId: id }]
    : request.isError
      ? [{ text: problemMessage(request.error) }]
      : [];

  return (
    <form noValidate onSubmit={submit} className="login-form">
      <ErrorSummary key={attempt} items={summary} headingLevel={3} />
      <PasswordField
        id={id}
        label={t('twoFactor.setup.passwordLabel')}
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldError}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {request.isPending ? t('form.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
