import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireLogin } from '../../accounts/web/index.ts';
import type { MyCohort } from '../training.contract.ts';
import { STATUS_BADGE } from './cohort-list-page.tsx';
import { useSessionName } from './cohort-page.tsx';
import { MyAbsenceNotice } from './my-absence-notice.tsx';
import { MyCalendarFeed } from './my-calendar-feed.tsx';
import { MyCertificate } from './my-certificate.tsx';
import { myTrainingQuery } from './training.requests.ts';
import { useTrainingFormat } from './training-format.ts';
import { QueryState } from './training-frame.tsx';

/**
 * Route `/min-side/uddannelse`, for mentors: their cohort's plan with their own attendance and
 * how far they are, in plain words (`?projekt=<slug>` when they are a mentor in several).
 */
export function MyTrainingPage() {
  const { t } = useTranslation('training');
  const [params] = useSearchParams();
  return (
    <RequireLogin documentTitle={t('mine.documentTitle')}>
      {(me) => {
        const mentorOf = me.memberships.filter((m) => m.roles.includes('mentor'));
        const chosen = mentorOf.find((m) => m.programme.slug === params.get('projekt')) ?? mentorOf[0];
        return (
          <div className="training-page">
            <title>{`${t('mine.documentTitle')} – makker`}</title>
            <h1>{t('mine.title')}</h1>
            <p className="font-lead">{t('mine.intro')}</p>
            {chosen ? <MyCohorts programmeId={chosen.programme.id} /> : <p>{t('mine.none')}</p>}
          </div>
        );
      }}
    </RequireLogin>
  );
}

function MyCohorts({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('training');
  const training = useQuery(myTrainingQuery(programmeId));
  if (!training.data) return <QueryState query={training} />;
  if (training.data.cohorts.length === 0) return <p>{t('mine.none')}</p>;
  return (
    <>
      <MyCalendarFeed programmeId={programmeId} />
      {training.data.cohorts.map((cohort) => (
        <MyCohortSection key={cohort.id} programmeId={programmeId} cohort={cohort} />
      ))}
    </>
  );
}

function MyCohortSection({ programmeId, cohort }: { programmeId: string; cohort: MyCohort }) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const sessionName = useSessionName();
  const months = cohort.sessions.filter((s) => s.kind === 'teaching').length;
  const headingId = `my-cohort-${cohort.id}`;
  return (
    <section aria-labelledby={headingId} className="training-section">
      <h2 id={headingId}>{cohort.name}</h2>
      <p>
        <span className={STATUS_BADGE[cohort.status]}>{t(`status.${cohort.status}`)}</span>
      </p>
      {cohort.progress ? (
        <>
          <p>{t('mine.progress', { ...cohort.progress, months })}</p>
          <p>{t('mine.rule', cohort.rules.completion)}</p>
          <p className="weight-semibold">
            {cohort.progress.ready
              ? t('mine.ready')
              : t('mine.notReady', { count: cohort.rules.readiness.teaching })}
          </p>
        </>
      ) : (
        <p>{t(cohort.place === 'left' ? 'mine.left' : 'mine.waiting')}</p>
      )}
      <MyCertificate programmeId={programmeId} cohort={cohort} />
      <ol className="training-plan">
        {cohort.sessions.map((session) => (
          <li key={session.id} className={`training-session training-session-${session.kind}`}>
            <h3 className="h4">{sessionName(session)}</h3>
            <p className="training-session-time">
              {format.day(session.startsAt)}, {format.hours(session.startsAt, session.endsAt)}
            </p>
            {session.topic ? <p>{session.topic}</p> : null}
            {session.place ? <p>{session.place}</p> : null}
            {session.materials ? <p>{session.materials}</p> : null}
            {session.links.length ? (
              <ul aria-label={t('mine.materials')}>
                {session.links.map((link) => (
                  <li key={link}>
                    <a href={link} className="training-link" rel="noopener noreferrer">
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {session.mark ? (
              <p className="weight-semibold">
                {t('mine.yourMark', { mark: t(`register.marks.${session.mark}`) })}
                {session.madeUpOn
                  ? ` · ${t('register.madeUp', { date: format.shortDay(`${session.madeUpOn}T12:00:00Z`) })}`
                  : null}
              </p>
            ) : null}
            {cohort.place === 'member' && new Date(session.startsAt).getTime() > Date.now() ? (
              <MyAbsenceNotice programmeId={programmeId} cohortId={cohort.id} session={session} />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
