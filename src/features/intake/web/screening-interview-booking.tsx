import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copenhagenDateAndTime, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { ErrorSummary, type ErrorSummaryItem, TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { ApplicationDetail } from '../intake.contract.ts';
import { bookInterview, screeningKey } from './screening.requests.ts';

const DATE_ID = 'interview-date';
const TIME_ID = 'interview-time';
const PLACE_ID = 'interview-place';

/**
 * Books the interview, or moves it: date and time on a Copenhagen clock (whatever the browser's
 * zone), and a place. The server invites the applicant; `onBooked` says so in the page's live region.
 */
export function ScreeningInterviewBooking({
  programmeId,
  application,
  onBooked,
}: {
  programmeId: string;
  application: ApplicationDetail;
  onBooked: (message: string) => void;
}) {
  const { t } = useTranslation('screening');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const current = application.interview;
  const initial = current ? copenhagenDateAndTime(new Date(current.startsAt)) : { date: '', time: '' };
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [place, setPlace] = useState(current?.place ?? '');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const save = useMutation({
    mutationFn: (body: { startsAt: string; place: string }) =>
      bookInterview(programmeId, application.id, body),
    onSuccess: async () => {
      onBooked(t('interview.booked'));
      await queryClient.invalidateQueries({ queryKey: screeningKey(programmeId) });
    },
    onError: (error) => setErrors([{ text: problemMessage(error) }]),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setAttempt((n) => n + 1);
    onBooked('');
    const found: ErrorSummaryItem[] = [];
    if (!date) found.push({ text: t('interview.dateRequired'), fieldId: DATE_ID });
    if (!time) found.push({ text: t('interview.timeRequired'), fieldId: TIME_ID });
    if (!place.trim()) found.push({ text: t('interview.placeRequired'), fieldId: PLACE_ID });
    setErrors(found);
    if (found.length === 0)
      save.mutate({ startsAt: copenhagenInstant(date, time).toISOString(), place: place.trim() });
  }

  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.text;
  return (
    <form noValidate onSubmit={submit} className="screening-interview-booking">
      <h3>{current ? t('interview.moveTitle') : t('interview.bookTitle')}</h3>
      <p className="form-hint">{t('interview.bookHint')}</p>
      <ErrorSummary key={attempt} items={errors} headingLevel={3} />
      <TextField
        id={DATE_ID}
        type="date"
        label={t('interview.date')}
        error={errorOf(DATE_ID)}
        required
        value={date}
        onChange={(event) => setDate(event.target.value)}
      />
      <TextField
        id={TIME_ID}
        type="time"
        label={t('interview.time')}
        hint={t('interview.timeHint')}
        error={errorOf(TIME_ID)}
        required
        value={time}
        onChange={(event) => setTime(event.target.value)}
      />
      <TextField
        id={PLACE_ID}
        label={t('interview.placeLabel')}
        hint={t('interview.placeHint')}
        error={errorOf(PLACE_ID)}
        required
        maxLength={200}
        value={place}
        onChange={(event) => setPlace(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {save.isPending ? t('interview.sending') : current ? t('interview.move') : t('interview.book')}
        </button>
      </div>
    </form>
  );
}
