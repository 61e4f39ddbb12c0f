import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api-client.ts';
import {
  ChoiceGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  TextAreaField,
  useProblemMessage,
} from '../../ui/web/index.ts';
import type { ApplicationDetail, ApplicationStatus } from '../intake.contract.ts';
import { changeApplicationStatus, screeningKey } from './screening.requests.ts';
import { NO_COHORT, ScreeningCohortOffer } from './screening-cohort-offer.tsx';
import { useScreeningFormat } from './screening-format.ts';

/** The server's REASON_REQUIRED: decisions end screening, and staff say why. */
const DECISIONS: readonly ApplicationStatus[] = ['approved', 'waiting-list', 'declined', 'withdrawn'];
const HINTED = ['approved', 'waiting-list', 'declined', 'withdrawn'] as const;
const REASON_ID = 'screening-reason';

/**
 * The next status, from those the server allows from here, with a reason where it is a
 * decision. Saved, the page fetches the application again and says what happened (and who is
 * told) through `onChanged`, which the page keeps in a live region outside this form.
 */
export function ScreeningStatusForm({
  programmeId,
  application,
  onChanged,
}: {
  programmeId: string;
  application: ApplicationDetail;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation('screening');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<ApplicationStatus[]>([]);
  const [reason, setReason] = useState('');
  const [cohortId, setCohortId] = useState(NO_COHORT);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const allowed = application.allowedTransitions;
  const statusFieldId = `screening-new-status-${allowed[0] ?? ''}`;

  const save = useMutation({
    mutationFn: (request: { to: ApplicationStatus; reason: string; cohortId: string | null }) =>
      changeApplicationStatus(programmeId, {
        applicationIds: [application.id],
        to: request.to,
        ...(request.reason ? { reason: request.reason } : {}),
        ...(request.cohortId ? { cohortId: request.cohortId } : {}),
      }),
    onSuccess: async (_, request) => {
      setTo([]);
      setReason('');
      onChanged(t(`change.done.${request.to as Exclude<ApplicationStatus, 'draft' | 'new'>}`));
      await queryClient.invalidateQueries({ queryKey: screeningKey(programmeId) });
    },
    onError: async (error) => {
      setErrors([{ text: problemMessage(error) }]);
      // Someone else changed it meanwhile: show what the application is now.
      if (isApiError(error, 'STATUS_CHANGE_INVALID'))
        await queryClient.invalidateQueries({ queryKey: screeningKey(programmeId) });
    },
  });

  const offersCohort = application.role === 'mentor' && to[0] === 'approved';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setAttempt((n) => n + 1);
    onChanged('');
    const next = to[0];
    const found: ErrorSummaryItem[] = [];
    if (!next) found.push({ text: t('change.chooseStatus'), fieldId: statusFieldId });
    if (next && DECISIONS.includes(next) && !reason.trim())
      found.push({ text: t('change.reasonRequired'), fieldId: REASON_ID });
    setErrors(found);
    const offer = offersCohort && cohortId !== NO_COHORT ? cohortId : null;
    if (next && found.length === 0) save.mutate({ to: next, reason: reason.trim(), cohortId: offer });
  }

  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.text;
  const needsReason = to[0] !== undefined && DECISIONS.includes(to[0]);
  return (
    <form noValidate onSubmit={submit} className="screening-status-form">
      <ErrorSummary key={attempt} items={errors} headingLevel={3} />
      <ChoiceGroup<ApplicationStatus>
        id="screening-new-status"
        type="radio"
        legend={t('change.legend', { name: application.name })}
        hint={t('change.hint')}
        error={errorOf(statusFieldId)}
        choices={allowed.map((status) => {
          const hinted = HINTED.find((h) => h === status);
          return {
            value: status,
            label: t(`status.${status}`),
            ...(hinted ? { hint: t(`change.choiceHints.${hinted}`) } : {}),
          };
        })}
        selected={to}
        onChange={setTo}
      />
      {offersCohort ? (
        <ScreeningCohortOffer programmeId={programmeId} value={cohortId} onChange={setCohortId} />
      ) : null}
      <TextAreaField
        id={REASON_ID}
        label={t('change.reason')}
        hint={t('change.reasonHint')}
        error={errorOf(REASON_ID)}
        required={needsReason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {save.isPending ? t('change.sending') : t('change.submit')}
        </button>
      </div>
    </form>
  );
}

/** A final decision (approved, declined, withdrawn): what, when, by whom and why; no form. */
export function ScreeningDecision({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation('screening');
  const format = useScreeningFormat();
  const last = application.history.findLast((event) => event.to === application.status);
  const status = t(`status.${application.status}`);
  const date = format.day(last?.at ?? application.decidedAt ?? application.submittedAt);
  return (
    <div className="screening-decision">
      <p className="screening-decision-line screening-decision-what">
        {last?.actorName
          ? t('change.decisionBy', { status, date, name: last.actorName })
          : t('change.decision', { status, date })}
      </p>
      {last?.reason ? (
        <p className="screening-decision-line">{t('change.decisionReason', { reason: last.reason })}</p>
      ) : null}
      <p className="form-hint screening-decision-line">{t('change.final')}</p>
    </div>
  );
}
