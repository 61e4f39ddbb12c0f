import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { ChoiceGroup, TextField, useProblemMessage } from '../../ui/web/index.ts';
import { RHYTHMS, type Rhythm } from '../mentorship-states.ts';
import { candidatesQuery, mentorshipsKey, startPair } from './mentorships.requests.ts';
import { QueryState, StaffFrame } from './mentorships-frame.tsx';

/** Route `/forloeb/nyt`, for staff: start a pair by hand (the override beside matching). */
export function StartPairPage() {
  const { t } = useTranslation('mentorships');
  return (
    <StaffFrame documentTitle={t('startPair.documentTitle')}>
      {(programme, search) => (
        <>
          <title>{`${t('startPair.documentTitle')} – makker`}</title>
          <p>
            <Link to={`/forloeb${search}`} className="tap-link">
              {t('staff.back')}
            </Link>
          </p>
          <h1>{t('startPair.title')}</h1>
          <p>{t('startPair.intro')}</p>
          <StartForm programmeId={programme.id} search={search} />
        </>
      )}
    </StaffFrame>
  );
}

function StartForm({ programmeId, search }: { programmeId: string; search: string }) {
  const { t } = useTranslation('mentorships');
  const problemMessage = useProblemMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const candidates = useQuery(candidatesQuery(programmeId));
  const [peerId, setPeerId] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [startDate, setStartDate] = useState(copenhagenDate());
  const [rhythm, setRhythm] = useState<Rhythm[]>(['weekly']);
  const [error, setError] = useState('');
  const start = useMutation({
    mutationFn: () => startPair(programmeId, { peerId, mentorId, startDate, rhythm: rhythm[0]! }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: mentorshipsKey(programmeId) });
      await navigate(`/forloeb/${id}${search}`);
    },
    onError: (e) => setError(problemMessage(e)),
  });
  if (!candidates.data) return <QueryState query={candidates} />;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!peerId || !mentorId || !startDate || !rhythm[0]) return setError(t('startPair.required'));
    setError('');
    start.mutate();
  }
  return (
    <form onSubmit={submit} noValidate>
      {error ? (
        <p className="form-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-group">
        <label className="form-label" htmlFor="start-peer">
          {t('startPair.peer')}
        </label>
        <select
          id="start-peer"
          className="form-select"
          value={peerId}
          onChange={(e) => setPeerId(e.target.value)}
        >
          <option value="">{t('startPair.choose')}</option>
          {candidates.data.peers.map((p) => (
            <option key={p.id} value={p.id} disabled={p.hasOpen}>
              {p.name} {p.hasOpen ? t('startPair.hasOpen') : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="start-mentor">
          {t('startPair.mentor')}
        </label>
        <select
          id="start-mentor"
          className="form-select"
          value={mentorId}
          onChange={(e) => setMentorId(e.target.value)}
        >
          <option value="">{t('startPair.choose')}</option>
          {candidates.data.mentors.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} {m.open ? t('startPair.mentorOpen', { count: m.open }) : ''}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="start-date"
        type="date"
        label={t('startPair.startDate')}
        value={startDate}
        onChange={(e) => setStartDate(e.target.value)}
      />
      <ChoiceGroup
        id="start-rhythm"
        type="radio"
        legend={t('startPair.rhythm')}
        choices={RHYTHMS.map((value) => ({ value, label: t(`rhythm.${value}`) }))}
        selected={rhythm}
        onChange={setRhythm}
      />
      <button type="submit" className="button button-primary" disabled={start.isPending}>
        {t('startPair.save')}
      </button>
    </form>
  );
}
