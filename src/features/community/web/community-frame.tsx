import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin, TwoFactorNeededNotice, useChosenProgramme } from '../../accounts/web/index.ts';
import { DkfdsIcon, useProblemMessage } from '../../ui/web/index.ts';

export type Programme = MeResponse['memberships'][number]['programme'];

/** The frame of the staff pages under /faellesskab: login, then the programme they manage. */
export function StaffFrame({
  documentTitle,
  children,
}: {
  documentTitle: string;
  children: (programme: Programme, search: string, userId: string) => ReactNode;
}) {
  return (
    <RequireLogin documentTitle={documentTitle}>{(me) => <Chosen me={me}>{children}</Chosen>}</RequireLogin>
  );
}

function Chosen({
  me,
  children,
}: {
  me: MeResponse;
  children: (programme: Programme, search: string, userId: string) => ReactNode;
}) {
  const { t } = useTranslation('community');
  const { chosen, search } = useChosenProgramme(me);
  if (chosen) return <div className="community-page">{children(chosen.programme, search, me.user.id)}</div>;
  // Peers and mentors following "Fællesskab" in the menu land on their own page.
  if (me.memberships.some((m) => m.roles.includes('peer') || m.roles.includes('mentor')))
    return <Navigate to="/min-side/faellesskab" replace />;
  return (
    <div className="community-page">
      <title>{`${t('staff.documentTitle')} – makker`}</title>
      <h1>{t('staff.title')}</h1>
      <div className="alert alert-info">
        <DkfdsIcon name="info" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('staff.notForYou')}</p>
        </div>
      </div>
      <p>
        <Link to="/min-side/faellesskab" className="button button-secondary">
          {t('mine.title')}
        </Link>
      </p>
    </div>
  );
}

/** A query on its way (spinner), needing two-factor, or failed (the problem and a retry button). */
export function QueryState({ query }: { query: UseQueryResult<unknown> }) {
  const { t } = useTranslation('community');
  const problemMessage = useProblemMessage();
  if (query.isPending)
    return (
      <div className="page-loading">
        <div className="spinner" aria-hidden="true" />
        <div className="spinner-status" role="status">
          {t('loading')}
        </div>
      </div>
    );
  if (!query.isError) return null;
  if (isApiError(query.error, 'TWO_FACTOR_REQUIRED')) return <TwoFactorNeededNotice />;
  return (
    <div>
      <p className="form-error-message" role="alert">
        {problemMessage(query.error)}
      </p>
      <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
        {t('retry')}
      </button>
    </div>
  );
}
