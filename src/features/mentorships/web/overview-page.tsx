import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { MENTORSHIP_STATES } from '../mentorship-states.ts';
import type { OverviewQuery, OverviewRow } from '../mentorships.contract.ts';
import { overviewQuery } from './mentorships.requests.ts';
import { useMentorshipFormat } from './mentorships-format.ts';
import { QueryState, StaffFrame } from './mentorships-frame.tsx';

const LIGHTS = ['green', 'amber', 'red'] as const;

/**
 * Route `/forloeb`, for staff: every pair with its state, meetings in the last 4 weeks against
 * the agreed, days since they met and a traffic light whose rule is written under the table;
 * filters by state, light and name live in the address so a filtered view can be shared.
 */
export function OverviewPage() {
  const { t } = useTranslation('mentorships');
  return (
    <StaffFrame documentTitle={t('staff.documentTitle')}>
      {(programme, search) => (
        <>
          <title>{`${t('staff.documentTitle')} – makker`}</title>
          <h1>{t('staff.title')}</h1>
          <p className="font-lead">{t('staff.intro', { programme: programme.name })}</p>
          <p>
            <Link to={`/forloeb/nyt${search}`} className="button button-primary">
              {t('staff.start')}
            </Link>{' '}
            <Link to={`/forloeb/regler${search}`} className="button button-secondary">
              {t('settings.title')}
            </Link>{' '}
            <Link to={`/forloeb/anmeldte-beskeder${search}`} className="button button-secondary">
              {t('staff.reportedMessages')}
            </Link>{' '}
            <Link to={`/forloeb/tal${search}`} className="button button-secondary">
              {t('figures.title')}
            </Link>
          </p>
          <Overview programmeId={programme.id} search={search} />
        </>
      )}
    </StaffFrame>
  );
}

