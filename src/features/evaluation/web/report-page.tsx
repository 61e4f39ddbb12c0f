import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { NotForYou, RequireLogin } from '../../accounts/web/index.ts';
import { caveatsText, type Lang, methodsText } from '../dashboard-words.ts';
import { dashboardQuery } from './dashboard.requests.ts';
import { ResponseRateChart } from './dashboard-charts.tsx';
import { RoleResults } from './dashboard-outcomes.tsx';
import { useResultsProgramme } from './dashboard-page.tsx';
import { Loading } from './respondent-frame.tsx';

/**
 * Route `/evaluering/rapport`: the evaluation report as an accessible web page — the same
 * content as the PDF (programme, participation, response rates, results of both roles with their
 * charts and tables, methods, caveats), for staff and researchers.
 */
export function ReportPage() {
  const { t } = useTranslation('evaluation');
  return (
    <RequireLogin documentTitle={t('dashboard.reportPage.documentTitle')}>
      {(me) => <Report me={me} />}
    </RequireLogin>
  );
}

function Report({ me }: { me: MeResponse }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da';
  const chosen = useResultsProgramme(me);
  const [params] = useSearchParams();
  const cohortId = params.get('hold');
  const id = chosen?.programme.id ?? '';
  const peers = useQuery({ ...dashboardQuery(id, 'peer', cohortId), enabled: Boolean(chosen) });
  const mentors = useQuery({ ...dashboardQuery(id, 'mentor', cohortId), enabled: Boolean(chosen) });
  if (!chosen) return <NotForYou />;
  if (!peers.data) return <Loading query={peers} />;
  if (!mentors.data) return <Loading query={mentors} />;
  const both = [peers.data, mentors.data];
  const date = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(peers.data.generatedAt),
  );
  return (
    <article className="evaluation-page dashboard-page report-page">
      <title>{`${t('dashboard.reportPage.documentTitle')} – makker`}</title>
      <h1>{t('dashboard.reportPage.title', { programme: chosen.programme.name })}</h1>
      <p className="font-lead">
        {peers.data.cohort ? `${peers.data.cohort.name}. ` : ''}
        {t('dashboard.reportPage.generated', { date })}
      </p>
      <section aria-labelledby="report-about">
        <h2 id="report-about">{t('dashboard.reportPage.about')}</h2>
        <p>{t('dashboard.reportPage.aboutText')}</p>
      </section>
      <section aria-labelledby="report-participation">
        <h2 id="report-participation">{t('dashboard.reportPage.participation')}</h2>
        {both.map((d) => (
          <section key={d.role} aria-labelledby={`report-rates-${d.role}`}>
            <h3 id={`report-rates-${d.role}`}>{t(`dashboard.role.${d.role}`)}</h3>
            <p>
              {d.peopleSuppressed
                ? t('dashboard.peopleSuppressed')
                : t('dashboard.people', { count: d.people })}
            </p>
            <ResponseRateChart rates={d.responseRates} role={t(`dashboard.role.${d.role}`).toLowerCase()} />
          </section>
        ))}
      </section>
      {both.map((d) => (
        <section key={d.role} aria-labelledby={`report-results-${d.role}`}>
          <h2 id={`report-results-${d.role}`}>
            {t('dashboard.reportPage.results', { role: t(`dashboard.role.${d.role}`).toLowerCase() })}
          </h2>
          <RoleResults d={d} headingLevel={3} idPrefix={`report-${d.role}`} />
        </section>
      ))}
      <section aria-labelledby="report-methods">
        <h2 id="report-methods">{t('dashboard.reportPage.methods')}</h2>
        {methodsText(lang).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <section aria-labelledby="report-caveats">
        <h2 id="report-caveats">{t('dashboard.reportPage.caveats')}</h2>
        <ul>
          {caveatsText(lang).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <p>
        <Link to={`/evaluering/resultater${cohortId ? `?hold=${cohortId}` : ''}`} className="tap-link">
          {t('dashboard.reportPage.back')}
        </Link>
      </p>
    </article>
  );
}
