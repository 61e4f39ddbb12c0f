import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, useProblemMessage } from '../../ui/web/index.ts';
import { type PairMessage, REPORT_REASON_MAX_LENGTH } from '../messaging.contract.ts';
import { reportMessage, threadKey } from './messaging.requests.ts';
import { useMessageTime } from './messaging-format.ts';

/**
 * One message of the thread: who and when, the text as plain text (never markup), and for the
 * partner's messages "Anmeld besked", which opens a short form with an optional reason.
 */
export function MessageItem({
  programmeId,
  mentorshipId,
  message,
}: {
  programmeId: string;
  mentorshipId: string;
  message: PairMessage;
}) {
  const { t } = useTranslation('messaging');
  const when = useMessageTime();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const report = useMutation({
    mutationFn: () => reportMessage(programmeId, mentorshipId, message.id, reason.trim()),
    onSuccess: async () => {
      setOpen(false);
      setStatus(t('thread.reported'));
      await queryClient.invalidateQueries({ queryKey: threadKey(programmeId, mentorshipId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  const mine = message.from === 'me';
  const formId = `report-${message.id}`;
  return (
    <li className={`pair-message ${mine ? 'pair-message-mine' : 'pair-message-partner'}`}>
      <p className="pair-message-meta">
        <strong>{mine ? t('thread.me') : t('thread.partner')}</strong>{' '}
        <time dateTime={message.sentAt}>{when(message.sentAt)}</time>
      </p>
      <p className="pair-message-text">{message.text}</p>
      {!mine && message.reportedByMe && !status ? (
        <p className="pair-message-note">{t('thread.reported')}</p>
      ) : null}
      {!mine && !message.reportedByMe && !open ? (
        <button
          type="button"
          className="button button-tertiary pair-message-report"
          onClick={() => {
            setOpen(true);
            setStatus('');
          }}
        >
          {t('thread.report')}
        </button>
      ) : null}
      {open ? (
        <form
          id={formId}
          className="pair-message-report-form"
          aria-label={t('thread.reportTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            report.mutate();
          }}
        >
          <p>{t('thread.reportHelp')}</p>
          <TextAreaField
            id={`${formId}-reason`}
            label={t('thread.reportReason')}
            value={reason}
            maxLength={REPORT_REASON_MAX_LENGTH}
            rows={3}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="pair-message-report-actions">
            <button type="submit" className="button button-primary" disabled={report.isPending}>
              {t('thread.reportSend')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
              {t('thread.reportCancel')}
            </button>
          </div>
        </form>
      ) : null}
      <p role="status" className="pair-message-status">
        {status}
      </p>
    </li>
  );
}
