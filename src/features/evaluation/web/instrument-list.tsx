import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { Instrument, InstrumentVersion, VersionStatus } from '../questionnaire.contract.ts';
import { approveVersion, evaluationKey } from './evaluation.requests.ts';
import { TranslationForm } from './translation-form.tsx';

const BADGE: Record<VersionStatus, string> = {
  verified: 'badge badge-success',
  proposed: 'badge badge-info',
  'translation-pending': 'badge badge-warning',
};

/**
 * The instruments as data for staff: licence, scoring and missing rules, what a respondent sees
 * in each language (the "translation pending" mark), every version; admins approve a pending
 * version and add a translation with its log.
 */
export function InstrumentList({
  programmeId,
  instruments,
  isAdmin,
}: {
  programmeId: string;
  instruments: Instrument[];
  isAdmin: boolean;
}) {
  const { t } = useTranslation('evaluation');
  const status = (s: VersionStatus) => t(`staff.instruments.status.${s}`);
  return (
    <ul className="evaluation-questionnaires">
      {instruments.map((instrument) => (
        <li key={instrument.id} className="evaluation-questionnaire">
          <h3 className="h4" lang="en">
            {instrument.name}
          </h3>
          <p>
            {t('staff.instruments.da')}:{' '}
            <span className={BADGE[instrument.languages.da]}>{status(instrument.languages.da)}</span>{' '}
            {t('staff.instruments.en')}:{' '}
            <span className={BADGE[instrument.languages.en]}>{status(instrument.languages.en)}</span>
          </p>
          {instrument.optional ? <p>{t('staff.instruments.optional')}</p> : null}
          <details className="evaluation-details">
            <summary>{t('staff.instruments.versions')}</summary>
            <dl lang="en">
              <dt>{t('staff.instruments.licence')}</dt>
              <dd>{instrument.licence}</dd>
              <dt>{t('staff.instruments.scoring')}</dt>
              <dd>{instrument.scoringRule}</dd>
              <dt>{t('staff.instruments.missing')}</dt>
              <dd>{instrument.missingRule}</dd>
            </dl>
            <ul>
              {instrument.versions.map((v) => (
                <li key={v.id}>
                  {t('staff.instruments.version', {
                    language: t(`staff.instruments.${v.language}`),
                    version: v.version,
                    status: status(v.status),
                  })}
                  {v.supersededAt ? ' (–)' : ''} <span lang="en">{v.source}</span>{' '}
                  <code className="evaluation-hash">{v.wordingHash.slice(0, 12)}</code>
                  {v.translationLog ? (
                    <dl className="evaluation-log">
                      <dt>{t('staff.translate.forward1')}</dt>
                      <dd>{v.translationLog.forward.join(' / ')}</dd>
                      <dt>{t('staff.translate.reconciliation')}</dt>
                      <dd>{v.translationLog.reconciliation}</dd>
                      <dt>{t('staff.translate.back')}</dt>
                      <dd>{v.translationLog.backTranslation}</dd>
                      {v.translationLog.cognitiveTest ? (
                        <>
                          <dt>{t('staff.translate.cognitive')}</dt>
                          <dd>{v.translationLog.cognitiveTest}</dd>
                        </>
                      ) : null}
                    </dl>
                  ) : null}
                  {isAdmin && !v.approvedAt ? (
                    <ApproveForm programmeId={programmeId} instrument={instrument} version={v} />
                  ) : null}
                </li>
              ))}
            </ul>
            {isAdmin ? <TranslationForm programmeId={programmeId} instrument={instrument} /> : null}
          </details>
        </li>
      ))}
    </ul>
  );
}

function ApproveForm({
  programmeId,
  instrument,
  version,
}: {
  programmeId: string;
  instrument: Instrument;
  version: InstrumentVersion;
}) {
  const { t } = useTranslation('evaluation');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [source, setSource] = useState('');
  const id = `approve-${version.id}`;
  const approve = useMutation({
    mutationFn: () => approveVersion(programmeId, instrument.id, version.id, { status: 'proposed', source }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKey(programmeId) }),
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        approve.mutate();
      }}
    >
      <TextField
        id={`${id}-source`}
        label={t('staff.instruments.source')}
        value={source}
        onChange={(e) => setSource(e.target.value)}
      />
      {approve.isError ? (
        <p className="form-error-message" role="alert">
          {problemMessage(approve.error)}
        </p>
      ) : null}
      <button type="submit" className="button button-secondary" disabled={approve.isPending}>
        {t('staff.instruments.approve', {
          language: t(`staff.instruments.${version.language}`),
          version: version.version,
        })}
      </button>
    </form>
  );
}
