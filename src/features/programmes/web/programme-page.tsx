import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoadError, PageLoading } from './page-status.tsx';
import { ProgrammeFlyer } from './programme-flyer.tsx';
import { programmePageQuery } from './programmes.queries.ts';

/** The public page of one programme, in the language the person has chosen. */
export function ProgrammePage({ slug }: { slug: string }) {
  const { i18n } = useTranslation('programmes');
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  // Keep showing the old language while the new one loads, instead of flashing a spinner.
  const page = useQuery({ ...programmePageQuery(slug, locale), placeholderData: keepPreviousData });
  if (page.isPending) return <PageLoading />;
  if (page.isError) return <PageLoadError error={page.error} onRetry={() => void page.refetch()} />;
  return <ProgrammeFlyer page={page.data} />;
}

/** Route `/p/:slug`. */
export function ProgrammeRoutePage() {
  const { slug = '' } = useParams();
  return <ProgrammePage slug={slug} />;
}
