import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { ApplicantView } from '../intake.contract.ts';
import { applicationQuery, withdrawConsent } from './application.requests.ts';
import { tokenFromHash } from './application-token.ts';

/**
 * Route `/ansoegning#<token>`: where the application stands, what has happened, and the consents
 * given, each of which can be withdrawn here. A draft offers to continue the form.
 */
export function ApplicationStatusPage() {
  const { t } = useTranslation('intake');
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  const application = useQuery({ ...applicationQuery(token ?? ''), enabled: token !== null });
  return (
    <div className="application-status">
      <title>{`${t('status.documentTitle')} – makker`}</title>
      <h1>{t('status.title')}</h1>
      {!token || application.isError ? (
        <p>{t('status.missing')}</p>
      ) : application.isPending ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <StatusView token={token} view={application.data} />
      )}
    </div>
  );
}

function StatusView({ token, view }: { token: string; view: ApplicantView }) {
  const { t, i18n } = useTranslation('intake');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const format = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long' }).format(
      new Date(iso),
    );
  // The interview is at a Danish address: its time is said on a Copenhagen clock.
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: PROGRAMME_TIME_ZONE,
    }).format(new Date(iso));
  const withdraw = useMutation({
    mutationFn: (key: string) => withdrawConsent(token, key),
    onSuccess: (next) => {
      queryClient.setQueryData(applicationQuery(token).queryKey, next);
      setMessage(t('status.withdrawn'));
    },
    onError: (error) => setMessage(problemMessage(error)),
  });
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  return (
    <>
      <p className="font-lead">
        {t(`status.role.${view.role}`)} · {view.programme.name}
      </p>
      <h2>{t('status.now')}</h2>
      <p className="application-status-now">
        <strong>{t(`status.state.${view.status}`)}</strong>
      </p>
      {view.interview && view.status === 'interview-booked' ? (
        <p className="application-interview">
          {t('status.interview', { when: formatTime(view.interview.startsAt), place: view.interview.place })}
        </p>
      ) : null}
      {view.status === 'draft' ? (
        <p>
          <Link
            to={`/p/${view.programme.slug}/ansoeg/${view.role}#${token}`}
            className="button button-primary"
          >
            {t('status.continue')}
          </Link>
        </p>
      ) : null}
      {view.history.length > 0 ? (
        <>
          <h2>{t('status.history')}</h2>
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
          <h2>{t('status.consents')}</h2>
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
                    disabled={withdraw.isPending}
                    onClick={() => withdraw.mutate(consent.key)}
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
