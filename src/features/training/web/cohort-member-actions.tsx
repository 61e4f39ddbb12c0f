import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextAreaField, useProblemMessage } from '../../ui/web/index.ts';
import {
  type CertificateIssue,
  DEPARTURE_REASONS,
  type DepartureReason,
  type PersonRef,
} from '../training.contract.ts';
import { issueCertificate, memberCertificateUrl, recordDeparture, trainingKey } from './training.requests.ts';
import { useTrainingFormat } from './training-format.ts';

interface MemberProps {
  programmeId: string;
  cohortId: string;
  member: PersonRef;
}

/**
 * A completed member's course certificate on the cohort page: when it was last issued and by
 * whom, a download (audited) and issuing it (again) from the plan and record as they are now.
 */
export function MemberCertificate({
  programmeId,
  cohortId,
  member,
  issue,
}: MemberProps & { issue?: CertificateIssue }) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: () => issueCertificate(programmeId, cohortId, member.id),
    onSuccess: async () => {
      setStatus(t('certificate.issuedNow', { name: member.name }));
      await queryClient.invalidateQueries({ queryKey: trainingKey(programmeId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  const date = issue ? format.shortDay(issue.issuedAt) : '';
  return (
    <div>
      <p className="training-certificate-line">
        {issue
          ? issue.issuedBy
            ? t('certificate.issuedBy', { date, name: issue.issuedBy.name })
            : t('certificate.issued', { date })
          : t('certificate.none')}
      </p>
      <div className="training-session-actions">
        {issue ? (
          <a
            href={memberCertificateUrl(programmeId, cohortId, member.id)}
            download="kursusbevis.pdf"
            className="button button-secondary training-action"
            aria-label={t('certificate.downloadFor', { name: member.name })}
          >
            {t('certificate.download')}
          </a>
        ) : null}
        <button
          type="button"
          className="button button-tertiary training-action"
          disabled={save.isPending}
          aria-label={t(issue ? 'certificate.reissueFor' : 'certificate.issueFor', { name: member.name })}
          onClick={() => save.mutate()}
        >
          {t(issue ? 'certificate.reissue' : 'certificate.issue')}
        </button>
      </div>
      <p role="status" className="training-status">
        {status}
      </p>
    </div>
  );
}

/** "Stoppet på holdet?": staff record that a member left, with a reason from the list and a note. */
export function MemberDeparture({ programmeId, cohortId, member }: MemberProps) {
  const { t } = useTranslation('training');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<DepartureReason[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: (chosen: DepartureReason) =>
      recordDeparture(programmeId, cohortId, member.id, {
        reason: chosen,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: async () => {
      setStatus(t('departure.done', { name: member.name }));
      await queryClient.invalidateQueries({ queryKey: trainingKey(programmeId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  const id = `departure-${member.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const [chosen] = reason;
    if (!chosen) {
      setError(t('departure.reasonRequired'));
      return;
    }
    setError(undefined);
    save.mutate(chosen);
  }

  return (
    <details className="training-departure">
      <summary>
        {t('departure.open')}
        <span className="sr-only"> ({member.name})</span>
      </summary>
      <form onSubmit={submit} noValidate>
        <ChoiceGroup
          id={`${id}-reason`}
          type="radio"
          legend={t('departure.reason', { name: member.name })}
          error={error}
          choices={DEPARTURE_REASONS.map((value) => ({ value, label: t(`departure.reasons.${value}`) }))}
          selected={reason}
          onChange={setReason}
        />
        <TextAreaField
          id={`${id}-note`}
          label={t('departure.note')}
          hint={t('departure.noteHint')}
          value={note}
          maxLength={1000}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button button-secondary training-action" disabled={save.isPending}>
          {t('departure.submit', { name: member.name })}
        </button>
      </form>
      <p role="status" className="training-status">
        {status}
      </p>
    </details>
  );
}
