import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { ChoiceGroup, ErrorSummary, useProblemMessage } from '../../ui/web/index.ts';
import type { MeResponse, Person } from '../accounts.contract.ts';
import { peopleQuery, setRoles } from './people.requests.ts';
import { ReauthenticateNotice, StatusMessage } from './people-notices.tsx';
import type { PeopleNotice } from './people-page.tsx';
import { grantableRoles, type Role } from './people-roles.ts';

/**
 * A person's roles as checkboxes (those the staff member may give). Saving needs a recent login
 * (the server asks for one, and the page explains); the person's own sessions end, so their
 * rights change at once. No roles at all: they leave the programme, back to the list.
 */
export function PersonRolesForm({
  person,
  programme,
  myRoles,
}: {
  person: Person;
  programme: MeResponse['memberships'][number]['programme'];
  myRoles: readonly Role[];
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [chosen, setChosen] = useState<Role[]>(person.roles);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState('');

  const save = useMutation({
    mutationFn: (roles: Role[]) => setRoles(programme.id, person.id, roles),
    onSuccess: async (_, roles) => {
      await queryClient.invalidateQueries({ queryKey: peopleQuery(programme.id).queryKey });
      if (roles.length === 0) {
        const state: PeopleNotice = { notice: t('people.roles.left', { name: person.name }) };
        void navigate(`/personer${search}`, { state });
        return;
      }
      setSaved(t('people.roles.saved', { name: person.name }));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setAttempt((n) => n + 1);
    setSaved('');
    save.mutate(chosen);
  }

  const reauthenticate = isApiError(save.error, 'REAUTHENTICATION_REQUIRED');
  return (
    <section aria-labelledby="person-roles-heading" className="people-section">
      <h2 id="person-roles-heading">{t('people.roles.title')}</h2>
      <StatusMessage text={saved} />
      <form noValidate onSubmit={submit} className="login-form">
        {reauthenticate ? (
          <ReauthenticateNotice key={attempt} takeFocus />
        ) : (
          <ErrorSummary key={attempt} items={save.isError ? [{ text: problemMessage(save.error) }] : []} />
        )}
        <ChoiceGroup<Role>
          id="person-roles"
          type="checkbox"
          legend={t('people.roles.legend', { name: person.name, programme: programme.name })}
          hint={t('people.roles.hint', { name: person.name })}
          choices={grantableRoles(myRoles).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          selected={chosen}
          onChange={setChosen}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {save.isPending ? t('form.sending') : t('people.roles.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
