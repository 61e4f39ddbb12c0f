import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api-client.ts';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin, TwoFactorNeededNotice, useChosenProgramme } from '../../accounts/web/index.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import { type ApplicationQueue, applicationQueueQuery } from './screening.requests.ts';
import { ScreeningBulkActions } from './screening-bulk-actions.tsx';
import { ScreeningFunnel } from './screening-funnel.tsx';
import { ScreeningNotForYou } from './screening-not-for-you.tsx';
import { type RoleFilter, useQueueFilter } from './screening-queue-filter.ts';
import {
  ScreeningQueueFilters,
  ScreeningRoleTabs,
  ScreeningStatusCounts,
} from './screening-queue-filters.tsx';
import { ScreeningQueueTable } from './screening-queue-table.tsx';

/**
 * Route `/visitation`, for staff and admins: the programme's sent applications per role, oldest
 * first, with counts per status, filters and search in the address, and status changes for
 * several applications at once. Each application is opened on its own page.
 */
export function ScreeningQueuePage() {
  const { t } = useTranslation('screening');
  return <RequireLogin documentTitle={t('documentTitle')}>{(me) => <QueueContent me={me} />}</RequireLogin>;
}

function QueueContent({ me }: { me: MeResponse }) {
  const { chosen } = useChosenProgramme(me);
  if (!chosen) return <ScreeningNotForYou />;
  return <ProgrammeQueue key={chosen.programme.id} me={me} />;
}

function ProgrammeQueue({ me }: { me: MeResponse }) {
  const { t } = useTranslation('screening');
  const { managed, chosen, search } = useChosenProgramme(me);
  const { programme } = chosen!;
  const filter = useQueueFilter();
  const queue = useQuery(applicationQueueQuery(programme.id, filter));

  return (
    <div className="screening-page">
      <title>{`${t('documentTitle')} – makker`}</title>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('queue.intro', { programme: programme.name })}</p>
      {isApiError(queue.error, 'TWO_FACTOR_REQUIRED') ? (
        <TwoFactorNeededNotice />
      ) : (
        <>
          <ScreeningRoleTabs base={search} filter={filter} />
          {queue.data ? (
            <ScreeningStatusCounts base={search} filter={filter} counts={queue.data.counts} />
          ) : null}
          <ScreeningQueueFilters
            base={search}
            filter={filter}
            programmes={managed.map((m) => m.programme)}
            programmeSlug={programme.slug}
          />
          {/* A new filter starts with nothing selected and no message of the last one. */}
          <QueueList key={JSON.stringify(filter)} programmeId={programme.id} filter={filter} queue={queue} />
          <ScreeningFunnel programmeId={programme.id} role={filter.role} />
        </>
      )}
    </div>
  );
}

function QueueList({
  programmeId,
  filter,
  queue,
}: {
  programmeId: string;
  filter: RoleFilter;
  queue: UseQueryResult<ApplicationQueue>;
}) {
  const { t } = useTranslation('screening');
  const problemMessage = useProblemMessage();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const roles = t(`roles.${filter.role}`).toLowerCase();
  const filtered = Boolean(filter.status || filter.eligibility || filter.q);

  function select(ids: string[], checked: boolean) {
    setSelected((before) => {
      const next = new Set(before);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  return (
    <section aria-labelledby="screening-list-heading" className="screening-list">
      <h2 id="screening-list-heading">{t('queue.list.title')}</h2>
      {queue.isPending ? (
        <div className="page-loading">
          <div className="spinner" aria-hidden="true" />
          <div className="spinner-status" role="status">
            {t('loading')}
          </div>
        </div>
      ) : queue.isError ? (
        <div>
          <p className="form-error-message" role="alert">
            {problemMessage(queue.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void queue.refetch()}>
            {t('retry')}
          </button>
        </div>
      ) : (
        <>
          {queue.data.applications.length === 0 ? (
            <p className="screening-empty">
              {filtered ? t('queue.list.emptyFiltered') : t('queue.list.empty', { roles })}
            </p>
          ) : (
            <>
              <p className="screening-shown">
                {t('queue.list.shown', { count: queue.data.applications.length })}
              </p>
              <ScreeningQueueTable
                applications={queue.data.applications}
                caption={t('queue.list.caption', { roles })}
                selected={selected}
                onSelect={select}
              />
            </>
          )}
          <ScreeningBulkActions
            programmeId={programmeId}
            applications={queue.data.applications}
            selected={selected}
            onDone={() => setSelected(new Set())}
          />
        </>
      )}
    </section>
  );
}
