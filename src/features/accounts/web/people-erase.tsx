import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { ErrorSummary, useProblemMessage } from '../../ui/web/index.ts';
import type { MeResponse, Person } from '../accounts.contract.ts';
import { erasePerson, peopleQuery } from './people.requests.ts';
import { ReauthenticateNotice } from './people-notices.tsx';
import type { PeopleNotice } from './people-page.tsx';

/**
 * Erasing a person's data in the programme, after a confirm step that says what it means: it
 * cannot be undone, the account goes too when it was their only programme, and the audit trail
 * stays (decision 018). Focus moves to "yes" and back to the first button on "no".
 */
export function PersonErase({
  person,
  programme,
}: {
  person: Person;
  programme: MeResponse['memberships'][number]['programme'];
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const yesRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const values = { name: person.name, programme: programme.name };

  const erase = useMutation({
    mutationFn: () => erasePerson(programme.id, person.id),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: peopleQuery(programme.id).queryKey });
      const notice = t(result.accountDeleted ? 'people.erase.doneWithAccount' : 'people.erase.done', values);
      const state: PeopleNotice = { notice };
      void navigate(`/personer${search}`, { state });
    },
  });

  useEffect(() => {
    if (confirming) yesRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  return (
    <section aria-labelledby="person-erase-heading" className="people-section">
      <h2 id="person-erase-heading">{t('people.erase.title', values)}</h2>
      <p>{t('people.erase.intro', values)}</p>
      {confirming ? (
        <fieldset className="erase-confirm">
          <legend className="form-label">{t('people.erase.confirm', values)}</legend>
          <ul>
            <li>{t('people.erase.consequenceGone', values)}</li>
            <li>{t('people.erase.consequenceAccount', values)}</li>
            <li>{t('people.erase.consequenceLog')}</li>
          </ul>
          {isApiError(erase.error, 'REAUTHENTICATION_REQUIRED') ? (
            <ReauthenticateNotice key={attempt} takeFocus />
          ) : (
            <ErrorSummary
              key={attempt}
              items={erase.isError ? [{ text: problemMessage(erase.error) }] : []}
            />
          )}
          <div className="form-actions">
            <button
              ref={yesRef}
              type="button"
              className="button button-primary"
              onClick={() => {
                if (erase.isPending) return;
                setAttempt((n) => n + 1);
                erase.mutate();
              }}
            >
              {erase.isPending ? t('form.sending') : t('people.erase.yes', values)}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                returnFocus.current = true;
                erase.reset();
                setConfirming(false);
              }}
            >
              {t('people.erase.no')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          ref={startRef}
          type="button"
          className="button button-secondary"
          onClick={() => setConfirming(true)}
        >
          {t('people.erase.start', values)}
        </button>
      )}
    </section>
  );
}
