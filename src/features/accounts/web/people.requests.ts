/**
 * The calls of /personer, /invitation and the "my data" pages, all through apiFetch. Lists that
 * the server audits per person (every GET of the people list is a "read" in each person's trail)
 * are kept for a while rather than fetched again on every visit.
 */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  CreateInvitationRequest,
  EraseResponse,
  Invitation,
  InvitationListResponse,
  InvitationPreview,
  MyAuditTrailResponse,
  PeopleResponse,
  Person,
} from '../accounts.contract.ts';

type Role = Person['roles'][number];

export function peopleQuery(programmeId: string) {
  return queryOptions({
    queryKey: ['accounts', 'people', programmeId],
    queryFn: ({ signal }) => apiFetch<PeopleResponse>(`/api/programmes/${programmeId}/people`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function invitationsQuery(programmeId: string) {
  return queryOptions({
    queryKey: ['accounts', 'invitations', programmeId],
    queryFn: ({ signal }) =>
      apiFetch<InvitationListResponse>(`/api/programmes/${programmeId}/invitations`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function createInvitation(programmeId: string, body: CreateInvitationRequest) {
  return apiFetch<Invitation>(`/api/programmes/${programmeId}/invitations`, { method: 'POST', body });
}

export function revokeInvitation(programmeId: string, invitationId: string) {
  return apiFetch<void>(`/api/programmes/${programmeId}/invitations/${invitationId}`, { method: 'DELETE' });
}

export function setRoles(programmeId: string, userId: string, roles: Role[]) {
  return apiFetch<Person>(`/api/programmes/${programmeId}/people/${userId}/roles`, {
    method: 'PUT',
    body: { roles },
  });
}

export function erasePerson(programmeId: string, userId: string) {
  return apiFetch<EraseResponse>(`/api/programmes/${programmeId}/people/${userId}/erase`, {
    method: 'POST',
    body: {},
  });
}

/** A download link (the browser fetches it with the session cookie and saves the file). */
export function personExportUrl(programmeId: string, userId: string, format: 'json' | 'html'): string {
  const base = `/api/programmes/${programmeId}/people/${userId}/export`;
  return format === 'html' ? `${base}?format=html` : base;
}

/** The caller's own data as a download: the readable page or the JSON file. */
export function myExportUrl(format: 'json' | 'html'): string {
  return format === 'html' ? '/api/me/export?format=html' : '/api/me/export';
}

export function myAuditTrailQuery() {
  return queryOptions({
    queryKey: ['accounts', 'me', 'audit'],
    queryFn: ({ signal }) => apiFetch<MyAuditTrailResponse>('/api/me/audit', { signal }),
    staleTime: 0,
  });
}

/** better-auth's view of the current session; only when it began matters here. */
interface SessionAnswer {
  session: { createdAt: string } | null;
}

/** When the current login happened, or null when there is none. */
export function loginTimeQuery() {
  return queryOptions({
    queryKey: ['accounts', 'login-time'],
    queryFn: async ({ signal }) => {
      const answer = await apiFetch<SessionAnswer | null>('/api/auth/get-session', { signal });
      return answer?.session ? new Date(answer.session.createdAt) : null;
    },
    staleTime: 0,
    gcTime: 0,
  });
}

export function previewInvitation(token: string) {
  return apiFetch<InvitationPreview>('/api/invitations/preview', { method: 'POST', body: { token } });
}

export function acceptInvitation(body: AcceptInvitationRequest) {
  return apiFetch<AcceptInvitationResponse>('/api/invitations/accept', { method: 'POST', body });
}