function Overview({ programmeId, search }: { programmeId: string; search: string }) {
  const { t } = useTranslation('mentorships');
  const [params, setParams] = useSearchParams();
  const filter: OverviewQuery = {
    ...(MENTORSHIP_STATES.find((s) => s === params.get('tilstand'))
      ? { state: params.get('tilstand') as OverviewQuery['state'] }
      : {}),
    ...(LIGHTS.find((l) => l === params.get('lys'))
      ? { light: params.get('lys') as OverviewQuery['light'] }
      : {}),
    ...(params.get('navn') ? { q: params.get('navn')! } : {}),
    ...(params.get('hold') ? { cohort: params.get('hold')! } : {}),
    ...(params.get('opgaver') === 'aabne' ? { tasks: 'open' as const } : {}),
    ...(params.get('slutter') === 'snart' ? { due: 'soon' as const } : {}),
    ...(params.get('antal') ? { limit: Number(params.get('antal')) } : {}),
  };
  const overview = useQuery(overviewQuery(programmeId, filter));
  const [name, setName] = useState(filter.q ?? '');
  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams(params);
    for (const [key, value] of [
      ['tilstand', form.get('state')],
      ['lys', form.get('light')],
      ['navn', name.trim()],
      ['hold', form.get('cohort')],
      ['opgaver', form.get('tasks') ? 'aabne' : ''],
      ['slutter', form.get('due') ? 'snart' : ''],
    ] as const) {
      if (value) next.set(key, String(value));
      else next.delete(key);
    }
    setParams(next);
  }
  return (
    <>
      <form className="pair-filters" onSubmit={apply} aria-label={t('staff.filters')}>
        <div className="form-group">
          <label className="form-label" htmlFor="filter-state">
            {t('staff.stateFilter')}
          </label>
          <select id="filter-state" name="state" className="form-select" defaultValue={filter.state ?? ''}>
            <option value="">{t('staff.all')}</option>
            {MENTORSHIP_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="filter-light">
            {t('staff.lightFilter')}
          </label>
          <select id="filter-light" name="light" className="form-select" defaultValue={filter.light ?? ''}>
            <option value="">{t('staff.all')}</option>
            {LIGHTS.map((l) => (
              <option key={l} value={l}>
                {t(`light.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="filter-name">
            {t('staff.search')}
          </label>
          <input
            id="filter-name"
            className="form-input"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        {overview.data?.cohorts.length ? (
          <div className="form-group">
            <label className="form-label" htmlFor="filter-cohort">
              {t('staff.cohortFilter')}
            </label>
            <select
              id="filter-cohort"
              name="cohort"
              className="form-select"
              defaultValue={filter.cohort ?? ''}
            >
              <option value="">{t('staff.all')}</option>
              {overview.data.cohorts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="form-group">
          <input
            id="filter-tasks"
            type="checkbox"
            className="form-checkbox"
            name="tasks"
            value="open"
            defaultChecked={!!filter.tasks}
          />
          <label htmlFor="filter-tasks">{t('staff.tasksFilter')}</label>
        </div>
        <div className="form-group">
          <input
            id="filter-due"
            type="checkbox"
            className="form-checkbox"
            name="due"
            value="soon"
            defaultChecked={!!filter.due}
          />
          <label htmlFor="filter-due">{t('staff.dueFilter')}</label>
        </div>
        <button type="submit" className="button button-secondary">
          {t('staff.apply')}
        </button>
      </form>
      {overview.data ? (
        <>
          <p>{t('staff.counts', overview.data.counts)}</p>
          {overview.data.pairs.length ? (
            <PairTable pairs={overview.data.pairs} search={search} />
          ) : (
            <p>{t('staff.empty')}</p>
          )}
          {overview.data.total > overview.data.pairs.length ? (
            <p>
              {t('staff.shown', { shown: overview.data.pairs.length, total: overview.data.total })}{' '}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  const next = new URLSearchParams(params);
                  next.set('antal', String(overview.data.pairs.length + 50));
                  setParams(next);
                }}
              >
                {t('staff.more')}
              </button>
            </p>
          ) : null}
        </>
      ) : (
        <QueryState query={overview} />
      )}
      <p className="pair-rule" id="pair-light-rule">
        {t('staff.rule')}
      </p>
    </>
  );
}

function PairTable({ pairs, search }: { pairs: OverviewRow[]; search: string }) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const unknown = t('staffPair.unknown');
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra pair-table" aria-describedby="pair-light-rule">
        <thead>
          <tr>
            <th scope="col">{t('staff.columns.pair')}</th>
            <th scope="col">{t('staff.columns.state')}</th>
            <th scope="col">{t('staff.columns.rhythm')}</th>
            <th scope="col">{t('staff.columns.since')}</th>
            <th scope="col">{t('staff.columns.light')}</th>
            <th scope="col">{t('staff.columns.end')}</th>
            <th scope="col">{t('staff.columns.tasks')}</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/forloeb/${p.id}${search}`} className="tap-link">
                  {p.peer?.name ?? unknown} · {p.mentor?.name ?? unknown}
                </Link>
                {p.homeFlags ? (
                  <span className="pair-flag"> {t('staff.homeFlags', { count: p.homeFlags })}</span>
                ) : null}
              </td>
              <td>{t(`state.${p.state}`)}</td>
              <td>
                {t('staff.kept', { met: p.meetingsLast4Weeks, agreed: p.agreedLast4Weeks })} ·{' '}
                {t(`rhythm.${p.rhythm}`).toLowerCase()}
              </td>
              <td>{p.daysSinceLastMeeting ?? '–'}</td>
              <td>
                {p.light ? (
                  <span className={`pair-light pair-light-${p.light}`}>{t(`light.${p.light}`)}</span>
                ) : (
                  '–'
                )}
              </td>
              <td>
                {format.date(p.endDate)}
                {p.dueToEnd && p.state !== 'ending' ? ` · ${t('staff.dueSoon')}` : ''}
              </td>
              <td>{p.openTasks}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
