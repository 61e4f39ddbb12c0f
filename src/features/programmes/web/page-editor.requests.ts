/** The calls of /indstillinger/side, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type { Locale, ProgrammePageContent, ProgrammePageEditResponse } from '../programmes.contract.ts';

export function editablePageQuery(programmeId: string, locale: Locale) {
  return queryOptions({
    queryKey: ['programme-page-editor', programmeId, locale],
    queryFn: ({ signal }) =>
      apiFetch<ProgrammePageEditResponse>(`/api/programmes/${programmeId}/page/${locale}`, { signal }),
    // A page not written in this language yet stays missing until it is saved.
    retry: false,
  });
}

export function saveProgrammePage(programmeId: string, locale: Locale, content: ProgrammePageContent) {
  return apiFetch<ProgrammePageEditResponse>(`/api/programmes/${programmeId}/page/${locale}`, {
    method: 'PUT',
    body: content,
  });
}
