import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { CafeOverview } from '../community.contract.ts';
import { CafeSlotForm } from './cafe-slot-form.tsx';
import { cafeQuery, cancelCafe, communityKey, eventsQuery, setHost } from './community.requests.ts';
import { useCommunityFormat } from './community-format.ts';
import { type Programme, QueryState, StaffFrame } from './community-frame.tsx';
import { EventFacts } from './event-facts.tsx';

type Session = CafeOverview['sessions'][number];

/**
 * Route `/faellesskab`, for staff: the café (weekly times, the rota to fill and swap, cancel a
 * day, check in; visits as counts only) and the events with their counts.
 */
export function CommunityPage() {
  const { t } = useTranslation('community');
  return (
    <StaffFrame documentTitle={t('staff.documentTitle')}>
      {(programme, search, userId) => (
        <Overview key={programme.id} programme={programme} search={search} userId={userId} />
      )}
    </StaffFrame>
  );
}

function Overview({ programme, search, userId }: { programme: Programme; search: string; userId: string }) {
  const { t } = useTranslation('community');
  const format = useCommunityFormat();
  const cafe = useQuery(cafeQuery(programme.id));
  const events = useQuery(eventsQuery(programme.id));
  const [message, setMessage] = useState('');
  const now = Date.now();
  const upcoming = cafe.data?.sessions.filter((s) => Date.parse(s.endsAt) >= now).slice(0, 8) ?? [];
  const past = cafe.data?.sessions.filter((s) => Date.parse(s.endsAt) < now).reverse() ?? [];
  return (
    <>
      <title>{`${t('staff.documentTitle')} – makker`}</title>
      <h1>{t('staff.title')}</h1>
      <p role="status" className="community-status">
        {message}
      </p>
      <section aria-labelledby="cafe-heading" className="community-section">
        <h2 id="cafe-heading">{t('staff.cafeTitle')}</h2>
        {cafe.data ? (
          <>
            <p>
              {t('staff.slots', {
                times: cafe.data.slots
                  .map((s) => `${format.weekday(s.weekday)} ${s.start}–${s.end}`)
                  .join(', '),
              })}
            </p>
            <ul className="community-slots">
              {cafe.data.slots.map((slot) => (
                <li key={slot.id}>
                  <span className="weight-semibold">{`${format.weekday(slot.weekday)} ${slot.start}–${slot.end}`}</span>
                  {`, ${slot.place}`}
                  <CafeSlotForm programmeId={programme.id} slot={slot} onSaved={setMessage} />
                </li>
              ))}
            </ul>
            <CafeSlotForm programmeId={programme.id} onSaved={setMessage} />
            <p className="community-feed">{t('staff.feed', { url: cafe.data.feedUrl })}</p>
            <h3>{t('staff.upcoming')}</h3>
            <ul className="community-list">
              {upcoming.map((session) => (
                <SessionCard
                  key={session.id}
                  programmeId={programme.id}
                  search={search}
                  session={session}
                  userId={userId}
                  staff={cafe.data.staff}
                  onSaved={setMessage}
                />
              ))}
            </ul>
            <h3>{t('staff.past')}</h3>
            <ul className="community-past">
              {past.map((s) => (
                <li key={s.id}>
                  <Link to={`/faellesskab/cafe/${s.id}${search}`} className="community-link">
                    {format.day(s.startsAt)}
                  </Link>
                  {': '}
                  {s.cancelled ? t('staff.cancelled') : t('staff.visits', { count: s.visits })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <QueryState query={cafe} />
        )}
      </section>
      <section aria-labelledby="events-heading" className="community-section">
        <h2 id="events-heading">{t('staff.eventsTitle')}</h2>
        <p>
          <Link to={`/faellesskab/arrangementer/nyt${search}`} className="button button-secondary">
            {t('staff.createEvent')}
          </Link>
        </p>
        {events.data ? (
          events.data.events.length === 0 ? (
            <p>{t('staff.noEvents')}</p>
          ) : (
            <ul className="community-list">
              {events.data.events.map((e) => (
                <li key={e.id} className="community-card">
                  <h3>
                    <Link to={`/faellesskab/arrangementer/${e.id}${search}`} className="community-link">
                      {e.title}
                    </Link>
                  </h3>
                  <EventFacts event={e} />
                  <p>
                    {t('staff.places', { taken: e.taken, capacity: e.capacity })} ·{' '}
                    {t('staff.waiting', { count: e.waiting })}
                    {Date.parse(e.startsAt) < now ? ` · ${t('staff.attended', { count: e.attended })}` : null}
                  </p>
                </li>
              ))}
            </ul>
          )
        ) : (
          <QueryState query={events} />
        )}
      </section>
    </>
  );
}

function SessionCard({
  programmeId,
  search,
  session,
  userId,
  staff,
  onSaved,
}: {
  programmeId: string;
  search: string;
  session: Session;
  /** The staff member looking: "Tag vagten" puts them on duty in one tap. */
  userId: string;
  staff: CafeOverview['staff'];
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('community');
  const format = useCommunityFormat();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const when = format.span(session.startsAt, session.endsAt);
  const refresh = () => queryClient.invalidateQueries({ queryKey: communityKey(programmeId) });
  const host = useMutation({
    mutationFn: (hostId: string | null) => setHost(programmeId, session.id, hostId),
    onSuccess: async () => {
      onSaved(t('staff.hostSaved', { when }));
      await refresh();
    },
    onError: (e) => onSaved(problemMessage(e)),
  });
  const cancel = useMutation({
    mutationFn: () => cancelCafe(programmeId, session.id, reason),
    onSuccess: async (done) => {
      setCancelling(false);
      onSaved(t('staff.cancelDone', { when, count: done.notified }));
      await refresh();
    },
    onError: (e) => onSaved(problemMessage(e)),
  });
  const selectId = `host-${session.id}`;
  return (
    <li className={session.cancelled ? 'community-card community-cancelled' : 'community-card'}>
      <h4 id={`session-${session.id}`}>{when}</h4>
      <p>{session.place}</p>
      {session.cancelled ? (
        <p className="weight-semibold">
          {t('staff.cancelled')}
          {session.cancelReason ? `: ${session.cancelReason}` : null}
        </p>
      ) : (
        <>
          <div className="form-group">
            <label className="form-label" htmlFor={selectId}>
              {t('staff.hostLabel', { when: format.day(session.startsAt) })}
            </label>
            <select
              id={selectId}
              className="form-select"
              value={session.host?.id ?? ''}
              onChange={(e) => host.mutate(e.target.value || null)}
            >
              <option value="">{t('staff.noHost')}</option>
              {staff.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          {session.host?.id !== userId && staff.some((p) => p.id === userId) ? (
            <div className="community-actions">
              <button
                type="button"
                className="button button-tertiary community-action"
                aria-describedby={`session-${session.id}`}
                onClick={() => host.mutate(userId)}
              >
                {t('staff.takeShift')}
              </button>
            </div>
          ) : null}
          {cancelling ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                cancel.mutate();
              }}
            >
              <TextField
                id={`reason-${session.id}`}
                label={t('staff.cancelReason')}
                value={reason}
                maxLength={300}
                onChange={(e) => setReason(e.target.value)}
              />
              <div className="community-actions">
                <button
                  type="submit"
                  className="button button-primary community-action"
                  disabled={cancel.isPending}
                >
                  {t('staff.confirmCancel')}
                </button>
                <button
                  type="button"
                  className="button button-secondary community-action"
                  onClick={() => setCancelling(false)}
                >
                  {t('staff.keep')}
                </button>
              </div>
            </form>
          ) : (
            <div className="community-actions">
              <Link
                to={`/faellesskab/cafe/${session.id}${search}`}
                className="button button-primary community-action"
              >
                {t('staff.checkIn')}
              </Link>
              <button
                type="button"
                className="button button-secondary community-action"
                aria-describedby={`session-${session.id}`}
                onClick={() => setCancelling(true)}
              >
                {t('staff.cancel')}
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
