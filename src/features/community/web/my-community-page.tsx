import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireLogin } from '../../accounts/web/index.ts';
import { TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { MyCommunity } from '../community.contract.ts';
import { cancelSignUp, checkIn, communityKey, myCommunityQuery, signUp } from './community.requests.ts';
import { useCommunityFormat } from './community-format.ts';
import { QueryState } from './community-frame.tsx';
import { EventFacts } from './event-facts.tsx';

type MyEvent = MyCommunity['events'][number];

/**
 * Route `/min-side/faellesskab`, for peers and mentors: check in at the café with the room's
 * code, the café's next two weeks (and its calendar), events with sign-up and cancel in two
 * taps, and their own café record — theirs only.
 */
export function MyCommunityPage() {
  const { t } = useTranslation('community');
  const [params] = useSearchParams();
  return (
    <RequireLogin documentTitle={t('mine.documentTitle')}>
      {(me) => {
        const of = me.memberships.filter((m) => m.roles.includes('peer') || m.roles.includes('mentor'));
        const chosen = of.find((m) => m.programme.slug === params.get('projekt')) ?? of[0];
        return (
          <div className="community-page">
            <title>{`${t('mine.documentTitle')} – makker`}</title>
            <h1>{t('mine.title')}</h1>
            <p className="font-lead">{t('mine.intro')}</p>
            {chosen ? <Mine programmeId={chosen.programme.id} /> : <p>{t('mine.none')}</p>}
          </div>
        );
      }}
    </RequireLogin>
  );
}

function Mine({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('community');
  const format = useCommunityFormat();
  const mine = useQuery(myCommunityQuery(programmeId));
  const [message, setMessage] = useState('');
  if (!mine.data) return <QueryState query={mine} />;
  const { cafe, events, visits, feedUrl } = mine.data;
  return (
    <>
      <p role="status" className="community-status">
        {message}
      </p>
      <CheckInForm programmeId={programmeId} onDone={setMessage} />
      <section aria-labelledby="my-events-heading" className="community-section">
        <h2 id="my-events-heading">{t('mine.eventsTitle')}</h2>
        {events.length === 0 ? (
          <p>{t('mine.noEvents')}</p>
        ) : (
          <ul className="community-list">
            {events.map((e) => (
              <EventCard key={e.id} programmeId={programmeId} event={e} onDone={setMessage} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-cafe-heading" className="community-section">
        <h2 id="my-cafe-heading">{t('mine.cafeTitle')}</h2>
        {cafe.length === 0 ? (
          <p>{t('mine.noCafe')}</p>
        ) : (
          <ul className="community-list">
            {cafe.map((s) => (
              <li
                key={s.id}
                className={s.cancelled ? 'community-card community-cancelled' : 'community-card'}
              >
                <h3>{format.span(s.startsAt, s.endsAt)}</h3>
                <p>{s.place}</p>
                {s.cancelled ? (
                  <p className="weight-semibold">
                    {t('staff.cancelled')}
                    {s.cancelReason ? `: ${s.cancelReason}` : null}
                  </p>
                ) : s.host ? (
                  <p>{t('mine.onDuty', { name: s.host.name })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={feedUrl.replace(/^https?:/, 'webcal:')} className="community-link">
            {t('mine.feed')}
          </a>
        </p>
      </section>
      <section aria-labelledby="my-record-heading" className="community-section">
        <h2 id="my-record-heading">{t('mine.recordTitle')}</h2>
        <p>{t('mine.record', { count: visits.total })}</p>
        {visits.recent.length ? (
          <ul>
            {visits.recent.map((v) => (
              <li key={v.startsAt}>{format.day(v.startsAt)}</li>
            ))}
          </ul>
        ) : null}
        <p className="form-hint">{t('mine.recordNote')}</p>
      </section>
    </>
  );
}

function CheckInForm({ programmeId, onDone }: { programmeId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('community');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const send = useMutation({
    mutationFn: () => checkIn(programmeId, code.trim()),
    onSuccess: async () => {
      setCode('');
      setError(undefined);
      onDone(t('mine.checkedIn'));
      await queryClient.invalidateQueries({ queryKey: communityKey(programmeId) });
    },
    onError: (e) => setError(problemMessage(e)),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!send.isPending) send.mutate();
  }
  return (
    <section aria-labelledby="check-in-heading" className="community-section">
      <h2 id="check-in-heading">{t('mine.checkInTitle')}</h2>
      <form noValidate onSubmit={submit} className="community-check-in-form">
        <TextField
          id="check-in-code"
          label={t('mine.code')}
          hint={t('mine.checkInHint')}
          error={error}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
        />
        <button type="submit" className="button button-primary community-action">
          {t('mine.checkIn')}
        </button>
      </form>
    </section>
  );
}

function EventCard({
  programmeId,
  event,
  onDone,
}: {
  programmeId: string;
  event: MyEvent;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('community');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [guest, setGuest] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: communityKey(programmeId) });
  const join = useMutation({
    mutationFn: () => signUp(programmeId, event.id, guest),
    onSuccess: async (mine) => {
      setAsking(false);
      onDone(t(mine.status === 'confirmed' ? 'mine.signedUp' : 'mine.onWaitingList', { title: event.title }));
      await refresh();
    },
    onError: (e) => onDone(problemMessage(e)),
  });
  const leave = useMutation({
    mutationFn: () => cancelSignUp(programmeId, event.id),
    onSuccess: async () => {
      setAsking(false);
      onDone(t('mine.cancelledDone', { title: event.title }));
      await refresh();
    },
    onError: (e) => onDone(problemMessage(e)),
  });
  const free = Math.max(0, event.capacity - event.taken);
  const open = Date.now() <= Date.parse(event.signUpDeadline);
  const headingId = `event-${event.id}`;
  const { mine } = event;
  return (
    <li className="community-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{event.title}</h3>
      {event.description ? <p>{event.description}</p> : null}
      <EventFacts event={event} />
      {event.cancelledAt ? null : mine.status === 'confirmed' ? (
        <p className="weight-semibold">{t(mine.guest ? 'mine.youAreInWithGuest' : 'mine.youAreIn')}</p>
      ) : mine.status === 'waiting' ? (
        <p className="weight-semibold">{t('mine.youWait', { position: mine.queuePosition })}</p>
      ) : (
        <p>{free > 0 && event.waiting === 0 ? t('mine.freePlaces', { count: free }) : t('mine.full')}</p>
      )}
      {event.cancelledAt ? null : mine.status ? (
        asking ? (
          <ConfirmOrKeep
            label={t('mine.confirmCancel')}
            onConfirm={() => leave.mutate()}
            onKeep={() => setAsking(false)}
          />
        ) : Date.now() < Date.parse(event.startsAt) ? (
          <button
            type="button"
            className="button button-secondary community-action"
            onClick={() => setAsking(true)}
          >
            {t('mine.cancel')}
          </button>
        ) : null
      ) : !event.mayCome ? (
        <p>{t('mine.notForYou')}</p>
      ) : !open ? (
        <p>{t('mine.closed')}</p>
      ) : asking ? (
        <div>
          {event.guestAllowed ? (
            <div className="form-group">
              <input
                id={`guest-${event.id}`}
                type="checkbox"
                className="form-checkbox"
                checked={guest}
                onChange={(e) => setGuest(e.target.checked)}
              />
              <label htmlFor={`guest-${event.id}`}>{t('mine.bringGuest')}</label>
            </div>
          ) : null}
          <ConfirmOrKeep
            label={t('mine.confirmSignUp')}
            onConfirm={() => join.mutate()}
            onKeep={() => setAsking(false)}
          />
        </div>
      ) : (
        <button
          type="button"
          className="button button-primary community-action"
          onClick={() => setAsking(true)}
        >
          {free > 0 && event.waiting === 0 ? t('mine.signUp') : t('mine.signUpWaiting')}
        </button>
      )}
    </li>
  );
}

/** The second tap: confirm, or keep things as they are. */
function ConfirmOrKeep({
  label,
  onConfirm,
  onKeep,
}: {
  label: string;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  const { t } = useTranslation('community');
  return (
    <div className="community-actions">
      <button type="button" className="button button-primary community-action" onClick={onConfirm}>
        {label}
      </button>
      <button type="button" className="button button-secondary community-action" onClick={onKeep}>
        {t('mine.keep')}
      </button>
    </div>
  );
}
