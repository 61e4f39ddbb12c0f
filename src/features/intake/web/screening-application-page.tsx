import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin, TwoFactorNeededNotice, useChosenProgramme } from '../../accounts/web/index.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { ApplicationDetail } from '../intake.contract.ts';
import { applicationQuery } from './screening.requests.ts';
import {
  ELIGIBILITY_BADGE,
  ScreeningAnswers,
  ScreeningEligibility,
  ScreeningOwnWords,
} from './screening-answers.tsx';
import { useScreeningFormat } from './screening-format.ts';
import { ScreeningConsents, ScreeningHistory } from './screening-history.tsx';
import { ScreeningInterviewSection } from './screening-interview-section.tsx';
import { ScreeningNotForYou } from './screening-not-for-you.tsx';
import { ScreeningDecision, ScreeningStatusForm } from './screening-status-form.tsx';
import { ScreeningStatusMessage } from './screening-status-message.tsx';

type Programme = MeResponse['memberships'][number]['programme'];

/**
 * Route `/visitation/:applicationId`: one application as staff need it to decide: the
 * applicant's own words first when they wrote any, the requirements rule by rule, the answers,
 * the history and consents, and the next status. The address keeps the queue's filter, so "back"
 * returns to the same list.
 */
export function ScreeningApplicationPage() {
  const { t } = useTranslation('screening');
  return (
    <RequireLogin documentTitle={t('application.documentTitle')}>
      {(me) => <ApplicationContent me={me} />}
    </RequireLogin>
  );
}

function ApplicationContent({ me }: { me: MeResponse }) {
  const { t } = useTranslation('screening');
  const problemMessage = useProblemMessage();
  const { applicationId = '' } = useParams();
  const { search } = useLocation();
  const { chosen } = useChosenProgramme(me);
  const application = useQuery({
    ...applicationQuery(chosen?.programme.id ?? '', applicationId),
    enabled: Boolean(chosen),
  });
  if (!chosen) return <ScreeningNotForYou />;
  const back = (
    <p>
      <Link to={`/visitation${search}`} className="screening-link">
        {t('application.back')}
      </Link>
    </p>
  );
  if (application.isPending) {
    return (
      <div className="page-loading">
        <title>{`${t('application.documentTitle')} – makker`}</title>
        <div className="spinner" aria-hidden="true" />
        <div className="spinner-status" role="status">
          {t('application.loading')}
        </div>
      </div>
    );
  }
  if (application.isError) {
    // A malformed id in the address is as missing as an erased application.
    const missing =
      isApiError(application.error, 'APPLICATION_NOT_FOUND') ||
      isApiError(application.error, 'VALIDATION_FAILED');
    return (
      <div className="screening-page">
        <title>{`${missing ? t('application.notFoundTitle') : t('application.documentTitle')} – makker`}</title>
        {back}
        <h1>{missing ? t('application.notFoundTitle') : t('application.documentTitle')}</h1>
        {isApiError(application.error, 'TWO_FACTOR_REQUIRED') ? (
          <TwoFactorNeededNotice />
        ) : missing ? (
          <p className="font-lead">{t('application.notFound')}</p>
        ) : (
          <div>
            <p className="form-error-message" role="alert">
              {problemMessage(application.error)}
            </p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void application.refetch()}
            >
              {t('retry')}
            </button>
          </div>
        )}
      </div>
    );
  }
  return <ApplicationDetails application={application.data} programme={chosen.programme} back={back} />;
}

function ApplicationDetails({
  application,
  programme,
  back,
}: {
  application: ApplicationDetail;
  programme: Programme;
  back: ReactNode;
}) {
  const { t } = useTranslation('screening');
  const format = useScreeningFormat();
  const [message, setMessage] = useState('');
  const name = application.name || t('queue.list.noName');
  const final = application.allowedTransitions.length === 0;
  return (
    <div className="screening-page screening-application">
      <title>{`${name} – makker`}</title>
      {back}
      <h1>{name}</h1>
      <dl className="screening-summary">
        <div>
          <dt>{t('application.facts.role')}</dt>
          <dd>{t(`role.${application.role}`)}</dd>
        </div>
        <div>
          <dt>{t('application.facts.status')}</dt>
          <dd>{t(`status.${application.status}`)}</dd>
        </div>
        <div>
          <dt>{t('application.facts.sent')}</dt>
          <dd>{format.day(application.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('application.facts.waited')}</dt>
          <dd>{format.waited(application.ageDays)}</dd>
        </div>
        <div>
          <dt>{t('application.facts.eligibility')}</dt>
          <dd>
            <span className={ELIGIBILITY_BADGE[application.eligibility]}>
              {t(`eligibility.${application.eligibility}`)}
            </span>
          </dd>
        </div>
      </dl>
      <div className="row">
        <div className="col-12 col-lg-7">
          {application.answers.ownWords ? <ScreeningOwnWords words={application.answers.ownWords} /> : null}
          <ScreeningEligibility application={application} />
          <ScreeningAnswers application={application} />
          <ScreeningConsents
            consents={application.consents}
            programmeSlug={programme.slug}
            role={application.role}
          />
        </div>
        <div className="col-12 col-lg-5 screening-side">
          <ScreeningInterviewSection programmeId={programme.id} application={application} />
          <section aria-labelledby="screening-status-heading" className="screening-section screening-status">
            <h2 id="screening-status-heading">{final ? t('change.decisionTitle') : t('change.title')}</h2>
            <ScreeningStatusMessage text={message} />
            {final ? (
              <ScreeningDecision application={application} />
            ) : (
              <ScreeningStatusForm
                programmeId={programme.id}
                application={application}
                onChanged={setMessage}
              />
            )}
          </section>
          <ScreeningHistory history={application.history} />
        </div>
      </div>
    </div>
  );
}
