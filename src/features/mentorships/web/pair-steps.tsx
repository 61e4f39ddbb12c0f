import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextAreaField, useProblemMessage } from '../../ui/web/index.ts';
import { END_REASONS, type EndReason, type Rhythm } from '../mentorship-states.ts';
import type { PairView } from '../mentorships.contract.ts';
import { mentorshipsKey, type StepName, takeStep } from './mentorships.requests.ts';

/** A step of the course from the page, with its status line; refreshes the pair afterwards. */
export function useStep(programmeId: string, mentorshipId: string, doneText: string) {
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const step = useMutation({
    mutationFn: ({ name, body }: { name: StepName; body?: Parameters<typeof takeStep>[3] }) =>
      takeStep(programmeId, mentorshipId, name, body),
    onSuccess: async () => {
      setStatus(doneText);
      await queryClient.invalidateQueries({ queryKey: mentorshipsKey(programmeId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  return { step, status };
}

/** "Jeg har brug for en pause": the reason goes to staff only. */
export function PauseForm({
  programmeId,
  mentorshipId,
  label,
}: {
  programmeId: string;
  mentorshipId: string;
  label?: string;
}) {
  const { t } = useTranslation('mentorships');
  const { step, status } = useStep(programmeId, mentorshipId, t('pause.done'));
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(t('pause.required'));
    setError(undefined);
    step.mutate({ name: 'pause', body: { reason: reason.trim() } }, { onSuccess: () => setOpen(false) });
  }
  return (
    <div className="pair-step">
      {open ? (
        <form onSubmit={submit} noValidate>
          <TextAreaField
            id={`pause-${mentorshipId}`}
            label={t('pause.reason')}
            hint={t('pause.reasonHint')}
            error={error}
            value={reason}
            maxLength={1000}
            rows={3}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="pair-actions">
            <button type="submit" className="button button-primary" disabled={step.isPending}>
              {t('pause.send')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
              {t('pause.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {label ?? t('pause.open')}
        </button>
      )}
      <p role="status" className="pair-status">
        {status}
      </p>
    </div>
  );
}

/** An early end: a reason from the list and free text for staff; the partner is told kindly. */
export function EndForm({
  programmeId,
  mentorshipId,
  reasons = END_REASONS.filter((r) => r !== 'planned'),
}: {
  programmeId: string;
  mentorshipId: string;
  reasons?: readonly EndReason[];
}) {
  const { t } = useTranslation('mentorships');
  const { step, status } = useStep(programmeId, mentorshipId, t('end.done'));
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<EndReason[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason[0]) return setError(t('end.required'));
    setError(undefined);
    step.mutate({ name: 'end', body: { reason: reason[0], note } }, { onSuccess: () => setOpen(false) });
  }
  return (
    <div className="pair-step">
      {open ? (
        <form onSubmit={submit} noValidate>
          <ChoiceGroup
            id={`end-${mentorshipId}`}
            type="radio"
            legend={t('end.reason')}
            error={error}
            choices={reasons.map((value) => ({ value, label: t(`endReason.${value}`) }))}
            selected={reason}
            onChange={setReason}
          />
          <TextAreaField
            id={`end-note-${mentorshipId}`}
            label={t('end.note')}
            hint={t('end.noteHint')}
            value={note}
            maxLength={2000}
            rows={3}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="pair-actions">
            <button type="submit" className="button button-primary" disabled={step.isPending}>
              {t('end.send')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
              {t('end.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-tertiary" onClick={() => setOpen(true)}>
          {t('end.open')}
        </button>
      )}
      <p role="status" className="pair-status">
        {status}
      </p>
    </div>
  );
}

/** While paused: who is ready to go on, and the button to say so. */
export function PausedNotice({ pair }: { pair: PairView }) {
  const { t } = useTranslation('mentorships');
  // The page itself says "Du har sagt, at du er klar" once it is refreshed: the status line is for problems.
  const { step, status } = useStep(pair.programmeId, pair.id, '');
  return (
    <div className="alert alert-info pair-paused">
      <div className="alert-body">
        <p className="alert-heading">{t('pair.paused')}</p>
        <p className="alert-text">{t('pair.pausedIntro')}</p>
        {pair.resumeAgreed.partner ? <p className="alert-text">{t('pair.partnerReady')}</p> : null}
        {pair.resumeAgreed.me ? (
          <p className="alert-text">{t('pair.readyDone')}</p>
        ) : pair.can.agreeResume ? (
          <button
            type="button"
            className="button button-primary"
            disabled={step.isPending}
            onClick={() => step.mutate({ name: 'ready' })}
          >
            {t('pair.ready')}
          </button>
        ) : null}
        <p role="status" className="pair-status">
          {status}
        </p>
      </div>
    </div>
  );
}

/** "They agreed to meet every 14 days" (or weekly): a new rhythm the pair agreed on, recorded. */
export function RhythmButton({
  programmeId,
  mentorshipId,
  rhythm,
  label,
}: {
  programmeId: string;
  mentorshipId: string;
  rhythm: Rhythm;
  label: 'staffPair.changeRhythm' | 'pair.changeRhythm';
}) {
  const { t } = useTranslation('mentorships');
  const { step, status } = useStep(programmeId, mentorshipId, t('staffPair.done'));
  const other: Rhythm = rhythm === 'weekly' ? 'fortnightly' : 'weekly';
  return (
    <div className="pair-step">
      <button
        type="button"
        className="button button-secondary"
        disabled={step.isPending}
        onClick={() => step.mutate({ name: 'rhythm', body: { rhythm: other } })}
      >
        {t(label, { rhythm: t(`rhythm.${other}`).toLowerCase() })}
      </button>
      <p role="status" className="pair-status">
        {status}
      </p>
    </div>
  );
}
