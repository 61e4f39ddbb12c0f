import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../intake.contract.ts';
import { consentTextsQuery } from './screening.requests.ts';
import { useScreeningFormat } from './screening-format.ts';

/** Every status the application has had: which, when, by whom and why, oldest first. */
export function ScreeningHistory({ history }: { history: ApplicationDetail['history'] }) {
  const { t } = useTranslation('screening');
  const format = useScreeningFormat();
  return (
    <section aria-labelledby="screening-history-heading" className="screening-section">
      <h2 id="screening-history-heading">{t('application.historyTitle')}</h2>
      <ol className="screening-history" aria-label={t('application.historyCaption')}>
        {history.map((event) => {
          // No staff member: the applicant sent it (from draft), or the system did it.
          const by =
            event.actorName ??
            (event.from === 'draft'
              ? t('application.history.byApplicant')
              : t('application.history.bySystem'));
          return (
            <li key={`${event.at}-${event.to}`} className="screening-history-event">
              <p className="screening-history-status">{t(`status.${event.to}`)}</p>
              <p className="screening-history-when">
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                <span className="screening-history-by">
                  <span className="sr-only">, {t('application.history.by')} </span>
                  <span aria-hidden="true"> · </span>
                  {by}
                </span>
              </p>
              {event.reason ? (
                <p className="screening-history-reason">
                  <span className="sr-only">{t('application.history.reason')}: </span>
                  {event.reason}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * The consents the applicant gave, in the words they read (the programme's current texts; a key
 * no longer asked for is shown as it is), with the notice version and whether withdrawn.
 */
export function ScreeningConsents({
  consents,
  programmeSlug,
  role,
}: {
  consents: ApplicationDetail['consents'];
  programmeSlug: string;
  role: ApplicationDetail['role'];
}) {
  const { t, i18n } = useTranslation('screening');
  const format = useScreeningFormat();
  const texts = useQuery({ ...consentTextsQuery(programmeSlug, role), enabled: consents.length > 0 });
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  const labelOf = (key: string) => texts.data?.find((c) => c.key === key)?.label[locale] ?? key;
  return (
    <section aria-labelledby="screening-consents-heading" className="screening-section">
      <h2 id="screening-consents-heading">{t('application.consentsTitle')}</h2>
      {consents.length === 0 ? (
        <p>{t('application.noConsents')}</p>
      ) : (
        <ul className="screening-consents">
          {consents.map((consent) => (
            <li
              key={consent.key}
              className={consent.withdrawnAt ? 'screening-consent--withdrawn' : undefined}
            >
              <p className="screening-consent-label">{labelOf(consent.key)}</p>
              <p className="screening-consent-given">
                {t('application.consentVersion', {
                  date: format.day(consent.givenAt),
                  version: consent.noticeVersion,
                })}
                {consent.withdrawnAt ? (
                  <>
                    {' '}
                    <strong>
                      {t('application.consentWithdrawn', { date: format.day(consent.withdrawnAt) })}
                    </strong>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
