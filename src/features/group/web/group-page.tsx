/**
 * The closed group's feed (/gruppe): house rules on the first visit, one's own notices, the
 * composer, and each post with its comments, reactions, reports and staff actions. Over 400 lines
 * because these parts are one phone screen sharing the feed query and its live topic; the post
 * card is the candidate to move out when it grows.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextAreaField, useLiveTopic, useProblemMessage } from '../../ui/web/index.ts';
import { GROUP_REACTION_KINDS, type GroupFeed, type GroupPost, type MemberRef } from '../group.contract.ts';
import {
  acceptRules,
  feedQuery,
  groupKey,
  imageUrl,
  moderate,
  newComment,
  newPost,
  react,
  report,
  setSharing,
} from './group.requests.ts';
import { GroupFrame } from './group-frame.tsx';

/**
 * Route `/gruppe`: the programme's closed group on a phone first. The house rules until they are
 * accepted, then a short form to post (text and an optional image) and the feed, which the
 * realtime hub keeps fresh.
 */
export function GroupPage() {
  const { t } = useTranslation('group');
  return (
    <GroupFrame documentTitle={t('documentTitle')}>
      {(programmeId) => <Group programmeId={programmeId} />}
    </GroupFrame>
  );
}

function Group({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('group');
  const feed = useQuery(feedQuery(programmeId));
  const [message, setMessage] = useState('');
  useLiveTopic(`programme-group:${programmeId}`, [groupKey(programmeId)]);
  const problemMessage = useProblemMessage();
  if (!feed.data) {
    return (
      <>
        <h1>{t('title')}</h1>
        {feed.isError ? <p role="alert">{problemMessage(feed.error)}</p> : <p>{t('loading')}</p>}
      </>
    );
  }
  const { me, posts } = feed.data;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('intro')}</p>
      {me.canModerate ? (
        <p>
          <Link to="/gruppe/moderation" className="group-link">
            {t('moderationLink')}
          </Link>
        </p>
      ) : null}
      {!me.rulesAccepted ? (
        <HouseRules programmeId={programmeId} />
      ) : (
        <>
          <p role="status" className="group-status">
            {message}
          </p>
          <MemberNotices me={me} />
          {me.suspendedUntil ? null : <Composer programmeId={programmeId} onDone={setMessage} />}
          <section aria-labelledby="group-feed-heading" className="group-section">
            <h2 id="group-feed-heading">{t('feedTitle')}</h2>
            {posts.length === 0 ? (
              <p>{t('empty')}</p>
            ) : (
              <ul className="group-list">
                {posts.map((p) => (
                  <PostCard key={p.id} programmeId={programmeId} post={p} me={me} onDone={setMessage} />
                ))}
              </ul>
            )}
          </section>
          <SharingChoice programmeId={programmeId} shares={me.sharesFullName} onDone={setMessage} />
        </>
      )}
    </>
  );
}

function HouseRules({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('group');
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => acceptRules(programmeId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKey(programmeId) }),
  });
  const items = t('rules.items', { returnObjects: true }) as string[];
  return (
    <section aria-labelledby="house-rules-heading" className="group-section group-rules">
      <h2 id="house-rules-heading">{t('rules.title')}</h2>
      <p>{t('rules.intro')}</p>
      <ol>
        {items.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ol>
      <button type="button" className="button button-primary group-action" onClick={() => accept.mutate()}>
        {t('rules.accept')}
      </button>
    </section>
  );
}

