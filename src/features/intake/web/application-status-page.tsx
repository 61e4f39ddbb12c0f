import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { ApplicantView } from '../intake.contract.ts';
import { applicationQuery, withdrawConsent } from './application.requests.ts';
import { ApplicationStatusView } from './application-status-view.tsx';
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
        <StatusByToken token={token} view={application.data} />
      )}
    </div>
  );
}

function StatusByToken({ token, view }: { token: string; view: ApplicantView }) {
  const { t } = useTranslation('intake');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const withdraw = useMutation({
    mutationFn: (key: string) => withdrawConsent(token, key),
    onSuccess: (next) => {
      queryClient.setQueryData(applicationQuery(token).queryKey, next);
      setMessage(t('status.withdrawn'));
    },
    onError: (error) => setMessage(problemMessage(error)),
  });
  return (
    <ApplicationStatusView
      view={view}
      continueHref={`/p/${view.programme.slug}/ansoeg/${view.role}#${token}`}
      onWithdraw={(key) => withdraw.mutate(key)}
      withdrawing={withdraw.isPending}
      message={message}
    />
  );
}
