import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { CohortDetail, PersonRef } from '../training.contract.ts';
import { candidatesQuery, changePlace, trainingKey } from './training.requests.ts';

type Change = 'add' | 'place' | 'remove';

/** One mutation for the place changes of a cohort, with the outcome read out in a status line. */
function usePlaceChange(programmeId: string, cohortId: string) {
  const { t } = useTranslation('training');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const mutation = useMutation({
    mutationFn: (v: { person: PersonRef; change: Change }) =>
      changePlace(programmeId, cohortId, v.person.id, v.change),
    onSuccess: async (_, v) => {
      setStatus(t(`places.done.${v.change}`, { name: v.person.name }));
      await queryClient.invalidateQueries({ queryKey: trainingKey(programmeId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  return { mutation, status };
}

/** "Tilføj en peer-mentor": a mentor not on the cohort joins it, or its waiting list when it is full. */
export function AddToCohort({ programmeId, cohort }: { programmeId: string; cohort: CohortDetail }) {
  const { t } = useTranslation('training');
  const candidates = useQuery(candidatesQuery(programmeId));
  const { mutation, status } = usePlaceChange(programmeId, cohort.id);
  const [chosen, setChosen] = useState('');
  const on = new Set([...cohort.memberList, ...cohort.waitingList].map((p) => p.id));
  const mentors = (candidates.data?.mentors ?? []).filter((m) => !on.has(m.id));
  const full = cohort.memberList.length >= cohort.capacity;

  function submit(event: FormEvent) {
    event.preventDefault();
    const person = mentors.find((m) => m.id === chosen);
    if (!person || mutation.isPending) return;
    mutation.mutate({ person, change: 'add' }, { onSuccess: () => setChosen('') });
  }

  return (
    <section aria-labelledby="training-add" className="training-section">
      <h2 id="training-add">{t('places.addTitle')}</h2>
      <p>{t(full ? 'places.addFull' : 'places.addIntro')}</p>
      {mentors.length === 0 ? (
        <p>{t('places.noneToAdd')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <div className="form-group">
            <label className="form-label" htmlFor="training-add-mentor">
              {t('places.mentor')}
            </label>
            <select
              id="training-add-mentor"
              className="form-select"
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
            >
              <option value="">{t('places.choose')}</option>
              {mentors.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.cohortName ? t('places.mentorOn', { name: m.name, cohort: m.cohortName }) : m.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button-secondary training-action"
            disabled={!chosen || mutation.isPending}
          >
            {t('places.add')}
          </button>
        </form>
      )}
      <p role="status" className="training-status">
        {status}
      </p>
    </section>
  );
}

/** The waiting list in order, each with "give a place" (when one is free) and "remove". */
export function WaitingList({ programmeId, cohort }: { programmeId: string; cohort: CohortDetail }) {
  const { t } = useTranslation('training');
  const { mutation, status } = usePlaceChange(programmeId, cohort.id);
  const free = cohort.memberList.length < cohort.capacity;
  return (
    <section aria-labelledby="training-waiting" className="training-section">
      <h2 id="training-waiting">{t('cohort.waiting', { count: cohort.waitingList.length })}</h2>
      {cohort.waitingList.length === 0 ? (
        <p>{t('cohort.noWaiting')}</p>
      ) : (
        <ol className="training-people training-progress">
          {cohort.waitingList.map((person) => (
            <li key={person.id}>
              <span className="weight-semibold">{person.name}</span>
              <div className="training-session-actions">
                {free ? (
                  <button
                    type="button"
                    className="button button-secondary training-action"
                    disabled={mutation.isPending}
                    onClick={() => mutation.mutate({ person, change: 'place' })}
                  >
                    {t('places.give', { name: person.name })}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button-tertiary training-action"
                  disabled={mutation.isPending}
                  onClick={() => mutation.mutate({ person, change: 'remove' })}
                >
                  {t('places.removeWaiting', { name: person.name })}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="training-status">
        {status}
      </p>
    </section>
  );
}

/** "Fjern fra holdet" for a place given by mistake: only while no attendance is registered. */
export function RemoveMember({
  programmeId,
  cohortId,
  member,
}: {
  programmeId: string;
  cohortId: string;
  member: PersonRef;
}) {
  const { t } = useTranslation('training');
  const { mutation, status } = usePlaceChange(programmeId, cohortId);
  return (
    <div>
      <div className="training-session-actions">
        <button
          type="button"
          className="button button-tertiary training-action"
          disabled={mutation.isPending}
          onClick={() => mutation.mutate({ person: member, change: 'remove' })}
        >
          {t('places.remove', { name: member.name })}
        </button>
      </div>
      <p role="status" className="training-status">
        {status}
      </p>
    </div>
  );
}
