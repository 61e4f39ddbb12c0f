import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin, TwoFactorNeededNotice, useChosenProgramme } from '../../accounts/web/index.ts';
import { DkfdsIcon, useProblemMessage } from '../../ui/web/index.ts';

export type Programme = MeResponse['memberships'][number]['programme'];

/** The frame of every /forloeb page: login first, then the programme the person manages. */
export function StaffFrame({
  documentTitle,
  children,
}: {
  documentTitle: string;
  children: (programme: Programme, search: string) => ReactNode;
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
  children: (programme: Programme, search: string) => ReactNode;
}) {
  const { t } = useTranslation('mentorships');
  const { chosen, search } = useChosenProgramme(me);
  if (chosen) return <div className="pair-staff-page">{children(chosen.programme, search)}</div>;
  return (
    <div className="pair-staff-page">
      <title>{`${t('staff.documentTitle')} – makker`}</title>
      <h1>{t('staff.title')}</h1>
      <div className="alert alert-info">
        <DkfdsIcon name="info" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('staff.notForYou')}</p>
        </div>
      </div>
      <p>
        <Link to="/min-side" className="button button-secondary">
          {t('staff.backToMyPage')}
        </Link>
      </p>
    </div>
  );
}

/** A spinner while a query is on its way; the two-factor notice or the problem with a retry. */
export function QueryState({ query }: { query: UseQueryResult<unknown> }) {
  const { t } = useTranslation('mentorships');
  const problemMessage = useProblemMessage();
  if (query.isPending) {
    return (
      <div className="page-loading">
        <div className="spinner" aria-hidden="true" />
        <div className="spinner-status" role="status">
          {t('loading')}
        </div>
      </div>
    );
  }
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
