import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { CafeCheckInList } from '../community.contract.ts';
import { checkInListQuery, communityKey, makeCode, recordVisit } from './community.requests.ts';
import { useCommunityFormat } from './community-format.ts';
import { type Programme, QueryState, StaffFrame } from './community-frame.tsx';

type Person = CafeCheckInList['people'][number];

/**
 * Route `/faellesskab/cafe/:cafeSessionId`: check-in on a phone in the café. One large button
 * per person; one tap checks them in, another takes it back; the live region says what was
 * saved. "Vis kode" shows a six-digit code for people to check themselves in.
 */
export function CafeCheckInPage() {
  const { t } = useTranslation('community');
  return (
    <StaffFrame documentTitle={t('checkIn.documentTitle')}>
      {(programme, search) => <CheckIn key={programme.id} programme={programme} search={search} />}
    </StaffFrame>
  );
}

function CheckIn({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('community');
  const format = useCommunityFormat();
  const { cafeSessionId = '' } = useParams();
  const list = useQuery(checkInListQuery(programme.id, cafeSessionId));
  const [message, setMessage] = useState('');
  if (!list.data)
    return (
      <>
        <title>{`${t('checkIn.documentTitle')} – makker`}</title>
        <QueryState query={list} />
      </>
    );
  const { session, people } = list.data;
  const when = format.span(session.startsAt, session.endsAt);
  const came = people.filter((p) => p.came).length;
  return (
    <>
      <title>{`${t('checkIn.documentTitle')} – ${when} – makker`}</title>
      <p>
        <Link to={`/faellesskab${search}`} className="community-link">
          {t('checkIn.back')}
        </Link>
      </p>
      <h1>{t('checkIn.title', { when })}</h1>
      <p className="font-lead">{session.place}</p>
      <RoomCode programmeId={programme.id} cafeSessionId={session.id} onError={setMessage} />
      <p>{t('checkIn.intro')}</p>
      <p className="weight-semibold">{t('checkIn.count', { count: came })}</p>
      <p role="status" className="community-status">
        {message}
      </p>
      {people.length === 0 ? (
        <p>{t('checkIn.nobody')}</p>
      ) : (
        <ul className="community-check-in">
          {people.map((person) => (
            <PersonButton
              key={person.id}
              programmeId={programme.id}
              cafeSessionId={session.id}
              person={person}
              onSaved={setMessage}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function PersonButton({
  programmeId,
  cafeSessionId,
  person,
  onSaved,
}: {
  programmeId: string;
  cafeSessionId: string;
  person: Person;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('community');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (came: boolean) => recordVisit(programmeId, cafeSessionId, person.id, came),
    onSuccess: async (_, came) => {
      onSaved(t(came ? 'checkIn.saved' : 'checkIn.removed', { name: person.name }));
      await queryClient.invalidateQueries({ queryKey: communityKey(programmeId) });
    },
    onError: (e) => onSaved(problemMessage(e)),
  });
  const came = save.isPending ? save.variables : person.came;
  const stateId = `visit-${person.id}`;
  return (
    <li>
      <button
        type="button"
        className={`button ${came ? 'button-primary' : 'button-secondary'} community-person`}
        aria-pressed={came}
        aria-describedby={stateId}
        onClick={() => save.mutate(!came)}
      >
        {person.name}
      </button>
      <span id={stateId} className="form-hint community-person-state">
        {came ? (person.via === 'code' ? t('checkIn.viaCode') : t('checkIn.came')) : t('checkIn.notYet')}
      </span>
    </li>
  );
}

function RoomCode({
  programmeId,
  cafeSessionId,
  onError,
}: {
  programmeId: string;
  cafeSessionId: string;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation('community');
  const format = useCommunityFormat();
  const problemMessage = useProblemMessage();
  const make = useMutation({
    mutationFn: () => makeCode(programmeId, cafeSessionId),
    onError: (e) => onError(problemMessage(e)),
  });
  return (
    <div className="community-code">
      {make.data ? (
        <>
          <p className="community-code-digits">{t('checkIn.code', { code: make.data.code })}</p>
          <p>{t('checkIn.codeUntil', { time: format.time(make.data.expiresAt) })}</p>
        </>
      ) : null}
      <button
        type="button"
        className="button button-secondary community-action"
        disabled={make.isPending}
        onClick={() => make.mutate()}
      >
        {make.data ? t('checkIn.newCode') : t('checkIn.showCode')}
      </button>
    </div>
  );
}
