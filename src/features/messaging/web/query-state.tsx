import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api-client.ts';
import { TwoFactorNeededNotice } from '../../accounts/web/index.ts';
import { useProblemMessage } from '../../ui/web/index.ts';

/** A spinner while a query is on its way; the two-factor notice or the problem with a retry. */
export function QueryState({ query }: { query: UseQueryResult<unknown> }) {
  const { t } = useTranslation('messaging');
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
