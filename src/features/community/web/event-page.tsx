import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorSummary, TextAreaField, useProblemMessage } from '../../ui/web/index.ts';
import type { CommunityEvent, EventDetail } from '../community.contract.ts';
import { cancelEvent, communityKey, eventQuery, recordEventAttendance } from './community.requests.ts';
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
      {!event.cancelledAt && Date.now() < Date.parse(event.startsAt) ? (
        <p>
          <Link
            to={`/faellesskab/arrangementer/${event.id}/ret${search}`}
            className="button button-secondary"
          >
            {t('event.edit')}
          </Link>
        </p>
      ) : null}
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
      {!event.cancelledAt && Date.now() < Date.parse(event.startsAt) ? (
        <CancelEvent programmeId={programme.id} event={event} onDone={setMessage} />
      ) : null}
    </>
  );
}

/** Cancelling, with the reason everyone signed up or waiting is told (by e-mail, and on their page). */
function CancelEvent({
  programmeId,
  event,
  onDone,
}: {
  programmeId: string;
  event: CommunityEvent;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('community');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const cancel = useMutation({
    mutationFn: () => cancelEvent(programmeId, event.id, reason.trim()),
    onSuccess: async () => {
      onDone(t('event.cancelDone', { title: event.title }));
      await queryClient.invalidateQueries({ queryKey: communityKey(programmeId) });
    },
    onError: (e) => setError(problemMessage(e)),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (cancel.isPending) return;
    setAttempt((n) => n + 1);
    const missing = reason.trim() ? '' : t('event.cancelReasonMissing');
    setError(missing);
    if (!missing) cancel.mutate();
  }
  const errors = error ? [{ text: error, ...(reason.trim() ? {} : { fieldId: reasonId }) }] : [];
  return (
    <section aria-labelledby="cancel-heading" className="community-section">
      <h2 id="cancel-heading">{t('event.cancelTitle')}</h2>
      <p>{t('event.cancelIntro', { count: event.taken + event.waiting })}</p>
      <form noValidate onSubmit={submit} className="community-form">
        <ErrorSummary key={attempt} items={errors} headingLevel={3} />
        <TextAreaField
          id={reasonId}
          label={t('event.cancelReason')}
          hint={t('event.cancelReasonHint')}
          error={error && !reason.trim() ? error : undefined}
          required
          maxLength={500}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t('event.cancelSubmit')}
          </button>
        </div>
      </form>
    </section>
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
