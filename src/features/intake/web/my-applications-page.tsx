import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireLogin } from '../../accounts/web/index.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { MyApplicationsResponse } from '../intake.contract.ts';
import { myApplicationsQuery, withdrawMyConsent } from './application.requests.ts';
import { ApplicationStatusView } from './application-status-view.tsx';
import { useScreeningFormat } from './screening-format.ts';

type MyApplication = MyApplicationsResponse['applications'][number];

/**
 * Route `/min-side/ansoegning`: a participant's own application once they have an account —
 * what they wrote (the first draft of their wishes for a match), where it stands, and their
 * consents, each of which they can withdraw here (decision 036).
 */
export function MyApplicationsPage() {
  const { t } = useTranslation('intake');
  return <RequireLogin documentTitle={t('mine.documentTitle')}>{() => <MyApplications />}</RequireLogin>;
}

function MyApplications() {
  const { t } = useTranslation('intake');
  const problemMessage = useProblemMessage();
  const mine = useQuery(myApplicationsQuery());
  return (
    <div className="my-applications">
      <title>{`${t('mine.documentTitle')} – makker`}</title>
      <p>
        <Link to="/min-side" className="page-back-link">
          {t('mine.back')}
        </Link>
      </p>
      <h1>{t('mine.title')}</h1>
      <p className="font-lead">{t('mine.intro')}</p>
      {mine.isPending ? (
        <p role="status">{t('mine.loading')}</p>
      ) : mine.isError ? (
        <p role="alert">{problemMessage(mine.error)}</p>
      ) : mine.data.applications.length === 0 ? (
        <p>{t('mine.none')}</p>
      ) : (
        mine.data.applications.map((application) => (
          <MyApplicationSection key={application.id} application={application} />
        ))
      )}
    </div>
  );
}

function MyApplicationSection({ application }: { application: MyApplication }) {
  const { t } = useTranslation('intake');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const withdraw = useMutation({
    mutationFn: (key: string) => withdrawMyConsent(application.id, key),
    onSuccess: (next) => {
      queryClient.setQueryData(myApplicationsQuery().queryKey, next);
      setMessage(t('status.withdrawn'));
    },
    onError: (error) => setMessage(problemMessage(error)),
  });
  const headingId = `my-application-${application.id}`;
  return (
    <section aria-labelledby={headingId} className="my-application">
      <h2 id={headingId}>{t('mine.heading', { programme: application.programme.name })}</h2>
      <ApplicationStatusView
        view={application}
        onWithdraw={(key) => withdraw.mutate(key)}
        withdrawing={withdraw.isPending}
        message={message}
        headingLevel={3}
        afterStatus={<WhatYouWrote application={application} />}
      />
    </section>
  );
}

/** The answers that will pre-fill the person's wishes for a match, in their own words. */
function WhatYouWrote({ application }: { application: MyApplication }) {
  const { t } = useTranslation('intake');
  const format = useScreeningFormat();
  const { answers } = application;
  const or = (value: string | undefined): ReactNode =>
    value ? value : <span className="form-hint">{t('mine.notAnswered')}</span>;
  const rows: [string, ReactNode][] = [
    [t('mine.hopes'), or(answers.hopes)],
    [
      t('mine.interests'),
      or(
        answers.interests?.length
          ? format.list(answers.interests.map((i) => t(`wishes.interest.${i}`)))
          : undefined,
      ),
    ],
    [
      t('mine.availability'),
      or(
        answers.availability && answers.availability.weekdays.length > 0
          ? t('mine.availabilityValue', {
              days: format.list(answers.availability.weekdays.map(format.weekday)),
              parts: format.list(answers.availability.partsOfDay.map((p) => t(`wishes.part.${p}`))),
            })
          : undefined,
      ),
    ],
    [t('mine.heardFrom'), or(answers.heardFrom ? t(`wishes.heard.${answers.heardFrom}`) : undefined)],
  ];
  return (
    <>
      <h3>{t('mine.wrote')}</h3>
      <dl className="person-facts my-application-answers">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}
