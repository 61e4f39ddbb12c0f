/** How the web app fetches public programme data: one query key and fetcher per API call. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type { Locale, ProgrammePageResponse, ProgrammeSummary } from '../programmes.contract.ts';

export function programmeListQuery() {
  return queryOptions({
    queryKey: ['programmes', 'list'],
    queryFn: ({ signal }) =>
      apiFetch<{ programmes: ProgrammeSummary[] }>('/api/public/programmes', { signal }),
  });
}

export function programmePageQuery(slug: string, locale: Locale) {
  return queryOptions({
    queryKey: ['programmes', 'page', slug, locale],
    queryFn: ({ signal }) =>
      apiFetch<ProgrammePageResponse>(`/api/public/programmes/${encodeURIComponent(slug)}/page`, {
        query: { locale },
        signal,
      }),
  });
}
