import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { copenhagenDateAndTime, copenhagenInstant } from '../../../shared/calendar-date.ts';
import {
  ErrorSummary,
  type ErrorSummaryItem,
  TextAreaField,
  TextField,
  useProblemMessage,
} from '../../ui/web/index.ts';
import type { CohortDetail, CourseSession, UpdateSessionRequest } from '../training.contract.ts';
import { useSessionName } from './cohort-page.tsx';
import { SupervisionThemes } from './supervision-themes.tsx';
import { cohortQuery, trainingKey, updateSession } from './training.requests.ts';
import { type Programme, QueryState, TrainingFrame } from './training-frame.tsx';

const DATE_ID = 'session-date';
const START_ID = 'session-start';
const LINKS_ID = 'session-links';

/** Route `/hold/:cohortId/gange/:sessionId`: one session's date, times, place, topic, teacher and materials. */
export function SessionEditPage() {
  const { t } = useTranslation('training');
  return (
    <TrainingFrame documentTitle={t('session.documentTitle')}>
      {(programme, search) => <SessionContent key={programme.id} programme={programme} search={search} />}
    </TrainingFrame>
  );
}

function SessionContent({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('training');
  const { cohortId = '', sessionId = '' } = useParams();
  const cohort = useQuery(cohortQuery(programme.id, cohortId));
  const session = cohort.data?.sessions.find((s) => s.id === sessionId);
  const missing = (
    <>
      <h1>{t('cohort.notFoundTitle')}</h1>
      <p className="font-lead">{t('cohort.notFound')}</p>
    </>
  );
  if (!cohort.data || !session) {
    return (
      <>
        <title>{`${t('session.documentTitle')} – makker`}</title>
        {cohort.data ? missing : <QueryState query={cohort} missing={missing} />}
      </>
    );
  }
  return <SessionForm programmeId={programme.id} cohort={cohort.data} session={session} search={search} />;
}

function SessionForm({
  programmeId,
  cohort,
  session,
  search,
}: {
  programmeId: string;
  cohort: CohortDetail;
  session: CourseSession;
  search: string;
}) {
  const { t } = useTranslation('training');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const sessionName = useSessionName();
  const starts = copenhagenDateAndTime(new Date(session.startsAt));
  const [form, setForm] = useState({
    date: starts.date,
    start: starts.time,
    end: copenhagenDateAndTime(new Date(session.endsAt)).time,
    place: session.place,
    topic: session.topic,
    teacher: session.teacher,
    materials: session.materials,
    links: session.links.join('\n'),
  });
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState('');
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  const save = useMutation({
    mutationFn: (body: UpdateSessionRequest) => updateSession(programmeId, cohort.id, session.id, body),
    onSuccess: async () => {
      setMessage(t('session.saved'));
      await queryClient.invalidateQueries({ queryKey: trainingKey(programmeId) });
    },
    onError: (error) => setErrors([{ text: problemMessage(error) }]),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setAttempt((n) => n + 1);
    setMessage('');
    const links = form.links
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const found: ErrorSummaryItem[] = [];
    if (!form.date) found.push({ text: t('session.dateRequired'), fieldId: DATE_ID });
    if (!form.start || !form.end) found.push({ text: t('session.timeRequired'), fieldId: START_ID });
    if (links.some((l) => !/^https?:\/\/\S+$/.test(l)))
      found.push({ text: t('session.linksInvalid'), fieldId: LINKS_ID });
    setErrors(found);
    if (found.length > 0) return;
    save.mutate({
      startsAt: copenhagenInstant(form.date, form.start).toISOString(),
      endsAt: copenhagenInstant(form.date, form.end).toISOString(),
      place: form.place.trim(),
      topic: form.topic.trim(),
      teacher: form.teacher.trim(),
      materials: form.materials.trim(),
      links,
    });
  }

  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.text;
  const name = sessionName(session);
  return (
    <>
      <title>{`${name} – ${cohort.name} – makker`}</title>
      <p>
        <Link to={`/hold/${cohort.id}${search}`} className="training-link">
          {t('session.back', { cohort: cohort.name })}
        </Link>
      </p>
      <h1>{name}</h1>
      <p className="font-lead">{cohort.name}</p>
      <div role="status" className="training-status">
        {message ? (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{message}</p>
            </div>
          </div>
        ) : null}
      </div>
      <form noValidate onSubmit={submit} className="training-form">
        <ErrorSummary key={attempt} items={errors} />
        <TextField
          id={DATE_ID}
          type="date"
          label={t('session.date')}
          error={errorOf(DATE_ID)}
          required
          value={form.date}
          onChange={set('date')}
        />
        <TextField
          id={START_ID}
          type="time"
          label={t('session.start')}
          hint={t('session.timeHint')}
          error={errorOf(START_ID)}
          required
          value={form.start}
          onChange={set('start')}
        />
        <TextField
          id="session-end"
          type="time"
          label={t('session.end')}
          required
          value={form.end}
          onChange={set('end')}
        />
        <TextField
          id="session-place"
          label={t('session.place')}
          maxLength={200}
          value={form.place}
          onChange={set('place')}
        />
        <TextField
          id="session-topic"
          label={t('session.topic')}
          maxLength={200}
          value={form.topic}
          onChange={set('topic')}
        />
        <TextField
          id="session-teacher"
          label={t('session.teacher')}
          maxLength={200}
          value={form.teacher}
          onChange={set('teacher')}
        />
        <TextAreaField
          id="session-materials"
          label={t('session.materials')}
          hint={t('session.materialsHint')}
          maxLength={4000}
          value={form.materials}
          onChange={set('materials')}
        />
        <TextAreaField
          id={LINKS_ID}
          label={t('session.links')}
          hint={t('session.linksHint')}
          error={errorOf(LINKS_ID)}
          rows={3}
          value={form.links}
          onChange={set('links')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {save.isPending ? t('session.saving') : t('session.save')}
          </button>
        </div>
      </form>
      {session.kind === 'supervision' ? (
        <SupervisionThemes programmeId={programmeId} cohortId={cohort.id} sessionId={session.id} />
      ) : null}
    </>
  );
}
