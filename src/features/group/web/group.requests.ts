/** The calls of the group pages, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type {
  Created,
  GroupFeed,
  GroupReactionKind,
  ModerationQueue,
  ModerationRequest,
} from '../group.contract.ts';

export const groupKey = (programmeId: string) => ['group', programmeId];
const api = (programmeId: string) => `/api/programmes/${programmeId}/group`;

export const feedQuery = (programmeId: string) =>
  queryOptions({
    queryKey: [...groupKey(programmeId), 'feed'],
    queryFn: ({ signal }) => apiFetch<GroupFeed>(api(programmeId), { signal }),
  });

export const moderationQuery = (programmeId: string) =>
  queryOptions({
    queryKey: [...groupKey(programmeId), 'moderation'],
    queryFn: ({ signal }) => apiFetch<ModerationQueue>(`${api(programmeId)}/moderation`, { signal }),
  });

export const imageUrl = (programmeId: string, postId: string) => `${api(programmeId)}/posts/${postId}/image`;

export const acceptRules = (programmeId: string) =>
  apiFetch<{ ok: true }>(`${api(programmeId)}/house-rules`, { method: 'POST' });
export const setSharing = (programmeId: string, sharesFullName: boolean) =>
  apiFetch<{ ok: true }>(`${api(programmeId)}/me`, { method: 'PUT', body: { sharesFullName } });
export const newPost = (programmeId: string, body: string, image?: string) =>
  apiFetch<Created>(`${api(programmeId)}/posts`, {
    method: 'POST',
    body: { body, ...(image ? { image } : {}) },
  });
export const newComment = (programmeId: string, postId: string, body: string) =>
  apiFetch<Created>(`${api(programmeId)}/posts/${postId}/comments`, { method: 'POST', body: { body } });
export const react = (programmeId: string, postId: string, kind: GroupReactionKind | null) =>
  apiFetch<{ ok: true }>(`${api(programmeId)}/posts/${postId}/reaction`, { method: 'PUT', body: { kind } });
export const report = (programmeId: string, postId: string, reason: string) =>
  apiFetch<{ ok: true }>(`${api(programmeId)}/posts/${postId}/report`, { method: 'POST', body: { reason } });
export const moderate = (
  programmeId: string,
  body: Omit<ModerationRequest, 'reason'> & { reason?: string },
) => apiFetch<{ ok: true }>(`${api(programmeId)}/moderation`, { method: 'POST', body });
export const moderateMember = (
  programmeId: string,
  body: { userId: string; action: 'warn' | 'suspend' | 'lift'; reason?: string; days?: number },
) => apiFetch<{ ok: true }>(`${api(programmeId)}/moderation/members`, { method: 'POST', body });
export const saveWords = (programmeId: string, words: string[]) =>
  apiFetch<{ words: string[] }>(`${api(programmeId)}/words`, { method: 'PUT', body: { words } });
