import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { EventDetail } from '../community.contract.ts';
import { communityKey, eventQuery, recordEventAttendance } from './community.requests.ts';
import { type Programme, QueryState, StaffFrame } from './community-frame.tsx';
import { EventFacts } from './event-facts.tsx';

type SignUp = EventDetail['confirmed'][number];

/**
 * Route `/faellesskab/arrangementer/:eventId`, for staff: the event, who has a place, the
 * waiting list in order, and from the start one tap per person for who came.
 */
export function EventPage() {
  const { t } = useTranslation('community');
  return (
    <StaffFrame documentTitle={t('event.documentTitle')}>
      {(programme, search) => <Event key={programme.id} programme={programme} search={search} />}
    </StaffFrame>
  );
}

function Event({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('community');
  const { eventId = '' } = useParams();
  const detail = useQuery(eventQuery(programme.id, eventId));
  const [message, setMessage] = useState('');
  const back = (
    <p>
      <Link to={`/faellesskab${search}`} className="community-link">
        {t('event.back')}
      </Link>
    </p>
  );
  if (!detail.data)
    return (
      <>
        <title>{`${t('event.documentTitle')} – makker`}</title>
        {back}
        <QueryState query={detail} />
      </>
    );
  const { event, confirmed, waitingList } = detail.data;
  const started = Date.parse(event.startsAt) - Date.now() < 60 * 60_000;
  const nameOf = (s: SignUp) => (s.guest ? t('event.withGuest', { name: s.name }) : s.name);
  return (
    <>
      <title>{`${event.title} – makker`}</title>
      {back}
      <h1>{event.title}</h1>
      {event.description ? <p className="font-lead">{event.description}</p> : null}
      <EventFacts event={event} />
      <p role="status" className="community-status">
        {message}
      </p>
      <section aria-labelledby="confirmed-heading" className="community-section">
        <h2 id="confirmed-heading">
          {t('event.confirmed')} ({t('staff.places', { taken: event.taken, capacity: event.capacity })})
        </h2>
        {confirmed.length === 0 ? (
          <p>{t('event.noneConfirmed')}</p>
        ) : started ? (
          <ul className="community-register">
            {confirmed.map((s) => (
              <AttendanceRow
                key={s.id}
                programmeId={programme.id}
                eventId={event.id}
                signUp={s}
                name={nameOf(s)}
                onSaved={setMessage}
              />
            ))}
          </ul>
        ) : (
          <ol className="community-names">
            {confirmed.map((s) => (
              <li key={s.id}>{nameOf(s)}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="waiting-heading" className="community-section">
        <h2 id="waiting-heading">{t('event.waitingList')}</h2>
        {waitingList.length === 0 ? (
          <p>{t('event.noneWaiting')}</p>
        ) : (
          <ol className="community-names">
            {waitingList.map((s) => (
              <li key={s.id}>{nameOf(s)}</li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function AttendanceRow({
  programmeId,
  eventId,
  signUp,
  name,
  onSaved,
}: {
  programmeId: string;
  eventId: string;
  signUp: SignUp;
  name: string;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('community');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (attended: boolean) => recordEventAttendance(programmeId, eventId, signUp.id, attended),
    onSuccess: async (_, attended) => {
      onSaved(t('event.saved', { name: signUp.name, mark: t(attended ? 'event.came' : 'event.didNotCome') }));
      await queryClient.invalidateQueries({ queryKey: communityKey(programmeId) });
    },
    onError: (e) => onSaved(problemMessage(e)),
  });
  const attended = save.isPending ? save.variables : signUp.attended;
  const legendId = `attended-${signUp.id}`;
  return (
    <li>
      <fieldset aria-describedby={`${legendId}-state`}>
        <legend id={legendId}>{name}</legend>
        <span id={`${legendId}-state`} className="form-hint">
          {attended === null ? t('event.notYet') : t(attended ? 'event.came' : 'event.didNotCome')}
        </span>
        <div className="community-marks">
          {[true, false].map((value) => (
            <button
              key={String(value)}
              type="button"
              className={`button ${attended === value ? 'button-primary' : 'button-secondary'} community-action`}
              aria-pressed={attended === value}
              onClick={() => save.mutate(value)}
            >
              {t(value ? 'event.came' : 'event.didNotCome')}
            </button>
          ))}
        </div>
      </fieldset>
    </li>
  );
}
