import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem, TextAreaField, useProblemMessage } from '../../ui/web/index.ts';
import type { ApplicationSummary } from '../intake.contract.ts';
import { changeApplicationStatus, type StatusChangeRequest, screeningKey } from './screening.requests.ts';
import { selectBoxId } from './screening-queue-table.tsx';
import { ScreeningStatusMessage } from './screening-status-message.tsx';

type BulkTo = Extract<StatusChangeRequest['to'], 'contacted' | 'waiting-list'>;

/**
 * What staff do to many applications at once: mark them contacted (a step, no reason), or put
 * them on the waiting list (a decision, with one reason for all). The server changes all of
 * them or none; the message says which.
 */
export function ScreeningBulkActions({
  programmeId,
  applications,
  selected,
  onDone,
}: {
  programmeId: string;
  applications: ApplicationSummary[];
  selected: ReadonlySet<string>;
  onDone: () => void;
}) {
  const { t } = useTranslation('screening');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ text: string; kind: 'success' | 'error' }>({
    text: '',
    kind: 'success',
  });
  const chosen = applications.filter((a) => selected.has(a.id));

  const change = useMutation({
    mutationFn: (request: { ids: string[]; to: BulkTo; reason?: string; names: string[] }) =>
      changeApplicationStatus(programmeId, {
        applicationIds: request.ids,
        to: request.to,
        ...(request.reason ? { reason: request.reason } : {}),
      }),
    onSuccess: async (answer, request) => {
      const names = request.names.join(', ');
      const key = request.to === 'contacted' ? 'queue.bulk.doneContacted' : 'queue.bulk.doneWaiting';
      setResult({ text: t(key, { count: answer.changed.length, names }), kind: 'success' });
      setReason('');
      onDone();
      await queryClient.invalidateQueries({ queryKey: screeningKey(programmeId) });
    },
    onError: (error) =>
      setResult({ text: `${t('queue.bulk.unchanged')} ${problemMessage(error)}`, kind: 'error' }),
  });

  function run(to: BulkTo) {
    if (change.isPending) return;
    setAttempt((n) => n + 1);
    setResult({ text: '', kind: 'success' });
    const found: ErrorSummaryItem[] = [];
    const first = chosen[0] ?? applications[0];
    if (chosen.length === 0)
      found.push({
        text: t('queue.bulk.noneSelected'),
        ...(first ? { fieldId: selectBoxId(first.id) } : {}),
      });
    if (to === 'waiting-list' && !reason.trim())
      found.push({ text: t('queue.bulk.reasonRequired'), fieldId: 'screening-bulk-reason' });
    setErrors(found);
    if (found.length > 0) return;
    change.mutate({
      ids: chosen.map((a) => a.id),
      to,
      ...(to === 'waiting-list' ? { reason: reason.trim() } : {}),
      names: chosen.map((a) => a.name || t('queue.list.noName')),
    });
  }

  function waitingList(event: FormEvent) {
    event.preventDefault();
    run('waiting-list');
  }

  const reasonError = errors.find((e) => e.fieldId === 'screening-bulk-reason')?.text;
  // The message stays in the page when the change empties the list (e.g. the "new" ones).
  return (
    <div className="screening-bulk">
      <ScreeningStatusMessage text={result.text} kind={result.kind} />
      {applications.length > 0 ? (
        <section aria-labelledby="screening-bulk-heading">
          <h2 id="screening-bulk-heading">{t('queue.bulk.title')}</h2>
          <p className="screening-bulk-count">{t('queue.bulk.selected', { count: chosen.length })}</p>
          <p className="form-hint">{t('queue.bulk.hint')}</p>
          <ErrorSummary key={attempt} items={errors} headingLevel={3} />
          <div className="form-actions screening-bulk-contacted">
            <button type="button" className="button button-primary" onClick={() => run('contacted')}>
              {change.isPending && change.variables?.to === 'contacted'
                ? t('change.sending')
                : t('queue.bulk.contacted')}
            </button>
          </div>
          <form noValidate onSubmit={waitingList} className="screening-bulk-waiting">
            <h3>{t('queue.bulk.waitingTitle')}</h3>
            <p>{t('queue.bulk.waitingHint')}</p>
            <TextAreaField
              id="screening-bulk-reason"
              label={t('queue.bulk.reason')}
              error={reasonError}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <div className="form-actions">
              <button type="submit" className="button button-secondary">
                {change.isPending && change.variables?.to === 'waiting-list'
                  ? t('change.sending')
                  : t('queue.bulk.waiting')}
              </button>
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}
