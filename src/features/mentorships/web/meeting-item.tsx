import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { LogMeetingRequest, Meeting } from '../mentorships.contract.ts';
import { logMeeting, mentorshipsKey, rateMeeting } from './mentorships.requests.ts';
import { useMentorshipFormat } from './mentorships-format.ts';

const RATINGS = ['1', '2', '3', '4', '5'] as const;
type RatingValue = (typeof RATINGS)[number];

/** The private "how did it go" (1–5) radio group, with the promise that the partner never sees it. */
function RatingChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: RatingValue[];
  onChange: (v: RatingValue[]) => void;
}) {
  const { t } = useTranslation('mentorships');
  return (
    <ChoiceGroup
      id={id}
      type="radio"
      legend={t('meetings.rating')}
      hint={t('meetings.ratingHint')}
      choices={RATINGS.map((r) => ({ value: r, label: t(`meetings.ratingValues.${r}`) }))}
      selected={value}
      onChange={onChange}
    />
  );
}

/**
 * One meeting on the pair's page: when, where, what became of it; once it has begun, either of
 * the pair logs it (met, moved, cancelled) and says privately how it went.
 */
export function MeetingItem({
  programmeId,
  mentorshipId,
  meeting,
  canMove = true,
}: {
  programmeId: string;
  mentorshipId: string;
  meeting: Meeting;
  /** Only a running pair moves meetings (a paused one logs what already happened). */
  canMove?: boolean;
}) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'idle' | 'happened' | 'moved' | 'rate'>('idle');
  const [rating, setRating] = useState<RatingValue[]>([]);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [status, setStatus] = useState('');
  const done = async () => {
    setMode('idle');
    setStatus(t('meetings.logged'));
    await queryClient.invalidateQueries({ queryKey: mentorshipsKey(programmeId) });
  };
  const log = useMutation({
    mutationFn: (body: LogMeetingRequest) => logMeeting(programmeId, mentorshipId, meeting.id, body),
    onSuccess: done,
    onError: (e) => setStatus(problemMessage(e)),
  });
  const rate = useMutation({
    mutationFn: (value: number) => rateMeeting(programmeId, mentorshipId, meeting.id, value),
    onSuccess: done,
    onError: (e) => setStatus(problemMessage(e)),
  });
  const begun = new Date(meeting.startsAt).getTime() <= Date.now();
  const idBase = `meeting-${meeting.id}`;
  const busy = log.isPending || rate.isPending;
  return (
    <li className="pair-meeting">
      <p className="weight-semibold pair-meeting-when">
        {t('meetings.when', { day: format.day(meeting.startsAt), time: format.time(meeting.startsAt) })}
      </p>
      <p>
        {t(`place.${meeting.placeType}`)} · {t(`meetingStatus.${meeting.status}`)}
        {meeting.homeFlagged ? ` · ${t('meetings.flagged')}` : ''}
      </p>
      {meeting.note ? <p>{meeting.note}</p> : null}
      {meeting.myRating ? <p>{t('meetings.yourRating', { rating: meeting.myRating })}</p> : null}
      {meeting.status === 'planned' && begun && mode === 'idle' ? (
        <fieldset className="pair-actions">
          <legend className="sr-only">{t('meetings.logTitle')}</legend>
          <button type="button" className="button button-primary" onClick={() => setMode('happened')}>
            {t('meetings.happened')}
          </button>
          {canMove ? (
            <button type="button" className="button button-secondary" onClick={() => setMode('moved')}>
              {t('meetings.moved')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-tertiary"
            disabled={busy}
            onClick={() => log.mutate({ outcome: 'cancelled' })}
          >
            {t('meetings.cancelled')}
          </button>
        </fieldset>
      ) : null}
      {meeting.status === 'planned' && !begun && canMove && mode === 'idle' ? (
        <button type="button" className="button button-tertiary" onClick={() => setMode('moved')}>
          {t('meetings.moved')}
        </button>
      ) : null}
      {meeting.status === 'happened' && !meeting.myRating && mode === 'idle' ? (
        <button type="button" className="button button-secondary" onClick={() => setMode('rate')}>
          {t('meetings.rating')}
        </button>
      ) : null}
      {mode === 'happened' || mode === 'rate' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const value = rating[0] ? Number(rating[0]) : undefined;
            if (mode === 'rate') {
              if (value) rate.mutate(value);
            } else log.mutate({ outcome: 'happened', ...(value ? { rating: value } : {}) });
          }}
        >
          <RatingChoice id={`${idBase}-rating`} value={rating} onChange={setRating} />
          <div className="pair-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {mode === 'rate' ? t('meetings.rate') : t('meetings.happened')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setMode('idle')}>
              {t('plan.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {mode === 'moved' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (date && time) log.mutate({ outcome: 'moved', date, time });
          }}
        >
          <fieldset>
            <legend className="form-label">{t('meetings.newTime')}</legend>
            <TextField
              id={`${idBase}-date`}
              type="date"
              label={t('plan.date')}
              value={date}
              required
              onChange={(e) => setDate(e.target.value)}
            />
            <TextField
              id={`${idBase}-time`}
              type="time"
              label={t('plan.time')}
              value={time}
              required
              onChange={(e) => setTime(e.target.value)}
            />
          </fieldset>
          <div className="pair-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('meetings.saveMove')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setMode('idle')}>
              {t('plan.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <p role="status" className="pair-status">
        {status}
      </p>
    </li>
  );
}
