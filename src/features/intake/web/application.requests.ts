/**
 * The applicant's calls, all through apiFetch. The token is the applicant's key and always goes
 * in the body, never in a URL.
 */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type { ApplicantRole } from '../eligibility.contract.ts';
import type {
  ApplicantView,
  ApplicationAnswers,
  ApplicationFormResponse,
  MyApplicationsResponse,
} from '../intake.contract.ts';

export function applicationFormQuery(slug: string, role: ApplicantRole) {
  return queryOptions({
    queryKey: ['intake', 'form', slug, role],
    queryFn: ({ signal }) =>
      apiFetch<ApplicationFormResponse>(`/api/public/programmes/${encodeURIComponent(slug)}/apply/${role}`, {
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}

export function applicationQuery(token: string) {
  return queryOptions({
    queryKey: ['intake', 'application', token],
    queryFn: ({ signal }) =>
      apiFetch<ApplicantView>('/api/public/applications/open', { method: 'POST', body: { token }, signal }),
    retry: false,
  });
}

export function startApplication(slug: string, role: ApplicantRole) {
  return apiFetch<{ token: string }>(`/api/public/programmes/${encodeURIComponent(slug)}/applications`, {
    method: 'POST',
    body: { role },
  });
}

export function saveAnswers(token: string, answers: ApplicationAnswers) {
  return apiFetch<ApplicantView>('/api/public/applications/answers', {
    method: 'PUT',
    body: { token, answers },
  });
}

export function submitApplication(token: string, noticeVersion: number, consents: string[]) {
  return apiFetch<ApplicantView>('/api/public/applications/submit', {
    method: 'POST',
    body: { token, noticeVersion, consents },
  });
}

export function sendContinueLink(token: string, channel: 'email' | 'sms') {
  return apiFetch<void>('/api/public/applications/continue-link', {
    method: 'POST',
    body: { token, channel },
  });
}

export function withdrawConsent(token: string, key: string) {
  return apiFetch<ApplicantView>('/api/public/applications/consents/withdraw', {
    method: 'POST',
    body: { token, key },
  });
}

/** The logged-in participant's own applications (linked when they accepted their invitation). */
export function myApplicationsQuery() {
  return queryOptions({
    queryKey: ['intake', 'mine'],
    queryFn: ({ signal }) => apiFetch<MyApplicationsResponse>('/api/me/applications', { signal }),
  });
}

export function withdrawMyConsent(applicationId: string, key: string) {
  return apiFetch<MyApplicationsResponse>(
    `/api/me/applications/${encodeURIComponent(applicationId)}/consents/withdraw`,
    { method: 'POST', body: { key } },
  );
}
