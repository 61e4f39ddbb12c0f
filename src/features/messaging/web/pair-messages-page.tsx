import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RequireLogin } from '../../accounts/web/index.ts';
import { TextAreaField, useLiveTopic, useProblemMessage } from '../../ui/web/index.ts';
import { MESSAGE_MAX_LENGTH, type MyThreads, THREAD_RETENTION_DAYS } from '../messaging.contract.ts';
import { MessageItem } from './message-item.tsx';
import { myThreadsQuery, sendMessage, threadKey, threadQuery } from './messaging.requests.ts';
import { QueryState } from './query-state.tsx';

/**
 * Route `/min-side/makker/beskeder`, for a peer or a mentor (phones first, 320 px up): the
 * pair's own thread, updated live, with a field to write in while the pair runs
 * (`?projekt=<slug>` for the programme, `?forloeb=<id>` for an earlier pair's read-only thread).
 */
export function PairMessagesPage() {
  const { t } = useTranslation('messaging');
  const [params] = useSearchParams();
  return (
    <RequireLogin documentTitle={t('thread.documentTitle')}>
      {(me) => {
        const inPair = me.memberships.filter((m) => m.roles.includes('peer') || m.roles.includes('mentor'));
        const chosen = inPair.find((m) => m.programme.slug === params.get('projekt')) ?? inPair[0];
        return (
          <div className="pair-page pair-messages-page">
            <title>{`${t('thread.documentTitle')} – makker`}</title>
            <h1>{t('thread.title')}</h1>
            <p>{t('thread.intro')}</p>
            {chosen ? (
              <Threads programmeId={chosen.programme.id} slug={chosen.programme.slug} />
            ) : (
              <p>{t('thread.none')}</p>
            )}
          </div>
        );
      }}
    </RequireLogin>
  );
}

function Threads({ programmeId, slug }: { programmeId: string; slug: string }) {
  const { t } = useTranslation('messaging');
  const [params] = useSearchParams();
  const threads = useQuery(myThreadsQuery(programmeId));
  if (!threads.data) return <QueryState query={threads} />;
  const list = threads.data.threads;
  const current = list.find((x) => x.mentorshipId === params.get('forloeb')) ?? list[0];
  const back = (
    <p>
      <Link to={`/min-side/makker?projekt=${slug}`} className="tap-link">
        {t('thread.back')}
      </Link>
    </p>
  );
  if (!current)
    return (
      <>
        <p>{t('thread.none')}</p>
        {back}
      </>
    );
  const others = list.filter((x) => x !== current);
  return (
    <>
      <Thread programmeId={programmeId} thread={current} />
      {others.length ? <OtherThreads slug={slug} threads={others} /> : null}
      {back}
    </>
  );
}

function OtherThreads({ slug, threads }: { slug: string; threads: MyThreads['threads'] }) {
  const { t } = useTranslation('messaging');
  return (
    <section aria-labelledby="pair-other-threads">
      <h2 id="pair-other-threads" className="h3">
        {t('thread.otherThreads')}
      </h2>
      <ul className="pair-other-threads">
        {threads.map((x) => (
          <li key={x.mentorshipId}>
            <Link
              to={`/min-side/makker/beskeder?projekt=${slug}&forloeb=${x.mentorshipId}`}
              className="tap-link"
            >
              {x.partnerName ?? t('thread.partnerGone')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Thread({ programmeId, thread }: { programmeId: string; thread: MyThreads['threads'][number] }) {
  const { t } = useTranslation('messaging');
  const key = threadKey(programmeId, thread.mentorshipId);
  const messages = useQuery(threadQuery(programmeId, thread.mentorshipId));
  // Only the pair's two people may hear of their thread; an event says "refetch", nothing more.
  useLiveTopic(`pair-thread:${thread.mentorshipId}`, [key]);
  return (
    <>
      <p className="font-lead">
        {thread.partnerName ? t('thread.withPartner', { name: thread.partnerName }) : t('thread.partnerGone')}
      </p>
      {messages.data && !messages.data.writable ? (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t('thread.closed', { days: THREAD_RETENTION_DAYS })}</p>
          </div>
        </div>
      ) : null}
      <section aria-labelledby="pair-thread-heading">
        <h2 id="pair-thread-heading" className="h3">
          {t('thread.list')}
        </h2>
        {messages.data ? (
          messages.data.messages.length ? (
            <ol className="pair-thread" aria-live="polite">
              {messages.data.messages.map((m) => (
                <MessageItem
                  key={m.id}
                  programmeId={programmeId}
                  mentorshipId={thread.mentorshipId}
                  message={m}
                />
              ))}
            </ol>
          ) : (
            <p>{t('thread.empty')}</p>
          )
        ) : (
          <QueryState query={messages} />
        )}
      </section>
      {messages.data?.writable ? (
        <Compose programmeId={programmeId} mentorshipId={thread.mentorshipId} />
      ) : null}
      <p className="pair-message-crisis">{t('thread.crisis')}</p>
    </>
  );
}

function Compose({ programmeId, mentorshipId }: { programmeId: string; mentorshipId: string }) {
  const { t } = useTranslation('messaging');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const send = useMutation({
    mutationFn: (value: string) => sendMessage(programmeId, mentorshipId, value),
    onSuccess: async () => {
      setText('');
      setStatus(t('thread.sent'));
      await queryClient.invalidateQueries({ queryKey: threadKey(programmeId, mentorshipId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  return (
    <form
      className="pair-compose"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const value = text.trim();
        if (!value) return setError(t('thread.required'));
        if (value.length > MESSAGE_MAX_LENGTH)
          return setError(t('thread.tooLong', { max: MESSAGE_MAX_LENGTH }));
        setError(undefined);
        setStatus('');
        send.mutate(value);
      }}
    >
      <TextAreaField
        id="pair-compose-text"
        label={t('thread.write')}
        hint={t('thread.writeHint', { max: MESSAGE_MAX_LENGTH })}
        error={error}
        value={text}
        rows={3}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={send.isPending}>
        {send.isPending ? t('thread.sending') : t('thread.send')}
      </button>
      <p role="status" className="pair-compose-status">
        {status}
      </p>
    </form>
  );
}
