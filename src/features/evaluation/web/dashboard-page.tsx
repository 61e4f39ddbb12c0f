import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import {
  NotForYou,
  ReauthenticateNotice,
  RequireLogin,
  TwoFactorNeededNotice,
  useLoginFreshness,
} from '../../accounts/web/index.ts';
import type { Dashboard } from '../dashboard.contract.ts';
import type { RespondentRole } from '../questionnaire.contract.ts';
import { dashboardQuery, exportUrl, reportPdfUrl } from './dashboard.requests.ts';
import { ResponseRateChart } from './dashboard-charts.tsx';
import { RoleResults } from './dashboard-outcomes.tsx';
import { Loading } from './respondent-frame.tsx';

/** Where the person is staff or researcher: the programmes whose results they may read. */
export function useResultsProgramme(me: MeResponse) {
  const [params] = useSearchParams();
  const mine = me.memberships.filter((m) => m.roles.includes('staff') || m.roles.includes('researcher'));
  return mine.find((m) => m.programme.slug === params.get('projekt')) ?? mine[0];
}

/**
 * Route `/evaluering/resultater`, for staff and researchers: the results of one role (peers or
 * mentors, `?rolle=`) and cohort (`?hold=`) with the small-n facts, the report and — for
 * researchers — the pseudonymised export after a fresh login. Computed on the server; cells of
 * fewer than 5 people come without numbers.
 */
export function DashboardPage() {
  const { t } = useTranslation('evaluation');
  return (
    <RequireLogin documentTitle={t('dashboard.documentTitle')}>{(me) => <Results me={me} />}</RequireLogin>
  );
}

function Results({ me }: { me: MeResponse }) {
  const { t } = useTranslation('evaluation');
  const chosen = useResultsProgramme(me);
  const [params, setParams] = useSearchParams();
  const role: RespondentRole = params.get('rolle') === 'mentor' ? 'mentor' : 'peer';
  const cohortId = params.get('hold');
  const programmeId = chosen?.programme.id ?? '';
  const query = useQuery({ ...dashboardQuery(programmeId, role, cohortId), enabled: Boolean(chosen) });
  if (!chosen) return <NotForYou />;
  const link = (next: Record<string, string | null>) => {
    const search = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) v === null ? search.delete(k) : search.set(k, v);
    return `?${search}`;
  };
  return (
    <div className="evaluation-page dashboard-page">
      <title>{`${t('dashboard.documentTitle')} – makker`}</title>
      <h1>{t('dashboard.title')}</h1>
      <p className="font-lead">{t('dashboard.intro', { programme: chosen.programme.name })}</p>
      <nav aria-label={t('dashboard.roleSwitch')} className="dashboard-role-switch">
        <p>{t('dashboard.roleSwitch')}</p>
        <ul>
          {(['peer', 'mentor'] as const).map((r) => (
            <li key={r}>
              <Link
                to={link({ rolle: r })}
                aria-current={r === role ? 'page' : undefined}
                className={`button ${r === role ? 'button-primary' : 'button-secondary'}`}
              >
                {t(`dashboard.role.${r}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {query.data ? (
        <>
          <CohortForm
            d={query.data}
            onChoose={(id) => setParams(new URLSearchParams(link({ hold: id }).slice(1)))}
          />
          <Body d={query.data} programmeId={programmeId} cohortId={cohortId} />
        </>
      ) : isApiError(query.error, 'TWO_FACTOR_REQUIRED') ? (
        <TwoFactorNeededNotice />
      ) : (
        <Loading query={query} />
      )}
      {chosen.roles.includes('researcher') ? <ResearchExport programmeId={programmeId} /> : null}
    </div>
  );
}

function CohortForm({ d, onChoose }: { d: Dashboard; onChoose: (id: string | null) => void }) {
  const { t } = useTranslation('evaluation');
  const [value, setValue] = useState(d.cohort?.id ?? '');
  if (d.cohorts.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(value || null);
  };
  return (
    <form onSubmit={submit} className="dashboard-cohort-form">
      <div className="form-group">
        <label className="form-label" htmlFor="dashboard-cohort">
          {t('dashboard.cohort')}
        </label>
        <select
          id="dashboard-cohort"
          className="form-select"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        >
          <option value="">{t('dashboard.allCohorts')}</option>
          {d.cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t('dashboard.showCohort')}
      </button>
    </form>
  );
}

function Body({ d, programmeId, cohortId }: { d: Dashboard; programmeId: string; cohortId: string | null }) {
  const { t } = useTranslation('evaluation');
  const roleName = t(`dashboard.role.${d.role}`);
  return (
    <>
      <p>
        {d.peopleSuppressed ? t('dashboard.peopleSuppressed') : t('dashboard.people', { count: d.people })}
      </p>
      <section aria-labelledby="facts-heading" className="evaluation-section">
        <h2 id="facts-heading">{t('dashboard.facts.title')}</h2>
        <ul>
          <li>{t('dashboard.facts.small')}</li>
          <li>{t('dashboard.facts.primary')}</li>
          <li>{t('dashboard.facts.counts')}</li>
        </ul>
      </section>
      <section aria-labelledby="rates-heading" className="evaluation-section">
        <h2 id="rates-heading">{t('dashboard.rates.title')}</h2>
        <ResponseRateChart rates={d.responseRates} role={roleName.toLowerCase()} />
      </section>
      <section aria-labelledby="outcomes-heading" className="evaluation-section">
        <h2 id="outcomes-heading">
          {t('dashboard.outcomes.title')}: {roleName}
        </h2>
        <RoleResults d={d} headingLevel={3} idPrefix="dashboard" />
      </section>
      <section aria-labelledby="report-heading" className="evaluation-section">
        <h2 id="report-heading">{t('dashboard.report.title')}</h2>
        <p>{t('dashboard.report.text')}</p>
        <div className="download-links">
          <a href={reportPdfUrl(programmeId, cohortId)} download className="button button-secondary">
            {t('dashboard.report.pdf')}
          </a>
          <Link
            to={`/evaluering/rapport${cohortId ? `?hold=${cohortId}` : ''}`}
            className="button button-secondary"
          >
            {t('dashboard.report.html')}
          </Link>
        </div>
      </section>
    </>
  );
}

/** Plain download links while the login is fresh (decision 022), else the way to log in again. */
function ResearchExport({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('evaluation');
  const freshness = useLoginFreshness();
  return (
    <section aria-labelledby="export-heading" className="evaluation-section">
      <h2 id="export-heading">{t('dashboard.export.title')}</h2>
      <p>{t('dashboard.export.text')}</p>
      {freshness === 'checking' ? null : freshness === 'stale' ? (
        <ReauthenticateNotice />
      ) : (
        <div className="download-links">
          <a href={exportUrl(programmeId, 'csv')} download className="button button-primary">
            {t('dashboard.export.csv')}
          </a>
          <a href={exportUrl(programmeId, 'codebook-json')} download className="button button-secondary">
            {t('dashboard.export.json')}
          </a>
          <a href={exportUrl(programmeId, 'codebook-md')} download className="button button-secondary">
            {t('dashboard.export.md')}
          </a>
        </div>
      )}
    </section>
  );
}
