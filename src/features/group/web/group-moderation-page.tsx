import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextAreaField, TextField, useLiveTopic, useProblemMessage } from '../../ui/web/index.ts';
import type { QueueItem } from '../group.contract.ts';
import { groupKey, moderate, moderateMember, moderationQuery, saveWords } from './group.requests.ts';
import { GroupFrame } from './group-frame.tsx';

/**
 * Route `/gruppe/moderation`, for staff: what the word list held back and what members reported,
 * each with approve / hide / remove and a warning or pause for its author (a reason each time),
 * and the programme's word list. New held posts arrive live.
 */
export function GroupModerationPage() {
  const { t } = useTranslation('group');
  return (
    <GroupFrame documentTitle={t('moderation.documentTitle')} staffOnly>
      {(programmeId) => <Moderation programmeId={programmeId} />}
    </GroupFrame>
  );
}

function Moderation({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('group');
  const problemMessage = useProblemMessage();
  const queue = useQuery(moderationQuery(programmeId));
  const [message, setMessage] = useState('');
  useLiveTopic(`programme-group:${programmeId}`, [groupKey(programmeId)]);
  return (
    <>
      <h1>{t('moderation.title')}</h1>
      <p className="font-lead">{t('moderation.intro')}</p>
      <p>
        <Link to="/gruppe" className="group-link">
          {t('moderation.back')}
        </Link>
      </p>
      <p role="status" className="group-status">
        {message}
      </p>
      {!queue.data ? (
        queue.isError ? (
          <p role="alert">{problemMessage(queue.error)}</p>
        ) : (
          <p>{t('loading')}</p>
        )
      ) : (
        <>
          <section aria-labelledby="queue-heading" className="group-section">
            <h2 id="queue-heading">{t('moderation.queueTitle')}</h2>
            {queue.data.items.length === 0 ? (
              <p>{t('moderation.empty')}</p>
            ) : (
              <ul className="group-list">
                {queue.data.items.map((item) => (
                  <QueueCard key={item.id} programmeId={programmeId} item={item} onDone={setMessage} />
                ))}
              </ul>
            )}
          </section>
          <WordList programmeId={programmeId} words={queue.data.words} onDone={setMessage} />
        </>
      )}
    </>
  );
}

function QueueCard({
  programmeId,
  item,
  onDone,
}: {
  programmeId: string;
  item: QueueItem;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('group');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const headingId = `queue-${item.id}`;
  const act = useMutation({
    mutationFn: async (action: 'approve' | 'hide' | 'remove' | 'warn' | 'suspend') => {
      if (action === 'warn' || action === 'suspend') {
        if (!item.author.id) return;
        await moderateMember(programmeId, { userId: item.author.id, action, reason, days: 7 });
      } else {
        await moderate(programmeId, { target: item.target, id: item.id, action, reason });
      }
    },
    onSuccess: async () => {
      setReason('');
      onDone(t('moderation.done'));
      await queryClient.invalidateQueries({ queryKey: groupKey(programmeId) });
    },
    onError: (e) => onDone(problemMessage(e)),
  });
  return (
    <li className="group-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(item.target === 'post' ? 'moderation.post' : 'moderation.comment')}:{' '}
        {t('moderation.by', {
          name: item.author.name,
          role: item.author.role
            .split(', ')
            .map((r) => (r === 'peer' || r === 'mentor' || r === 'staff' ? t(`role.${r}`) : r))
            .join(', '),
        })}
      </h3>
      {item.heldFor ? (
        <p className="group-tag group-held">
          {t('moderation.heldFor', {
            word: item.heldFor === 'phone number' ? t('moderation.phone') : `“${item.heldFor}”`,
          })}
        </p>
      ) : null}
      <p className="group-body">{item.body}</p>
      {item.reports.length ? (
        <>
          <h4>{t('moderation.reportsTitle')}</h4>
          <ul>
            {item.reports.map((r) => (
              <li key={r.createdAt}>{r.reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      <TextField
        id={`${headingId}-reason`}
        label={t('moderation.reason')}
        value={reason}
        maxLength={1000}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="group-actions">
        <button
          type="button"
          className="button button-primary group-action"
          onClick={() => act.mutate('approve')}
        >
          {t('moderation.approve')}
        </button>
        <button
          type="button"
          className="button button-secondary group-action"
          onClick={() => act.mutate('hide')}
        >
          {t('moderation.hide')}
        </button>
        <button
          type="button"
          className="button button-secondary group-action"
          onClick={() => act.mutate('remove')}
        >
          {t('moderation.remove')}
        </button>
        {item.author.id ? (
          <>
            <button
              type="button"
              className="button button-tertiary group-action"
              onClick={() => act.mutate('warn')}
            >
              {t('moderation.warn')}
            </button>
            <button
              type="button"
              className="button button-tertiary group-action"
              onClick={() => act.mutate('suspend')}
            >
              {t('moderation.suspend')}
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}

function WordList({
  programmeId,
  words,
  onDone,
}: {
  programmeId: string;
  words: string[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('group');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [text, setText] = useState(words.join('\n'));
  useEffect(() => setText(words.join('\n')), [words]);
  const save = useMutation({
    mutationFn: () =>
      saveWords(
        programmeId,
        text
          .split('\n')
          .map((w) => w.trim())
          .filter((w) => w.length >= 2),
      ),
    onSuccess: async () => {
      onDone(t('moderation.wordsSaved'));
      await queryClient.invalidateQueries({ queryKey: groupKey(programmeId) });
    },
    onError: (e) => onDone(problemMessage(e)),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  return (
    <section aria-labelledby="words-heading" className="group-section">
      <h2 id="words-heading">{t('moderation.wordsTitle')}</h2>
      <form noValidate onSubmit={submit}>
        <TextAreaField
          id="group-words"
          label={t('moderation.wordsLabel')}
          hint={t('moderation.wordsHint')}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button button-primary group-action">
          {t('moderation.wordsSave')}
        </button>
      </form>
    </section>
  );
}
