import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextAreaField, TextField, useProblemMessage } from '../../ui/web/index.ts';
import { PLACE_TYPES, type PlaceType } from '../mentorships.contract.ts';
import { mentorshipsKey, planMeeting } from './mentorships.requests.ts';

/**
 * "Planlæg et møde": date, time, a rough kind of place (never a home, and the form says why) and
 * an optional note. A note that looks like a home is saved and flagged; the person is told.
 */
export function PlanMeetingForm({
  programmeId,
  mentorshipId,
}: {
  programmeId: string;
  mentorshipId: string;
}) {
  const { t } = useTranslation('mentorships');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [place, setPlace] = useState<PlaceType[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<{ text: string; warn: boolean } | null>(null);
  const save = useMutation({
    mutationFn: () => planMeeting(programmeId, mentorshipId, { date, time, placeType: place[0]!, note }),
    onSuccess: async (meeting) => {
      setOpen(false);
      setDate('');
      setTime('');
      setPlace([]);
      setNote('');
      setStatus(
        meeting.homeFlagged
          ? { text: t('plan.homeFlagged'), warn: true }
          : { text: t('plan.saved'), warn: false },
      );
      await queryClient.invalidateQueries({ queryKey: mentorshipsKey(programmeId) });
    },
    onError: (e) => setStatus({ text: problemMessage(e), warn: true }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    if (!date || !time || !place[0]) {
      setError(t('plan.required'));
      return;
    }
    setError(undefined);
    save.mutate();
  }

  return (
    <section aria-labelledby="pair-plan-heading" className="pair-plan">
      <h2 id="pair-plan-heading" className="h3">
        {t('plan.title')}
      </h2>
      {open ? (
        <form onSubmit={submit} noValidate>
          {error ? (
            <p className="form-error-message" role="alert">
              {error}
            </p>
          ) : null}
          <TextField
            id="plan-date"
            type="date"
            label={t('plan.date')}
            value={date}
            required
            onChange={(e) => setDate(e.target.value)}
          />
          <TextField
            id="plan-time"
            type="time"
            label={t('plan.time')}
            hint={t('plan.timeHint')}
            value={time}
            required
            onChange={(e) => setTime(e.target.value)}
          />
          <ChoiceGroup
            id="plan-place"
            type="radio"
            legend={t('plan.place')}
            hint={t('plan.placeHint')}
            choices={PLACE_TYPES.map((value) => ({ value, label: t(`place.${value}`) }))}
            selected={place}
            onChange={setPlace}
          />
          <TextAreaField
            id="plan-note"
            label={t('plan.note')}
            hint={t('plan.noteHint')}
            value={note}
            maxLength={500}
            rows={2}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="pair-actions">
            <button type="submit" className="button button-primary" disabled={save.isPending}>
              {t('plan.save')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
              {t('plan.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {t('plan.open')}
        </button>
      )}
      <div role="status">
        {status ? (
          <p className={status.warn ? 'alert alert-warning pair-status' : 'pair-status'}>{status.text}</p>
        ) : null}
      </div>
    </section>
  );
}
