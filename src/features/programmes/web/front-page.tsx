import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeSummary } from '../programmes.contract.ts';
import { PageLoadError, PageLoading } from './page-status.tsx';
import { ProgrammePage } from './programme-page.tsx';
import { programmeListQuery } from './programmes.queries.ts';

/**
 * Route `/`. Most installations run one programme, and its page is then the front page; an
 * installation with several lists them instead.
 */
export function FrontPage() {
  const list = useQuery(programmeListQuery());
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <PageLoadError error={list.error} onRetry={() => void list.refetch()} />;
  const [only, ...others] = list.data.programmes;
  if (only && others.length === 0) return <ProgrammePage slug={only.slug} />;
  return <ProgrammeList programmes={list.data.programmes} />;
}

function ProgrammeList({ programmes }: { programmes: ProgrammeSummary[] }) {
  const { t } = useTranslation('programmes');
  return (
    <div>
      <title>{`${t('list.title')} – makker`}</title>
      <h1>{t('list.title')}</h1>
      {programmes.length === 0 ? (
        <p className="font-lead">{t('list.empty')}</p>
      ) : (
        <>
          <p className="font-lead">{t('list.intro')}</p>
          <ul className="programme-choices">
            {programmes.map((programme) => (
              <li key={programme.slug}>
                <Link to={`/p/${programme.slug}`} className="programme-choice-link">
                  {programme.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
