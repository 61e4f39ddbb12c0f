/**
 * The calls of /visitation, all through apiFetch. The server audits every application a list or
 * a page shows (a "read" in each applicant's trail), so what was fetched is kept for a while
 * rather than fetched again on every visit; a status change refreshes what it touched.
 */
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiFetch } from '../../../shared/api-client.ts';
import type { ApplicantRole } from '../eligibility.contract.ts';
import type {
  ApplicationDetail,
  ApplicationFormResponse,
  applicationQueueQuerySchema,
  applicationQueueResponseSchema,
  bookInterviewRequestSchema,
  bulkTransitionRequestSchema,
  FunnelResponse,
  Interview,
  interviewNotesRequestSchema,
  transitionResponseSchema,
} from '../intake.contract.ts';

export type QueueFilter = z.infer<typeof applicationQueueQuerySchema>;
export type ApplicationQueue = z.infer<typeof applicationQueueResponseSchema>;
export type StatusChangeRequest = z.input<typeof bulkTransitionRequestSchema>;
export type StatusChangeResponse = z.infer<typeof transitionResponseSchema>;

/** Every screening query of a programme starts with this key, so one change refreshes them all. */
export function screeningKey(programmeId: string) {
  return ['intake', 'screening', programmeId] as const;
}

export function applicationQueueQuery(programmeId: string, filter: QueueFilter) {
  return queryOptions({
    queryKey: [...screeningKey(programmeId), 'queue', filter],
    queryFn: ({ signal }) =>
      apiFetch<ApplicationQueue>(`/api/programmes/${programmeId}/applications`, {
        query: { role: filter.role, status: filter.status, eligibility: filter.eligibility, q: filter.q },
        signal,
      }),
    staleTime: 2 * 60_000,
  });
}

export function applicationQuery(programmeId: string, applicationId: string) {
  return queryOptions({
    queryKey: [...screeningKey(programmeId), 'application', applicationId],
    queryFn: ({ signal }) =>
      apiFetch<ApplicationDetail>(`/api/programmes/${programmeId}/applications/${applicationId}`, {
        signal,
      }),
    staleTime: 2 * 60_000,
    // A missing application stays missing: asking again only adds to the audit trail.
    retry: false,
  });
}

/**
 * The programme's public form for a role: only its consent texts are used here, to say in words
 * what an applicant consented to (the application itself stores the keys and notice version).
 */
export function consentTextsQuery(slug: string, role: ApplicantRole) {
  return queryOptions({
    queryKey: ['intake', 'screening-consents', slug, role],
    queryFn: ({ signal }) =>
      apiFetch<ApplicationFormResponse>(`/api/public/programmes/${encodeURIComponent(slug)}/apply/${role}`, {
        signal,
      }),
    select: (form) => form.notice?.consents ?? [],
    staleTime: 10 * 60_000,
  });
}

/** Moves one or more applications to a status, all or none. */
export function changeApplicationStatus(programmeId: string, body: StatusChangeRequest) {
  return apiFetch<StatusChangeResponse>(`/api/programmes/${programmeId}/applications/status`, {
    method: 'POST',
    body,
  });
}

/** Books (or moves) an application's interview; the applicant is invited. */
export function bookInterview(
  programmeId: string,
  applicationId: string,
  body: z.input<typeof bookInterviewRequestSchema>,
) {
  return apiFetch<Interview>(`/api/programmes/${programmeId}/applications/${applicationId}/interview`, {
    method: 'POST',
    body,
  });
}

/** Saves the interview's notes and checklist, whole. */
export function saveInterviewNotes(
  programmeId: string,
  applicationId: string,
  body: z.input<typeof interviewNotesRequestSchema>,
) {
  return apiFetch<Interview>(`/api/programmes/${programmeId}/applications/${applicationId}/interview/notes`, {
    method: 'PUT',
    body,
  });
}

export function funnelQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...screeningKey(programmeId), 'funnel'],
    queryFn: ({ signal }) =>
      apiFetch<FunnelResponse>(`/api/programmes/${programmeId}/intake-funnel`, { signal }),
    staleTime: 2 * 60_000,
  });
}
