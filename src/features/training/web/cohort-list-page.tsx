import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CohortStatus, CohortSummary } from '../training.contract.ts';
import { cohortsQuery } from './training.requests.ts';
import { useTrainingFormat } from './training-format.ts';
import { type Programme, QueryState, TrainingFrame } from './training-frame.tsx';

export const STATUS_BADGE: Record<CohortStatus, string> = {
  planned: 'badge badge-info',
  running: 'badge badge-success',
  finished: 'badge badge-neutral',
};

/** Route `/hold`, for staff and admins: the programme's cohorts, newest first, and "create a cohort". */
export function CohortListPage() {
  const { t } = useTranslation('training');
  return (
    <TrainingFrame documentTitle={t('documentTitle')}>
      {(programme, search) => <CohortList key={programme.id} programme={programme} search={search} />}
    </TrainingFrame>
  );
}

function CohortList({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('training');
  const cohorts = useQuery(cohortsQuery(programme.id));
  return (
    <>
      <title>{`${t('documentTitle')} – makker`}</title>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('intro', { programme: programme.name })}</p>
      <p>
        <Link to={`/hold/nyt${search}`} className="button button-primary">
          {t('list.create')}
        </Link>
      </p>
      <QueryState query={cohorts} />
      {cohorts.data ? (
        cohorts.data.cohorts.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <ul className="training-cohort-list">
            {cohorts.data.cohorts.map((cohort) => (
              <CohortCard key={cohort.id} cohort={cohort} search={search} />
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}

function CohortCard({ cohort, search }: { cohort: CohortSummary; search: string }) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  return (
    <li className="training-card">
      <h2 className="h3">
        <Link to={`/hold/${cohort.id}${search}`} className="training-link">
          {cohort.name}
        </Link>
      </h2>
      <p>
        <span className={STATUS_BADGE[cohort.status]}>{t(`status.${cohort.status}`)}</span>
      </p>
      <p>
        {cohort.firstSession && cohort.lastSession
          ? t('list.period', {
              first: format.shortDay(cohort.firstSession),
              last: format.shortDay(cohort.lastSession),
            })
          : t('list.starts', { month: format.month(cohort.startMonth) })}
      </p>
      <p>
        {t('list.places', { members: cohort.members, capacity: cohort.capacity })}
        {cohort.waiting > 0 ? ` · ${t('list.waiting', { count: cohort.waiting })}` : null}
      </p>
    </li>
  );
}
