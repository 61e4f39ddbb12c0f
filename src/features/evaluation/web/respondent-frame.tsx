import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin } from '../../accounts/web/index.ts';
import { useProblemMessage } from '../../ui/web/index.ts';

export type RespondentProgramme = MeResponse['memberships'][number]['programme'];

/**
 * The frame of the /min-side/trivsel pages: login first, then the programme where the person is a
 * peer or mentor (`?projekt=<slug>` when they are one in several), or a plain notice.
 */
export function RespondentFrame({
  documentTitle,
  children,
}: {
  documentTitle: string;
  children: (programme: RespondentProgramme, search: string) => ReactNode;
}) {
  const { t } = useTranslation('evaluation');
  const [params] = useSearchParams();
  return (
    <RequireLogin documentTitle={documentTitle}>
      {(me) => {
        const mine = me.memberships.filter((m) => m.roles.includes('peer') || m.roles.includes('mentor'));
        const chosen = mine.find((m) => m.programme.slug === params.get('projekt')) ?? mine[0];
        const search =
          chosen && mine.length > 1 ? `?projekt=${encodeURIComponent(chosen.programme.slug)}` : '';
        return (
          <div className="evaluation-page">
            <title>{`${documentTitle} – makker`}</title>
            {chosen ? (
              children(chosen.programme, search)
            ) : (
              <>
                <h1>{t('title')}</h1>
                <p>{t('notForYou')}</p>
                <Link to="/min-side" className="button button-secondary">
                  {t('backToMyPage')}
                </Link>
              </>
            )}
          </div>
        );
      }}
    </RequireLogin>
  );
}

/** A spinner while the query is on its way, or the problem with a retry button. */
export function Loading({ query }: { query: UseQueryResult<unknown> }) {
  const { t } = useTranslation('evaluation');
  const problemMessage = useProblemMessage();
  if (query.isError)
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
  return (
    <div className="page-loading">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status" role="status">
        {t('loading')}
      </div>
    </div>
  );
}
