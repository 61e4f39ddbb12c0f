import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, useProblemMessage } from '../../ui/web/index.ts';
import type { MyCohort } from '../training.contract.ts';
import { changeAbsenceNotice, trainingKey } from './training.requests.ts';

type MySession = MyCohort['sessions'][number];

/**
 * "Meld afbud" under an upcoming session on /min-side/uddannelse: the member writes why and sends
 * it; staff see it as absence with notice and read the reason. Withdrawn before the session.
 */
export function MyAbsenceNotice({
  programmeId,
  cohortId,
  session,
}: {
  programmeId: string;
  cohortId: string;
  session: MySession;
}) {
  const { t } = useTranslation('training');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const change = useMutation({
    mutationFn: (text: string | null) => changeAbsenceNotice(programmeId, cohortId, session.id, text),
    onSuccess: async (_, text) => {
      setOpen(false);
      setReason('');
      setStatus(t(text === null ? 'absence.withdrawn' : 'absence.sent'));
      await queryClient.invalidateQueries({ queryKey: trainingKey(programmeId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  const fieldId = `absence-${session.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    if (!reason.trim()) {
      setError(t('absence.reasonRequired'));
      return;
    }
    setError(undefined);
    change.mutate(reason.trim());
  }

  return (
    <div className="training-absence">
      {session.noticeGiven ? (
        <>
          <p>{t('absence.given')}</p>
          <div className="training-session-actions">
            <button
              type="button"
              className="button button-tertiary training-action"
              disabled={change.isPending}
              onClick={() => change.mutate(null)}
            >
              {t('absence.withdraw')}
            </button>
          </div>
        </>
      ) : open ? (
        <form onSubmit={submit} noValidate>
          <TextAreaField
            id={fieldId}
            label={t('absence.reason')}
            hint={t('absence.reasonHint')}
            error={error}
            value={reason}
            maxLength={1000}
            rows={3}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="training-session-actions">
            <button
              type="submit"
              className="button button-primary training-action"
              disabled={change.isPending}
            >
              {t('absence.send')}
            </button>
            <button
              type="button"
              className="button button-tertiary training-action"
              onClick={() => setOpen(false)}
            >
              {t('absence.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button button-secondary training-action"
          onClick={() => setOpen(true)}
        >
          {t('absence.open')}
        </button>
      )}
      <p role="status" className="training-status">
        {status}
      </p>
    </div>
  );
}