function MemberNotices({ me }: { me: GroupFeed['me'] }) {
  const { t, i18n } = useTranslation('group');
  if (!me.suspendedUntil && !me.moderationReason) return null;
  const until = me.suspendedUntil
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }).format(
        new Date(me.suspendedUntil),
      )
    : null;
  return (
    <div className="alert alert-warning">
      <div className="alert-body">
        {until ? <p className="alert-text">{t('suspended', { until })}</p> : null}
        {me.moderationReason ? (
          <p className="alert-text">{t('warned', { reason: me.moderationReason })}</p>
        ) : null}
      </div>
    </div>
  );
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function Composer({ programmeId, onDone }: { programmeId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('group');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // A new key empties the file input after a post.
  const [fileKey, setFileKey] = useState(0);
  const [error, setError] = useState<string>();
  const send = useMutation({
    mutationFn: async () => newPost(programmeId, body.trim(), file ? await readAsDataUrl(file) : undefined),
    onSuccess: async (created) => {
      setBody('');
      setFile(null);
      setFileKey((k) => k + 1);
      setError(undefined);
      onDone(t(created.status === 'held' ? 'compose.held' : 'compose.sent'));
      await queryClient.invalidateQueries({ queryKey: groupKey(programmeId) });
    },
    onError: (e) => setError(problemMessage(e)),
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!send.isPending && body.trim()) send.mutate();
  }
  return (
    <section aria-labelledby="compose-heading" className="group-section">
      <h2 id="compose-heading">{t('compose.title')}</h2>
      <form noValidate onSubmit={submit}>
        <TextAreaField
          id="group-post-body"
          label={t('compose.label')}
          hint={t('compose.hint')}
          error={error}
          rows={4}
          maxLength={4000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <div className="form-group">
          <label className="form-label" htmlFor="group-image">
            {t('compose.image')}
          </label>
          <span className="form-hint" id="group-image-hint">
            {t('compose.imageHint')}
          </span>
          <input
            key={fileKey}
            id="group-image"
            name="group-image"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby="group-image-hint"
            className="form-file-input"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="button button-primary group-action" disabled={send.isPending}>
          {t('compose.send')}
        </button>
      </form>
    </section>
  );
}

function useAuthorName() {
  const { t } = useTranslation('group');
  return (author: MemberRef | null) =>
    author ? `${author.displayName} · ${t(`role.${author.role}`)}` : t('formerMember');
}

function PostCard({
  programmeId,
  post,
  me,
  onDone,
}: {
  programmeId: string;
  post: GroupPost;
  me: GroupFeed['me'];
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('group');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: groupKey(programmeId) });
  const [commenting, setCommenting] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [text, setText] = useState('');
  const when = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(post.createdAt));
  const headingId = `post-${post.id}`;
  const mayWrite = !me.suspendedUntil && post.status === 'published';
  const reaction = useMutation({
    mutationFn: (kind: (typeof GROUP_REACTION_KINDS)[number] | null) => react(programmeId, post.id, kind),
    onSuccess: refresh,
    onError: (e) => onDone(problemMessage(e)),
  });
  const comment = useMutation({
    mutationFn: () => newComment(programmeId, post.id, text.trim()),
    onSuccess: async (created) => {
      setText('');
      setCommenting(false);
      if (created.status === 'held') onDone(t('commentHeld'));
      await refresh();
    },
    onError: (e) => onDone(problemMessage(e)),
  });
  const sendReport = useMutation({
    mutationFn: () => report(programmeId, post.id, text.trim()),
    onSuccess: () => {
      setText('');
      setReporting(false);
      onDone(t('reported'));
    },
    onError: (e) => onDone(problemMessage(e)),
  });
  const pin = useMutation({
    mutationFn: () =>
      moderate(programmeId, { target: 'post', id: post.id, action: post.pinned ? 'unpin' : 'pin' }),
    onSuccess: refresh,
    onError: (e) => onDone(problemMessage(e)),
  });
  const authorName = useAuthorName();
  const author = authorName(post.author);
  return (
    <li className={post.pinned ? 'group-card group-pinned' : 'group-card'} aria-labelledby={headingId}>
      <h3 id={headingId} className="group-author">
        {author}
      </h3>
      <p className="group-meta">
        <time dateTime={post.createdAt}>{when}</time>
        {post.pinned ? <span className="group-tag">{t('pinned')}</span> : null}
      </p>
      {post.status === 'held' ? <p className="group-tag group-held">{t('waiting')}</p> : null}
      <p className="group-body">{post.body}</p>
      {post.image ? (
        <img
          className="group-image"
          src={imageUrl(programmeId, post.id)}
          width={post.image.width}
          height={post.image.height}
          alt={t('imageAlt', { name: post.author?.displayName ?? t('formerMember') })}
          loading="lazy"
        />
      ) : null}
      {post.status === 'published' ? (
        <div className="group-actions">
          {GROUP_REACTION_KINDS.map((kind) => {
            const count = post.reactions.find((r) => r.kind === kind)?.count ?? 0;
            const mine = post.myReaction === kind;
            return (
              <button
                key={kind}
                type="button"
                className="button button-secondary group-action"
                aria-pressed={mine}
                disabled={!mayWrite}
                onClick={() => reaction.mutate(mine ? null : kind)}
              >
                {t('reactionCount', { label: t(`reactions.${kind}`), count })}
              </button>
            );
          })}
        </div>
      ) : null}
      {post.comments.length ? (
        <section aria-label={t('comments')}>
          <ul className="group-comments">
            {post.comments.map((c) => (
              <li key={c.id}>
                <span className="weight-semibold">{authorName(c.author)}: </span>
                {c.body}
                {c.status === 'held' ? <span className="group-tag group-held"> {t('waiting')}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {commenting || reporting ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            if (commenting) comment.mutate();
            else sendReport.mutate();
          }}
        >
          <TextAreaField
            id={`${headingId}-${commenting ? 'comment' : 'report'}`}
            label={commenting ? t('comment') : t('reportReason')}
            rows={2}
            maxLength={1000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="group-actions">
            <button type="submit" className="button button-primary group-action">
              {commenting ? t('commentSend') : t('reportSend')}
            </button>
            <button
              type="button"
              className="button button-tertiary group-action"
              onClick={() => {
                setCommenting(false);
                setReporting(false);
                setText('');
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : post.status === 'published' ? (
        <div className="group-actions">
          {mayWrite ? (
            <button
              type="button"
              className="button button-secondary group-action"
              onClick={() => setCommenting(true)}
            >
              {t('comment')}
            </button>
          ) : null}
          {post.author?.mine ? null : (
            <button
              type="button"
              className="button button-tertiary group-action"
              onClick={() => setReporting(true)}
            >
              {t('report')}
            </button>
          )}
          {me.canModerate ? (
            <button
              type="button"
              className="button button-tertiary group-action"
              onClick={() => pin.mutate()}
            >
              {post.pinned ? t('unpin') : t('pin')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function SharingChoice({
  programmeId,
  shares,
  onDone,
}: {
  programmeId: string;
  shares: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('group');
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (value: boolean) => setSharing(programmeId, value),
    onSuccess: async () => {
      onDone(t('share.saved'));
      await queryClient.invalidateQueries({ queryKey: groupKey(programmeId) });
    },
  });
  return (
    <section className="group-section">
      <div className="form-group-checkbox">
        <input
          id="group-share-name"
          type="checkbox"
          className="form-checkbox"
          checked={shares}
          onChange={(e) => save.mutate(e.target.checked)}
        />
        <label htmlFor="group-share-name">{t('share.label')}</label>
      </div>
    </section>
  );
}
