import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextAreaField, TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { StaffMentorship } from '../mentorships.contract.ts';
import { addNote, addTask, completeTask, mentorshipsKey } from './mentorships.requests.ts';
import { useMentorshipFormat } from './mentorships-format.ts';

function useFollowUp<A>(programmeId: string, run: (arg: A) => Promise<unknown>, doneText: string) {
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: async () => {
      setStatus(doneText);
      await queryClient.invalidateQueries({ queryKey: mentorshipsKey(programmeId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  return { mutation, status };
}

/** Staff's tasks of the pair: open first, each with "done"; the rematch task links to matching. */
export function Tasks({ pair, programmeId }: { pair: StaffMentorship; programmeId: string }) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const done = useFollowUp(
    programmeId,
    (id: string) => completeTask(programmeId, pair.id, id),
    t('tasks.marked'),
  );
  const add = useFollowUp(
    programmeId,
    (body: { text: string; dueOn: string | null }) => addTask(programmeId, pair.id, body),
    t('tasks.added'),
  );
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | undefined>();
  const open = pair.tasks.filter((task) => !task.doneAt);
  const closed = pair.tasks.filter((task) => task.doneAt);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError(t('tasks.required'));
    setError(undefined);
    add.mutation.mutate({ text: text.trim(), dueOn: dueOn || null }, { onSuccess: () => setText('') });
  }
  return (
    <section aria-labelledby="staff-tasks-heading">
      <h2 id="staff-tasks-heading">{t('tasks.heading')}</h2>
      {open.length ? (
        <ul className="pair-tasks">
          {open.map((task) => (
            <li key={task.id} className="pair-task">
              <p className="weight-semibold">{task.text ?? t(`tasks.kind.${task.kind}`)}</p>
              <p className="form-hint">
                {t('tasks.opened', {
                  day: format.day(task.createdAt),
                  by: task.createdBy?.name ?? t('tasks.auto'),
                })}
                {task.dueOn ? ` · ${t('tasks.due', { day: format.date(task.dueOn) })}` : ''}
              </p>
              {task.kind === 'offer-rematch' ? (
                <p>
                  <Link to="/matching" className="tap-link">
                    {t('tasks.toMatching')}
                  </Link>
                </p>
              ) : null}
              <button
                type="button"
                className="button button-secondary"
                disabled={done.mutation.isPending}
                onClick={() => done.mutation.mutate(task.id)}
              >
                {t('tasks.markDone', { task: task.text ?? t(`tasks.kind.${task.kind}`) })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('tasks.none')}</p>
      )}
      <p role="status" className="pair-status">
        {done.status}
      </p>
      {closed.length ? (
        <details>
          <summary>{t('tasks.doneHeading', { count: closed.length })}</summary>
          <ul className="pair-tasks">
            {closed.map((task) => (
              <li key={task.id}>
                {task.text ?? t(`tasks.kind.${task.kind}`)} —{' '}
                {t('tasks.doneBy', { day: format.day(task.doneAt!), by: task.doneBy?.name ?? '–' })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <form onSubmit={submit} noValidate className="pair-step">
        <TextField
          id={`task-${pair.id}`}
          label={t('tasks.new')}
          error={error}
          value={text}
          maxLength={500}
          onChange={(e) => setText(e.target.value)}
        />
        <TextField
          id={`task-due-${pair.id}`}
          label={t('tasks.dueLabel')}
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={add.mutation.isPending}>
          {t('tasks.add')}
        </button>
        <p role="status" className="pair-status">
          {add.status}
        </p>
      </form>
    </section>
  );
}

/** Staff's notes about the pair: for staff only, encrypted, every read recorded. */
export function Notes({ pair, programmeId }: { pair: StaffMentorship; programmeId: string }) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const add = useFollowUp(
    programmeId,
    (text: string) => addNote(programmeId, pair.id, text),
    t('notes.added'),
  );
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError(t('notes.required'));
    setError(undefined);
    add.mutation.mutate(text.trim(), { onSuccess: () => setText('') });
  }
  return (
    <section aria-labelledby="staff-notes-heading">
      <h2 id="staff-notes-heading">{t('notes.heading')}</h2>
      <p className="form-hint">{t('notes.hint')}</p>
      {pair.notes.length ? (
        <ul className="pair-notes">
          {pair.notes
            .slice()
            .reverse()
            .map((note) => (
              <li key={note.id}>
                <p className="form-hint">
                  {format.day(note.at)} · {note.author?.name ?? '–'}
                </p>
                <p className="pair-note">{note.text}</p>
              </li>
            ))}
        </ul>
      ) : (
        <p>{t('notes.none')}</p>
      )}
      <form onSubmit={submit} noValidate className="pair-step">
        <TextAreaField
          id={`note-${pair.id}`}
          label={t('notes.new')}
          error={error}
          value={text}
          maxLength={4000}
          rows={3}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={add.mutation.isPending}>
          {t('notes.add')}
        </button>
        <p role="status" className="pair-status">
          {add.status}
        </p>
      </form>
    </section>
  );
}

/** Everything that happened to the pair, newest first (the region keeps the name "Historik"). */
export function Timeline({ pair }: { pair: StaffMentorship }) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const whatOf = (kind: string, what: string) => {
    if (kind === 'step') return t(`staffPair.eventTypes.${what as 'start'}`, { defaultValue: what });
    if (kind === 'meeting') return t('timeline.meeting', { status: t(`meetingStatus.${what as 'planned'}`) });
    if (kind === 'note') return t('timeline.note');
    return t(`timeline.${kind as 'task-opened'}`, { task: t(`tasks.kind.${what as 'own'}`) });
  };
  const detailOf = (kind: string, detail: string | null) => {
    if (!detail) return null;
    if (kind === 'meeting') return t(`place.${detail as 'cafe'}`);
    return detail
      .split(' — ')
      .map((part) =>
        part === 'mentor-relapse'
          ? t('mentorRelapse.historyReason')
          : t(`endReason.${part as 'other'}`, {
              defaultValue: t(`rhythm.${part as 'weekly'}`, { defaultValue: part }),
            }),
      )
      .join(' — ');
  };
  return (
    <section aria-labelledby="staff-history-heading">
      <h2 id="staff-history-heading">{t('staffPair.history')}</h2>
      <ol className="pair-history">
        {pair.timeline.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered in place
          <li key={i} className={`pair-timeline-${e.kind}`}>
            <p className="weight-semibold">
              {format.day(e.at)} {format.time(e.at)}: {whatOf(e.kind, e.what)}
              {e.by ? ` · ${e.by.name}` : ''}
            </p>
            {detailOf(e.kind, e.detail) ? <p className="pair-note">{detailOf(e.kind, e.detail)}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
