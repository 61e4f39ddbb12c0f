import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api-client.ts';
import { findEmailProblem } from '../../../shared/email-address.ts';
import {
  ChoiceGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  TextField,
  useProblemMessage,
} from '../../ui/web/index.ts';
import type { CreateInvitationRequest } from '../accounts.contract.ts';
import { createInvitation, invitationsQuery } from './people.requests.ts';
import { StatusMessage } from './people-notices.tsx';
import { grantableRoles, type Role } from './people-roles.ts';

type Channel = 'email' | 'sms';
type Field = 'name' | 'email' | 'phone' | 'roles';

/** The first element each field's error summary link leads to. */
const FIELD_IDS: Record<Field, string> = {
  name: 'invite-name',
  email: 'invite-email',
  phone: 'invite-phone',
  roles: 'invite-roles-peer',
};

/** The numbers the server takes (src/server/sms.ts normalizePhone): 8 digits, or + and 8–15. */
function isPhoneShaped(value: string): boolean {
  const compact = value.replace(/[\s\-().]/g, '');
  return /^\d{8}$/.test(compact) || /^00\d{8,15}$/.test(compact) || /^\+\d{8,15}$/.test(compact);
}

/**
 * "Inviter en person": a name, e-mail or SMS, and the roles the inviter may give (staff: peers
 * and mentors; admins: all). The fields are about someone else, so the browser is asked not to
 * fill them with the inviter's own details.
 */
export function InviteForm({ programmeId, myRoles }: { programmeId: string; myRoles: readonly Role[] }) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const roles = grantableRoles(myRoles);
  const [name, setName] = useState('');
  const [channel, setChannel] = useState<Channel>('email');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [chosen, setChosen] = useState<Role[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState('');

  const create = useMutation({
    mutationFn: (body: CreateInvitationRequest) => createInvitation(programmeId, body),
    onSuccess: (invitation) => {
      setSent(t('people.invite.sent', { name: invitation.name, to: invitation.email ?? invitation.phone }));
      setName('');
      setEmail('');
      setPhone('');
      setChosen([]);
      void queryClient.invalidateQueries({ queryKey: invitationsQuery(programmeId).queryKey });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const emailProblem = channel === 'email' ? findEmailProblem(email) : null;
    const found: Partial<Record<Field, string>> = {
      ...(name.trim() === '' ? { name: t('people.invite.nameRequired') } : {}),
      ...(emailProblem
        ? { email: t(emailProblem === 'required' ? 'people.invite.emailRequired' : 'form.emailInvalid') }
        : {}),
      ...(channel === 'sms' && phone.trim() === '' ? { phone: t('people.invite.phoneRequired') } : {}),
      ...(channel === 'sms' && phone.trim() !== '' && !isPhoneShaped(phone)
        ? { phone: t('people.invite.phoneInvalid') }
        : {}),
      ...(chosen.length === 0 ? { roles: t('people.invite.rolesRequired') } : {}),
    };
    setErrors(found);
    setAttempt((n) => n + 1);
    setSent('');
    if (Object.keys(found).length > 0) {
      create.reset();
      return;
    }
    create.mutate({
      name: name.trim(),
      channel,
      ...(channel === 'email' ? { email: email.trim() } : { phone: phone.trim() }),
      roles: chosen,
    });
  }

  // The server's answer about a field goes beside it; anything else to the top.
  const fieldErrors = isApiError(create.error, 'VALIDATION_FAILED') ? create.error.errors : [];
  const serverField: Field | undefined = isApiError(create.error, 'PHONE_INVALID')
    ? 'phone'
    : (['name', 'email', 'phone', 'roles'] as const).find((field) =>
        fieldErrors.some((e) => e.path === `body.${field}` || e.path.startsWith(`body.${field}.`)),
      );
  const shown = { ...errors, ...(serverField ? { [serverField]: problemMessage(create.error) } : {}) };
  const summary: ErrorSummaryItem[] = [
    ...(['name', 'email', 'phone', 'roles'] as const).flatMap((field) =>
      shown[field] ? [{ text: shown[field], fieldId: FIELD_IDS[field] }] : [],
    ),
    ...(create.isError && !serverField ? [{ text: problemMessage(create.error) }] : []),
  ];

  return (
    <section aria-labelledby="invite-heading" className="people-section">
      <h2 id="invite-heading">{t('people.invite.title')}</h2>
      <p>{t('people.invite.intro')}</p>
      <StatusMessage text={sent} />
      <form noValidate onSubmit={submit} className="login-form invite-form">
        <ErrorSummary key={attempt} items={summary} headingLevel={3} />
        <TextField
          id="invite-name"
          label={t('people.invite.name')}
          hint={t('people.invite.nameHint')}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={shown.name}
        />
        <ChoiceGroup<Channel>
          id="invite-channel"
          type="radio"
          legend={t('people.invite.channel')}
          choices={[
            { value: 'email', label: t('people.invite.channelEmail') },
            { value: 'sms', label: t('people.invite.channelSms'), hint: t('people.invite.channelSmsHint') },
          ]}
          selected={[channel]}
          onChange={([value]) => setChannel(value ?? 'email')}
        />
        {channel === 'email' ? (
          <TextField
            id="invite-email"
            label={t('people.invite.email')}
            type="email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={shown.email}
          />
        ) : (
          <TextField
            id="invite-phone"
            label={t('people.invite.phone')}
            hint={t('people.invite.phoneHint')}
            type="tel"
            autoComplete="off"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            error={shown.phone}
          />
        )}
        <ChoiceGroup<Role>
          id="invite-roles"
          type="checkbox"
          legend={t('people.invite.roles')}
          hint={myRoles.includes('admin') ? undefined : t('people.invite.rolesStaffHint')}
          error={shown.roles}
          choices={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          selected={chosen}
          onChange={setChosen}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {create.isPending ? t('form.sending') : t('people.invite.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
