/** The calls of the pair's messages page and the staff queue, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type { MyThreads, PairMessage, PairThread, ReportedMessages } from '../messaging.contract.ts';

export const messagingKey = (programmeId: string) => ['messaging', programmeId];
export const threadKey = (programmeId: string, mentorshipId: string) => [
  ...messagingKey(programmeId),
  'thread',
  mentorshipId,
];

export function myThreadsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...messagingKey(programmeId), 'mine'],
    queryFn: ({ signal }) =>
      apiFetch<MyThreads>(`/api/programmes/${programmeId}/my-pair-threads`, { signal }),
  });
}

const threadUrl = (programmeId: string, mentorshipId: string) =>
  `/api/programmes/${programmeId}/mentorships/${mentorshipId}/messages`;

export function threadQuery(programmeId: string, mentorshipId: string) {
  return queryOptions({
    queryKey: threadKey(programmeId, mentorshipId),
    queryFn: ({ signal }) => apiFetch<PairThread>(threadUrl(programmeId, mentorshipId), { signal }),
  });
}

export function sendMessage(programmeId: string, mentorshipId: string, text: string) {
  return apiFetch<PairMessage>(threadUrl(programmeId, mentorshipId), { method: 'POST', body: { text } });
}

export function reportMessage(programmeId: string, mentorshipId: string, messageId: string, reason: string) {
  return apiFetch<{ id: string }>(`${threadUrl(programmeId, mentorshipId)}/${messageId}/report`, {
    method: 'POST',
    body: reason ? { reason } : {},
  });
}

export function reportedMessagesQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...messagingKey(programmeId), 'reported'],
    queryFn: ({ signal }) =>
      apiFetch<ReportedMessages>(`/api/programmes/${programmeId}/reported-messages`, { signal }),
  });
}

export function markReportHandled(programmeId: string, reportId: string) {
  return apiFetch<{ id: string }>(`/api/programmes/${programmeId}/reported-messages/${reportId}/handled`, {
    method: 'POST',
  });
}
