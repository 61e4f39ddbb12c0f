import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CohortStats } from '../training.contract.ts';
import { useSessionName } from './cohort-page.tsx';
import { cohortQuery, cohortStatsQuery } from './training.requests.ts';
import { useTrainingFormat } from './training-format.ts';
import { type Programme, QueryState, TrainingFrame } from './training-frame.tsx';

/**
 * Route `/hold/:cohortId/tal`: the cohort in numbers for staff — completion, where the completed
 * mentors are, attendance per session and per person, and who left and why. Tables with headers
 * that stack into labelled rows on a phone.
 */
export function CohortStatsPage() {
  const { t } = useTranslation('training');
  return (
    <TrainingFrame documentTitle={t('stats.documentTitle')}>
      {(programme, search) => <StatsContent key={programme.id} programme={programme} search={search} />}
    </TrainingFrame>
  );
}

function StatsContent({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('training');
  const { cohortId = '' } = useParams();
  const cohort = useQuery(cohortQuery(programme.id, cohortId));
  const stats = useQuery(cohortStatsQuery(programme.id, cohortId));
  if (!cohort.data || !stats.data) {
    const missing = (
      <>
        <h1>{t('cohort.notFoundTitle')}</h1>
        <p className="font-lead">{t('cohort.notFound')}</p>
      </>
    );
    return (
      <>
        <title>{`${t('stats.documentTitle')} – makker`}</title>
        <QueryState query={cohort.data ? stats : cohort} missing={missing} />
      </>
    );
  }
  const name = cohort.data.name;
  return (
    <>
      <title>{`${t('stats.title', { cohort: name })} – makker`}</title>
      <p>
        <Link to={`/hold/${cohortId}${search}`} className="training-link">
          {t('stats.back', { cohort: name })}
        </Link>
      </p>
      <h1>{t('stats.title', { cohort: name })}</h1>
      <Completion stats={stats.data} />
      <SessionTable stats={stats.data} />
      <PeopleTable stats={stats.data} />
      <Departures stats={stats.data} />
    </>
  );
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

function Completion({ stats }: { stats: CohortStats }) {
  const { t } = useTranslation('training');
  const { afterCourse } = stats;
  return (
    <>
      <section aria-labelledby="stats-completion" className="training-section">
        <h2 id="stats-completion">{t('stats.completion')}</h2>
        <p>{t('stats.completionText', stats.completion)}</p>
      </section>
      <section aria-labelledby="stats-after" className="training-section">
        <h2 id="stats-after">{t('stats.afterCourse')}</h2>
        <dl className="training-facts">
          <div>
            <dt>{t('stats.waiting')}</dt>
            <dd className="weight-semibold">{afterCourse.waiting}</dd>
          </div>
          <div>
            <dt>{t('stats.matched')}</dt>
            <dd>{afterCourse.matched}</dd>
          </div>
          <div>
            <dt>{t('stats.paused')}</dt>
            <dd>{afterCourse.paused}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}

function SessionTable({ stats }: { stats: CohortStats }) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const sessionName = useSessionName();
  const columns = { session: t('stats.session'), date: t('stats.date'), attendance: t('stats.attendance') };
  return (
    <section aria-labelledby="stats-sessions" className="training-section">
      <h2 id="stats-sessions">{t('stats.sessions')}</h2>
      <table className="table table--zebra table--responsive-headers training-table">
        <caption className="sr-only">{t('stats.sessionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.session}</th>
            <th scope="col">{columns.date}</th>
            <th scope="col">{columns.attendance}</th>
          </tr>
        </thead>
        <tbody>
          {stats.sessions.map((s) => (
            <tr key={s.id}>
              <th scope="row" data-title={columns.session}>
                {sessionName(s)}
              </th>
              <td data-title={columns.date}>{format.shortDay(s.startsAt)}</td>
              <td data-title={columns.attendance}>
                {s.expected === null || s.attended === null
                  ? t('stats.notHeld')
                  : t('stats.rate', {
                      attended: s.attended,
                      expected: s.expected,
                      percent: percent(s.attended, s.expected),
                    })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PeopleTable({ stats }: { stats: CohortStats }) {
  const { t } = useTranslation('training');
  const columns = { name: t('stats.name'), attendance: t('stats.attendance'), state: t('stats.state') };
  return (
    <section aria-labelledby="stats-people" className="training-section">
      <h2 id="stats-people">{t('stats.people')}</h2>
      <table className="table table--zebra table--responsive-headers training-table">
        <caption className="sr-only">{t('stats.peopleCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.attendance}</th>
            <th scope="col">{columns.state}</th>
          </tr>
        </thead>
        <tbody>
          {stats.people.map((p) => (
            <tr key={p.id}>
              <th scope="row" data-title={columns.name}>
                {p.name}
              </th>
              <td data-title={columns.attendance}>
                {t('stats.rate', {
                  attended: p.attended,
                  expected: p.held,
                  percent: percent(p.attended, p.held),
                })}
              </td>
              <td data-title={columns.state}>
                {p.state === 'left' ? t('stats.left') : t(`progress.state.${p.state}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Departures({ stats }: { stats: CohortStats }) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const columns = {
    name: t('stats.name'),
    reason: t('stats.reason'),
    note: t('stats.note'),
    leftOn: t('stats.leftOn'),
  };
  return (
    <section aria-labelledby="stats-departures" className="training-section">
      <h2 id="stats-departures">{t('stats.departures', { count: stats.departures.length })}</h2>
      {stats.departures.length === 0 ? (
        <p>{t('stats.noDepartures')}</p>
      ) : (
        <table className="table table--zebra table--responsive-headers training-table">
          <caption className="sr-only">{t('stats.departuresCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.reason}</th>
              <th scope="col">{columns.note}</th>
              <th scope="col">{columns.leftOn}</th>
            </tr>
          </thead>
          <tbody>
            {stats.departures.map((d) => (
              <tr key={d.id}>
                <th scope="row" data-title={columns.name}>
                  {d.name}
                </th>
                <td data-title={columns.reason}>{t(`departure.reasons.${d.reason}`)}</td>
                <td data-title={columns.note}>{d.note ?? ''}</td>
                <td data-title={columns.leftOn}>{format.shortDay(d.leftAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
