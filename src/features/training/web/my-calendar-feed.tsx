import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { CalendarFeed } from '../training.contract.ts';
import { calendarFeedQuery, changeCalendarFeed } from './training.requests.ts';
import { useTrainingFormat } from './training-format.ts';

/**
 * "Abonnér på kalenderen" on /min-side/uddannelse (decision 037): make a secret address for the
 * phone's calendar, copy it or open it as webcal://, make a new one (the old stops working) or
 * turn the feed off. The address is shown only right after it was made: only its hash is kept.
 */
export function MyCalendarFeed({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const feed = useQuery(calendarFeedQuery(programmeId));
  const [made, setMade] = useState<CalendarFeed | null>(null);
  const [status, setStatus] = useState('');
  const change = useMutation({
    mutationFn: (kind: 'new' | 'off') => changeCalendarFeed(programmeId, kind),
    onSuccess: (answer, kind) => {
      setMade(answer.url ? answer : null);
      setStatus(t(kind === 'new' ? 'calendar.made' : 'calendar.stopped'));
      queryClient.setQueryData(calendarFeedQuery(programmeId).queryKey, {
        active: answer.active,
        createdAt: answer.createdAt,
      });
    },
    onError: (error) => setStatus(problemMessage(error)),
  });

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('calendar.copied'));
    } catch {
      setStatus(t('calendar.copyFailed'));
    }
  }

  const active = feed.data?.active ?? false;
  return (
    <section aria-labelledby="my-calendar" className="training-section">
      <h2 id="my-calendar">{t('calendar.title')}</h2>
      <p>{t('calendar.intro')}</p>
      {made?.url && made.webcalUrl ? (
        <>
          <label className="form-label" htmlFor="my-calendar-url">
            {t('calendar.address')}
          </label>
          <input id="my-calendar-url" className="form-input input-width-xl" readOnly value={made.url} />
          <div className="training-session-actions">
            <a className="button button-primary training-action" href={made.webcalUrl}>
              {t('calendar.open')}
            </a>
            <button
              type="button"
              className="button button-secondary training-action"
              onClick={() => copy(made.url!)}
            >
              {t('calendar.copy')}
            </button>
          </div>
          <p className="form-hint">{t('calendar.keepSecret')}</p>
        </>
      ) : active && feed.data?.createdAt ? (
        <p>{t('calendar.on', { date: format.shortDay(feed.data.createdAt) })}</p>
      ) : null}
      <div className="training-session-actions">
        <button
          type="button"
          className={`button ${active ? 'button-secondary' : 'button-primary'} training-action`}
          disabled={change.isPending}
          onClick={() => change.mutate('new')}
        >
          {active ? t('calendar.renew') : t('calendar.subscribe')}
        </button>
        {active ? (
          <button
            type="button"
            className="button button-tertiary training-action"
            disabled={change.isPending}
            onClick={() => change.mutate('off')}
          >
            {t('calendar.stop')}
          </button>
        ) : null}
      </div>
      <p role="status" className="training-status">
        {status}
      </p>
    </section>
  );
}
