import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestLoginLink } from './auth.requests.ts';
import { findEmailProblem } from './email-address.ts';
import { ErrorSummary } from './error-summary.tsx';
import { useProblemMessage } from './problem-message.ts';
import { TextField } from './text-field.tsx';

/** Only an e-mail: the easy way in for peers, who then tap the link in the mail. */
export function LoginLinkForm({
  initialEmail,
  onSent,
}: {
  initialEmail: string;
  onSent: (email: string) => void;
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const [email, setEmail] = useState(initialEmail);
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  const request = useMutation({
    mutationFn: requestLoginLink,
    onSuccess: (_, sentTo) => onSent(sentTo),
  });

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
    ...(error ? [{ text: error, fieldId: 'link-email' }] : []),
    ...(request.isError ? [{ text: problemMessage(request.error) }] : []),
  ];

  return (
    <form noValidate onSubmit={submit} className="login-form">
      <ErrorSummary key={attempt} items={summary} headingLevel={3} />
      <TextField
        id="link-email"
        label={t('login.link.email')}
        type="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {request.isPending ? t('form.sending') : t('login.link.submit')}
        </button>
      </div>
    </form>
  );
}
