import { useTranslation } from 'react-i18next';
import { ErrorSummary, TextField } from '../../ui/web/index.ts';
import { requestLoginLink } from './auth.requests.ts';
import { useEmailRequest } from './use-email-request.ts';

/** Only an e-mail: the easy way in for peers, who then tap the link in the mail. */
export function LoginLinkForm({
  initialEmail,
  onSent,
}: {
  initialEmail: string;
  onSent: (email: string) => void;
}) {
  const { t } = useTranslation('accounts');
  const { email, setEmail, error, attempt, request, submit, summary } = useEmailRequest({
    fieldId: 'link-email',
    initialEmail,
    send: requestLoginLink,
    onSent,
  });

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
