import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findEmailProblem } from '../../../shared/email-address.ts';
import { useProblemMessage } from '../../ui/web/index.ts';

/**
 * The state of a form that asks for something by e-mail (a login link, a password reset): the
 * field, its own check, the request, and the error summary's items. `attempt` changes on every
 * submit so the summary takes focus again.
 */
export function useEmailRequest(options: {
  fieldId: string;
  initialEmail?: string;
  send: (email: string) => Promise<unknown>;
  onSent?: (email: string) => void;
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const [email, setEmail] = useState(options.initialEmail ?? '');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const request = useMutation({
    mutationFn: options.send,
    onSuccess: (_, sentTo) => options.onSent?.(sentTo),
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
    ...(error ? [{ text: error, fieldId: options.fieldId }] : []),
    ...(request.isError ? [{ text: problemMessage(request.error) }] : []),
  ];

  return { email, setEmail, error, attempt, request, submit, summary };
}
