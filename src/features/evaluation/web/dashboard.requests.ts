/** The calls of the dashboard and report pages, through apiFetch; the downloads are plain links. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type { Dashboard } from '../dashboard.contract.ts';
import type { RespondentRole } from '../questionnaire.contract.ts';

export function dashboardQuery(programmeId: string, role: RespondentRole, cohortId: string | null) {
  return queryOptions({
    queryKey: ['evaluation', programmeId, 'dashboard', role, cohortId],
    queryFn: ({ signal }) =>
      apiFetch<Dashboard>(`/api/programmes/${programmeId}/evaluation/dashboard`, {
        query: { role, ...(cohortId ? { cohortId } : {}) },
        signal,
      }),
    // Each fetch is an audited read: do not refetch on every focus.
    staleTime: 5 * 60_000,
  });
}

export const reportPdfUrl = (programmeId: string, cohortId: string | null) =>
  `/api/programmes/${programmeId}/evaluation/report.pdf${cohortId ? `?cohortId=${cohortId}` : ''}`;

export const exportUrl = (programmeId: string, format: 'csv' | 'codebook-json' | 'codebook-md') =>
  `/api/programmes/${programmeId}/evaluation/export?format=${format}`;
