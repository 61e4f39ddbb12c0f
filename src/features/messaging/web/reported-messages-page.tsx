import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireLogin, useChosenProgramme } from '../../accounts/web/index.ts';
import { DkfdsIcon, useProblemMessage } from '../../ui/web/index.ts';
import type { ReportedMessage } from '../messaging.contract.ts';
import { markReportHandled, messagingKey, reportedMessagesQuery } from './messaging.requests.ts';
import { useMessageTime } from './messaging-format.ts';
import { QueryState } from './query-state.tsx';

/**
 * Route `/forloeb/anmeldte-beskeder`, for staff: the messages one of a pair reported, each
 * alone (never the rest of the thread), with who wrote and reported it; staff mark each handled.
 */
export function ReportedMessagesPage() {
  const { t } = useTranslation('messaging');
  return <RequireLogin documentTitle={t('reports.documentTitle')}>{(me) => <Chosen me={me} />}</RequireLogin>;
}

function Chosen({ me }: { me: Parameters<typeof useChosenProgramme>[0] }) {
  const { t } = useTranslation('messaging');
  const { chosen, search } = useChosenProgramme(me);
  return (
    <div className="pair-staff-page">
      <title>{`${t('reports.documentTitle')} – makker`}</title>
      <p>
        <Link to={`/forloeb${search}`} className="tap-link">
          {t('reports.backToPairs')}
        </Link>
      </p>
      <h1>{t('reports.title')}</h1>
      {chosen ? (
        <Queue programmeId={chosen.programme.id} search={search} />
      ) : (
        <div className="alert alert-info">
          <DkfdsIcon name="info" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t('reports.notForYou')}</p>
          </div>
        </div>
      )}
    </div>
  );
}

function Queue({ programmeId, search }: { programmeId: string; search: string }) {
  const { t } = useTranslation('messaging');
  const reports = useQuery(reportedMessagesQuery(programmeId));
  if (!reports.data) return <QueryState query={reports} />;
  return (
    <>
      <p>{t('reports.intro')}</p>
      <section aria-labelledby="reports-open">
        <h2 id="reports-open">{t('reports.open')}</h2>
        {reports.data.open.length ? (
          <ul className="reported-messages">
            {reports.data.open.map((r) => (
              <Report key={r.id} programmeId={programmeId} report={r} search={search} />
            ))}
          </ul>
        ) : (
          <p>{t('reports.noneOpen')}</p>
        )}
      </section>
      <section aria-labelledby="reports-handled">
        <h2 id="reports-handled">{t('reports.handled')}</h2>
        {reports.data.handled.length ? (
          <ul className="reported-messages">
            {reports.data.handled.map((r) => (
              <Report key={r.id} programmeId={programmeId} report={r} search={search} />
            ))}
          </ul>
        ) : (
          <p>{t('reports.noneHandled')}</p>
        )}
      </section>
    </>
  );
}

function Report({
  programmeId,
  report,
  search,
}: {
  programmeId: string;
  report: ReportedMessage;
  search: string;
}) {
  const { t } = useTranslation('messaging');
  const when = useMessageTime();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const handle = useMutation({
    mutationFn: () => markReportHandled(programmeId, report.id),
    onSuccess: async () => {
      setStatus(t('reports.marked'));
      await queryClient.invalidateQueries({ queryKey: messagingKey(programmeId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  return (
    <li className="reported-message">
      {report.text === null ? (
        <p>{t('reports.deleted')}</p>
      ) : (
        <blockquote className="reported-message-text">{report.text}</blockquote>
      )}
      <p>
        {report.sender.name && report.sender.side
          ? t('reports.from', { name: report.sender.name, side: t(`reports.side.${report.sender.side}`) })
          : t('reports.fromUnknown')}
        {report.sentAt ? (
          <>
            <br />
            {t('reports.sentAt', { when: when(report.sentAt) })}
          </>
        ) : null}
      </p>
      <p>
        {report.reporterName
          ? t('reports.reportedBy', { name: report.reporterName, when: when(report.reportedAt) })
          : t('reports.reportedByUnknown', { when: when(report.reportedAt) })}
        <br />
        {report.reason ? t('reports.reason', { reason: report.reason }) : t('reports.noReason')}
      </p>
      <p>
        <Link to={`/forloeb/${report.mentorshipId}${search}`} className="tap-link">
          {t('reports.openPair')}
        </Link>
      </p>
      {report.handledAt ? (
        <p>{t('reports.handledAt', { when: when(report.handledAt) })}</p>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          disabled={handle.isPending}
          onClick={() => handle.mutate()}
        >
          {t('reports.markHandled')}
        </button>
      )}
      <p role="status">{status}</p>
    </li>
  );
}
