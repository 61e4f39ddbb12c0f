import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { findEmailProblem } from '../../../shared/email-address.ts';
import {
  ChoiceGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  TextField,
  useProblemMessage,
} from '../../ui/web/index.ts';
import type { InvitationPreview } from '../accounts.contract.ts';
import type { AcceptMutation } from './invitation-page.tsx';
import { PasswordField } from './password-field.tsx';
import { loginPathReturningTo } from './return-path.ts';

/** Server answers about the password itself; they belong beside the field (as on /ny-adgangskode). */
const PASSWORD_PROBLEMS = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_COMMON',
  'PASSWORD_SAME_AS_EMAIL',
];

/** Roles that must use two-factor login, which e-mailed login links would skip (decision 017). */
const PRIVILEGED = new Set(['staff', 'researcher', 'admin']);

type Way = 'link' | 'password';
type Field = 'name' | 'email' | 'password';

/**
 * Making the login of a person who has none yet: their name (as the staff wrote it), their
 * e-mail (fixed when the invitation came by e-mail: receiving it proved the address) and how
 * they want to log in. A password is optional for peers and mentors, who may use e-mailed links
 * instead; staff, researchers and admins need one, for two-factor login.
 */
export function InvitationAcceptForm({
  token,
  preview,
  accept,
}: {
  token: string;
  preview: InvitationPreview;
  accept: AcceptMutation;
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const needsPassword = preview.roles.some((role) => PRIVILEGED.has(role));
  const fixedEmail = preview.email !== null;
  const [name, setName] = useState(preview.name);
  const [email, setEmail] = useState(preview.email ?? '');
  const [way, setWay] = useState<Way>(needsPassword ? 'password' : 'link');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (accept.isPending) return;
    const emailProblem = findEmailProblem(email);
    const found: Partial<Record<Field, string>> = {
      ...(name.trim() === '' ? { name: t('invitation.form.nameRequired') } : {}),
      ...(emailProblem
        ? { email: t(emailProblem === 'required' ? 'form.emailRequired' : 'form.emailInvalid') }
        : {}),
      ...(way === 'password' && password === '' ? { password: t('invitation.form.passwordRequired') } : {}),
    };
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) {
      accept.reset();
      return;
    }
    accept.mutate({
      token,
      name: name.trim(),
      email: email.trim(),
      ...(way === 'password' ? { password } : {}),
    });
  }

  // The server's answer about a field goes beside it; anything else to the top.
  const fieldErrors = isApiError(accept.error, 'VALIDATION_FAILED') ? accept.error.errors : [];
  const serverField: Field | undefined = PASSWORD_PROBLEMS.some((code) => isApiError(accept.error, code))
    ? 'password'
    : (['name', 'email', 'password'] as const).find((field) =>
        fieldErrors.some((e) => e.path === `body.${field}`),
      );
  const shown = { ...errors, ...(serverField ? { [serverField]: problemMessage(accept.error) } : {}) };
  const accountExists = isApiError(accept.error, 'ACCOUNT_EXISTS_LOGIN_REQUIRED');
  const summary: ErrorSummaryItem[] = [
    ...(['name', 'email', 'password'] as const).flatMap((field) =>
      shown[field] ? [{ text: shown[field], fieldId: `invitation-${field}` }] : [],
    ),
    ...(accept.isError && !serverField ? [{ text: problemMessage(accept.error) }] : []),
  ];

  return (
    <section aria-labelledby="invitation-form-heading" className="invitation-step">
      <h2 id="invitation-form-heading">{t('invitation.form.title')}</h2>
      <form noValidate onSubmit={submit} className="login-form">
        <ErrorSummary key={attempt} items={summary} />
        {accountExists ? (
          <p>
            <Link to={loginPathReturningTo(`/invitation#${token}`)} className="button button-secondary">
              {t('invitation.logInFirst.button')}
            </Link>
          </p>
        ) : null}
        <TextField
          id="invitation-name"
          label={t('invitation.form.name')}
          hint={t('invitation.form.nameHint')}
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={shown.name}
        />
        <TextField
          id="invitation-email"
          label={t('invitation.form.email')}
          hint={t(fixedEmail ? 'invitation.form.emailFixedHint' : 'invitation.form.emailHint')}
          type="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          readOnly={fixedEmail}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={shown.email}
        />
        {needsPassword ? (
          <p className="invitation-password-needed">{t('invitation.form.passwordNeeded')}</p>
        ) : (
          <ChoiceGroup<Way>
            id="invitation-way"
            type="radio"
            legend={t('invitation.form.wayLegend')}
            choices={[
              { value: 'link', label: t('invitation.form.wayLink'), hint: t('invitation.form.wayLinkHint') },
              {
                value: 'password',
                label: t('invitation.form.wayPassword'),
                hint: t('invitation.form.wayPasswordHint'),
              },
            ]}
            selected={[way]}
            onChange={([chosen]) => setWay(chosen ?? 'link')}
          />
        )}
        {way === 'password' ? (
          <div className="invitation-password">
            <p id="invitation-rules-intro">{t('invitation.form.rulesIntro')}</p>
            <ul className="password-rules" aria-labelledby="invitation-rules-intro">
              <li>{t('newPassword.ruleLength')}</li>
              <li>{t('newPassword.ruleCommon')}</li>
              <li>{t('newPassword.ruleEmail')}</li>
            </ul>
            <p className="password-tip">{t('newPassword.tip')}</p>
            <PasswordField
              id="invitation-password"
              label={t('invitation.form.password')}
              hint={t('newPassword.hint')}
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={shown.password}
            />
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {accept.isPending ? t('form.sending') : t('invitation.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
