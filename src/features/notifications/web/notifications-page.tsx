import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireLogin } from '../../accounts/web/index.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import { useKindTexts } from './kind-texts.ts';
import { markRead, myNotificationsQuery, notificationsKey } from './notifications.requests.ts';
import { useMyProgramme } from './use-my-programme.ts';

/**
 * Route `/min-side/notifikationer`, for everyone logged in: their own notifications, newest
 * first, the new ones marked; opening one marks it read. It refreshes every 30 s and on focus.
 */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  return <RequireLogin documentTitle={t('list.documentTitle')}>{(me) => <Mine me={me} />}</RequireLogin>;
}

function Mine({ me }: { me: Parameters<typeof useMyProgramme>[0] }) {
  const { t } = useTranslation('notifications');
  const { chosen, search } = useMyProgramme(me);
  return (
    <div className="notifications-page">
      <title>{`${t('list.documentTitle')} – makker`}</title>
      <h1>{t('list.title')}</h1>
      <p className="font-lead">{t('list.intro')}</p>
      {chosen ? (
        <>
          <p>
            <Link to={`/min-side/notifikationer/valg${search}`} className="tap-link">
              {t('list.choose')}
            </Link>
          </p>
          <List programmeId={chosen.programme.id} />
        </>
      ) : (
        <p>{t('list.noProgramme')}</p>
      )}
    </div>
  );
}

function List({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('notifications');
  const texts = useKindTexts();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const list = useQuery(myNotificationsQuery(programmeId));
  const [status, setStatus] = useState('');
  const read = useMutation({
    mutationFn: (ids?: string[]) => markRead(programmeId, ids),
    onSuccess: async (_data, ids) => {
      if (!ids) setStatus(t('list.marked'));
      await queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  if (!list.data) {
    return list.isError ? (
      <p role="alert">
        {problemMessage(list.error)}{' '}
        <button type="button" className="button button-secondary" onClick={() => void list.refetch()}>
          {t('retry')}
        </button>
      </p>
    ) : (
      <p>{t('loading')}</p>
    );
  }
  const { items, unread } = list.data;
  return (
    <>
      <p role="status" className="notifications-status">
        {status || (unread > 0 ? t('list.unread', { count: unread }) : items.length ? t('list.allRead') : '')}
      </p>
      {unread > 0 ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={read.isPending}
          onClick={() => read.mutate(undefined)}
        >
          {t('list.markAll')}
        </button>
      ) : null}
      {items.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <ul className="notifications-list">
          {items.map((item) => (
            <li
              key={item.id}
              className={item.read ? 'notifications-item' : 'notifications-item notifications-new'}
            >
              <h2 className="h4">
                {item.read ? null : <span className="notifications-new-mark">{t('list.new')}: </span>}
                {texts.title(item.kind)}
              </h2>
              <p>{texts.text(item.kind)}</p>
              <p className="notifications-when">{texts.when(item.createdAt)}</p>
              <Link
                to={item.link}
                className="button button-secondary"
                onClick={() => {
                  if (!item.read) read.mutate([item.id]);
                }}
              >
                {t('list.open')}
                <span className="sr-only">{`: ${texts.title(item.kind)}`}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
