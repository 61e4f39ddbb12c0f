import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';
import type { ApplicantView } from '../intake.contract.ts';

/**
 * Where an application stands, what has happened, and the consents given, each of which can be
 * withdrawn: on the applicant's link page and on the participant's own page. `headingLevel` 3
 * puts it under the page's own heading for the application (which names the programme).
 */
export function ApplicationStatusView({
  view,
  continueHref,
  onWithdraw,
  withdrawing,
  message,
  headingLevel = 2,
  afterStatus,
}: {
  view: ApplicantView;
  /** Where a draft is continued (the applicant's link page only). */
  continueHref?: string;
  onWithdraw: (key: string) => void;
  withdrawing: boolean;
  /** What the last withdrawal said (read by screen readers as a status). */
  message: string;
  headingLevel?: 2 | 3;
  /** Shown after the status and before the history (the participant's page: what they wrote). */
  afterStatus?: ReactNode;
}) {
  const { t, i18n } = useTranslation('intake');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const language = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK';
  const format = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
  // The interview is at a Danish address: its time is said on a Copenhagen clock.
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(language, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: PROGRAMME_TIME_ZONE,
    }).format(new Date(iso));
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  return (
    <>
      <p className="font-lead">
        {headingLevel === 2
          ? `${t(`status.role.${view.role}`)} · ${view.programme.name}`
          : t(`status.role.${view.role}`)}
      </p>
      <Heading>{t('status.now')}</Heading>
      <p className="application-status-now">
        <strong>{t(`status.state.${view.status}`)}</strong>
      </p>
      {view.interview && view.status === 'interview-booked' ? (
        <p className="application-interview">
          {t('status.interview', { when: formatTime(view.interview.startsAt), place: view.interview.place })}
        </p>
      ) : null}
      {view.status === 'draft' && continueHref ? (
        <p>
          <Link to={continueHref} className="button button-primary">
            {t('status.continue')}
          </Link>
        </p>
      ) : null}
      {afterStatus}
      {view.history.length > 0 ? (
        <>
          <Heading>{t('status.history')}</Heading>
          <ul className="nobullet-list application-history">
            {view.history.map((step) => (
              <li key={`${step.status}-${step.at}`}>
                {format(step.at)}: {t(`status.state.${step.status}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.consents.length > 0 ? (
        <>
          <Heading>{t('status.consents')}</Heading>
          <ul className="nobullet-list application-consents">
            {view.consents.map((consent) => (
              <li key={consent.key}>
                <p>{consent.label[locale]}</p>
                <p className="form-hint">
                  {consent.withdrawnAt
                    ? t('status.withdrawnAt', { date: format(consent.withdrawnAt) })
                    : t('status.givenAt', { date: format(consent.givenAt) })}
                </p>
                {consent.withdrawnAt ? null : (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={withdrawing}
                    onClick={() => onWithdraw(consent.key)}
                  >
                    {t('status.withdraw')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p role="status">{message}</p>
    </>
  );
}
