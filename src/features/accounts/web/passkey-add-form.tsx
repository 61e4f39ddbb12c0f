import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api-client.ts';
import { ErrorSummary, type ErrorSummaryItem, TextField } from '../../ui/web/index.ts';
import { addPasskey, passkeysQuery } from './passkey.requests.ts';
import { usePasskeyErrorMessage } from './passkey-error-message.ts';
import { SignOutButton } from './sign-out-button.tsx';

/** As the server's limit (passkey-plugin.ts). */
const MAX_NAME_LENGTH = 60;

/**
 * Names and makes a passkey on this device. `onAdded` gets the name, for the section's status
 * message. Making one needs a login from the last 10 minutes; an older one is told to log in again.
 */
export function PasskeyAddForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const errorMessage = usePasskeyErrorMessage();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  const add = useMutation({
    mutationFn: addPasskey,
    // The message and the new row appear together: the list is fetched again first.
    onSuccess: async (_passkey, added) => {
      await queryClient.invalidateQueries({ queryKey: passkeysQuery().queryKey });
      setName('');
      onAdded(added);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const trimmed = name.trim();
    const problem =
      trimmed === ''
        ? t('passkeys.add.nameRequired')
        : trimmed.length > MAX_NAME_LENGTH
          ? t('passkeys.add.nameTooLong', { max: MAX_NAME_LENGTH })
          : undefined;
    setNameError(problem);
    setAttempt((n) => n + 1);
    if (problem) {
      add.reset();
      return;
    }
    add.mutate(trimmed);
  }

  const summary: ErrorSummaryItem[] = [
    ...(nameError ? [{ text: nameError, fieldId: 'passkey-name' }] : []),
    ...(add.isError ? [{ text: errorMessage(add.error) }] : []),
  ];

  return (
    <form noValidate onSubmit={submit} className="login-form passkey-add-form">
      <ErrorSummary key={attempt} items={summary} headingLevel={3} />
      {isApiError(add.error, 'REAUTHENTICATION_REQUIRED') ? (
        <div className="form-actions mt-0">
          <SignOutButton className="button button-secondary" label={t('passkeys.add.logInAgain')} />
        </div>
      ) : null}
      <TextField
        id="passkey-name"
        label={t('passkeys.add.nameLabel')}
        hint={t('passkeys.add.nameHint')}
        autoComplete="off"
        maxLength={MAX_NAME_LENGTH}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={nameError}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {add.isPending ? t('form.sending') : t('passkeys.add.submit')}
        </button>
      </div>
    </form>
  );
}
