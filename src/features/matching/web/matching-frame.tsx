import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin, TwoFactorNeededNotice, useChosenProgramme } from '../../accounts/web/index.ts';
import { DkfdsIcon, useProblemMessage } from '../../ui/web/index.ts';

export type Programme = MeResponse['memberships'][number]['programme'];

/**
 * The frame of every /matching page: login first, then the programme the person manages (the
 * `?projekt=` choice carried on in `search`), or a notice that the pages are for staff.
 */
export function MatchingFrame({
  documentTitle,
  children,
}: {
  documentTitle: string;
  children: (programme: Programme, search: string) => ReactNode;
}) {
  return (
    <RequireLogin documentTitle={documentTitle}>
      {(me) => (
        <Chosen me={me} documentTitle={documentTitle}>
          {children}
        </Chosen>
      )}
    </RequireLogin>
  );
}

function Chosen({
  me,
  documentTitle,
  children,
}: {
  me: MeResponse;
  documentTitle: string;
  children: (programme: Programme, search: string) => ReactNode;
}) {
  const { t } = useTranslation('matching');
  const { chosen, search } = useChosenProgramme(me);
  if (chosen) return <div className="matching-page">{children(chosen.programme, search)}</div>;
  return (
    <div className="matching-page">
      <title>{`${documentTitle} – makker`}</title>
      <h1>{documentTitle}</h1>
      <div className="alert alert-info">
        <DkfdsIcon name="info" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('notForYou')}</p>
        </div>
      </div>
      <p>
        <Link to="/min-side" className="button button-secondary">
          {t('backToMyPage')}
        </Link>
      </p>
    </div>
  );
}

/** A query on its way (a spinner) or failed (the two-factor notice, `missing`, or the problem and a retry). */
export function QueryState({ query, missing }: { query: UseQueryResult<unknown>; missing?: ReactNode }) {
  const { t } = useTranslation('matching');
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
  if (
    missing &&
    (isApiError(query.error, 'ROUND_NOT_FOUND') ||
      isApiError(query.error, 'WISHES_NOT_IN_POOL') ||
      isApiError(query.error, 'VALIDATION_FAILED'))
  )
    return missing;
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
