import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language, MyWellbeing } from '../questionnaire.contract.ts';
import { myQuestionnairesQuery, myWellbeingQuery } from './evaluation.requests.ts';
import { NetworkPicture } from './network-picture.tsx';
import { Loading, RespondentFrame, type RespondentProgramme } from './respondent-frame.tsx';
import { SupportNow } from './support-now.tsx';

/**
 * Route `/min-side/trivsel`, "Din trivsel": the person's questionnaires (answer or continue one),
 * the support lines when their latest answers call for it, and — only when they choose to see
 * them — their own scores over the waves with what each means, and their network as a picture
 * with a table.
 */
export function MyWellbeingPage() {
  const { t } = useTranslation('evaluation');
  return (
    <RespondentFrame documentTitle={t('documentTitle')}>
      {(programme, search) => (
        <>
          <h1>{t('title')}</h1>
          <p className="font-lead">{t('intro')}</p>
          <MyQuestionnaires programme={programme} search={search} />
          <MyResults programme={programme} />
        </>
      )}
    </RespondentFrame>
  );
}

const dateFormat = (language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

function MyQuestionnaires({ programme, search }: { programme: RespondentProgramme; search: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const list = useQuery(myQuestionnairesQuery(programme.id));
  if (!list.data) return <Loading query={list} />;
  const format = dateFormat(i18n.language);
  const day = (date: string) => format.format(new Date(`${date}T12:00:00Z`));
  return (
    <section aria-labelledby="my-questionnaires-heading" className="evaluation-section">
      <h2 id="my-questionnaires-heading">{t('questionnaires.title')}</h2>
      {list.data.questionnaires.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="evaluation-questionnaires">
        {[...list.data.questionnaires].reverse().map((q) => {
          const answerable = q.state === 'open' || q.state === 'in-progress';
          return (
            <li key={q.id} className="evaluation-questionnaire">
              <h3 className="h4">
                {t(`wave.${q.wave}`)} <span className="weight-normal">{t(`role.${q.role}`)}</span>
              </h3>
              <p>
                {t(`state.${q.state}`, { date: day(q.state === 'upcoming' ? q.opensOn : q.closesOn) })}
                {q.state === 'in-progress'
                  ? ` · ${t('questionnaires.progress', { answered: q.answered, questions: q.questions })}`
                  : null}
              </p>
              {answerable ? (
                <Link to={`/min-side/trivsel/${q.id}${search}`} className="button button-primary">
                  {q.state === 'in-progress' ? t('questionnaires.continue') : t('questionnaires.answer')}
                  <span className="sr-only">
                    {' '}
                    – {t(`wave.${q.wave}`)} {t(`role.${q.role}`)}
                  </span>
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function MyResults({ programme }: { programme: RespondentProgramme }) {
  const { t, i18n } = useTranslation('evaluation');
  const language: Language = i18n.language === 'en' ? 'en' : 'da';
  const [shown, setShown] = useState(false);
  const wellbeing = useQuery(myWellbeingQuery(programme.id, language));
  if (!wellbeing.data) return <Loading query={wellbeing} />;
  const data = wellbeing.data;
  const empty = data.instruments.length === 0 && data.network.length === 0;
  return (
    <>
      {data.showSupport ? <SupportNow programmeSlug={programme.slug} /> : null}
      <section aria-labelledby="my-results-heading" className="evaluation-section">
        <h2 id="my-results-heading">{t('results.title')}</h2>
        {empty ? (
          <p>{t('results.none')}</p>
        ) : (
          <>
            <p>{t('results.intro')}</p>
            <button
              type="button"
              className="button button-secondary"
              aria-expanded={shown}
              aria-controls="my-results"
              onClick={() => setShown(!shown)}
            >
              {shown ? t('results.hide') : t('results.show')}
            </button>
            <div id="my-results" hidden={!shown}>
              {shown ? <Results data={data} /> : null}
            </div>
          </>
        )}
      </section>
    </>
  );
}

function Results({ data }: { data: MyWellbeing }) {
  const { t, i18n } = useTranslation('evaluation');
  const language = i18n.language === 'en' ? 'en' : 'da';
  return (
    <>
      {data.instruments.map((instrument) => {
        const scale = instrument.key === 'who-5' ? 'percentage' : 'total';
        return (
          <div key={instrument.key} className="evaluation-result">
            <h3 className="h4" lang={instrument.language === language ? undefined : instrument.language}>
              {instrument.title}
            </h3>
            <p>
              {t(`results.explain.${instrument.key}` as 'results.explain.who-5', { defaultValue: '' })}{' '}
              {instrument.direction === 'higher-is-worse'
                ? t('results.higherIsWorse')
                : t('results.higherIsBetter')}
            </p>
            <table className="table table--compact">
              <caption
                className="sr-only"
                lang={instrument.language === language ? undefined : instrument.language}
              >
                {instrument.title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.wave')}</th>
                  <th scope="col">{t('results.score')}</th>
                </tr>
              </thead>
              <tbody>
                {instrument.points.map((p) => {
                  const value = p.scales[scale];
                  return (
                    <tr key={`${p.wave}-${p.role}`}>
                      <th scope="row">
                        {t(`wave.${p.wave}`)} {t(`role.${p.role}`)}
                      </th>
                      <td>
                        {value === null || value === undefined
                          ? t('results.missing')
                          : t('results.outOf', { value, min: instrument.min, max: instrument.max })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
      {data.network.length ? (
        <div className="evaluation-result">
          <h3 className="h4">{t('network.title')}</h3>
          <p>{t('network.intro')}</p>
          <div className="evaluation-network-list">
            {data.network.map((point) => (
              <NetworkPicture key={`${point.wave}-${point.role}`} point={point} roster={data.roster} />
            ))}
          </div>
        </div>
      ) : null}
    </>
  );
}
