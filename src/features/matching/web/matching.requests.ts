/** The calls of the matching pages, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type {
  MatchingSettings,
  MatchingStats,
  Meeting,
  MyOffer,
  Pin,
  Preview,
  RoundDetail,
  RoundSummary,
  Share,
  StaffProposal,
  StaffWishesProfile,
  Weights,
  Wishes,
  WishesProfile,
} from '../matching.contract.ts';

export const matchingKey = (programmeId: string) => ['matching', programmeId];
const base = (programmeId: string) => `/api/programmes/${programmeId}`;

export function myWishesQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...matchingKey(programmeId), 'mine'],
    queryFn: ({ signal }) => apiFetch<WishesProfile>(`${base(programmeId)}/my-wishes`, { signal }),
  });
}

export function saveMyWishes(programmeId: string, wishes: Wishes) {
  return apiFetch<WishesProfile>(`${base(programmeId)}/my-wishes`, { method: 'PUT', body: { wishes } });
}

export function personWishesQuery(programmeId: string, userId: string) {
  return queryOptions({
    queryKey: [...matchingKey(programmeId), 'person', userId],
    queryFn: ({ signal }) =>
      apiFetch<StaffWishesProfile>(`${base(programmeId)}/wishes/${userId}`, { signal }),
  });
}

export function savePersonWishes(
  programmeId: string,
  userId: string,
  body: { wishes: Wishes; paused: boolean },
) {
  return apiFetch<StaffWishesProfile>(`${base(programmeId)}/wishes/${userId}`, { method: 'PUT', body });
}

export function markMustNotMatch(programmeId: string, userId: string, otherUserId: string, remove: boolean) {
  const url = `${base(programmeId)}/wishes/${userId}/must-not-match`;
  return remove
    ? apiFetch<StaffWishesProfile>(`${url}/${otherUserId}`, { method: 'DELETE' })
    : apiFetch<StaffWishesProfile>(url, { method: 'POST', body: { otherUserId } });
}

export function roundsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...matchingKey(programmeId), 'rounds'],
    queryFn: ({ signal }) =>
      apiFetch<{ rounds: RoundSummary[] }>(`${base(programmeId)}/matching-rounds`, { signal }),
  });
}

export function roundQuery(programmeId: string, roundId: string) {
  return queryOptions({
    queryKey: [...matchingKey(programmeId), 'round', roundId],
    queryFn: ({ signal }) =>
      apiFetch<RoundDetail>(`${base(programmeId)}/matching-rounds/${roundId}`, { signal }),
  });
}

export function openRound(programmeId: string) {
  return apiFetch<RoundDetail>(`${base(programmeId)}/matching-rounds`, { method: 'POST' });
}

export function setPin(programmeId: string, roundId: string, pin: Pin) {
  return apiFetch<RoundDetail>(`${base(programmeId)}/matching-rounds/${roundId}/pins`, {
    method: 'POST',
    body: pin,
  });
}

export function removePin(programmeId: string, roundId: string, pin: Omit<Pin, 'kind'>) {
  return apiFetch<RoundDetail>(
    `${base(programmeId)}/matching-rounds/${roundId}/pins/${pin.peerId}/${pin.mentorId}`,
    { method: 'DELETE' },
  );
}

export function approve(programmeId: string, roundId: string, pairs: { peerId: string; mentorId: string }[]) {
  return apiFetch<RoundDetail>(`${base(programmeId)}/matching-rounds/${roundId}/approve`, {
    method: 'POST',
    body: { pairs },
  });
}

export function previewRound(programmeId: string, roundId: string, weights: Weights) {
  return apiFetch<Preview>(`${base(programmeId)}/matching-rounds/${roundId}/preview`, {
    method: 'POST',
    body: { weights },
  });
}

export function matchingSettingsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...matchingKey(programmeId), 'settings'],
    queryFn: ({ signal }) => apiFetch<MatchingSettings>(`${base(programmeId)}/matching-settings`, { signal }),
  });
}

export function saveMatchingSettings(programmeId: string, settings: MatchingSettings) {
  return apiFetch<MatchingSettings>(`${base(programmeId)}/matching-settings`, {
    method: 'PUT',
    body: settings,
  });
}

export function myOffersQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...matchingKey(programmeId), 'my-offers'],
    queryFn: ({ signal }) => apiFetch<{ offers: MyOffer[] }>(`${base(programmeId)}/my-offers`, { signal }),
  });
}

export function answerOffer(
  programmeId: string,
  proposalId: string,
  body: { accept: boolean; reason?: string },
) {
  return apiFetch<{ offers: MyOffer[] }>(`${base(programmeId)}/my-offers/${proposalId}/answer`, {
    method: 'POST',
    body,
  });
}

export function myShareQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...matchingKey(programmeId), 'my-share'],
    queryFn: ({ signal }) => apiFetch<Share>(`${base(programmeId)}/my-share`, { signal }),
  });
}

export function saveMyShare(programmeId: string, share: Share) {
  return apiFetch<Share>(`${base(programmeId)}/my-share`, { method: 'PUT', body: share });
}

export function proposalsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...matchingKey(programmeId), 'proposals'],
    queryFn: ({ signal }) =>
      apiFetch<{ proposals: StaffProposal[]; stats: MatchingStats }>(`${base(programmeId)}/match-proposals`, {
        signal,
      }),
  });
}

export function offerProposal(programmeId: string, proposalId: string) {
  return apiFetch<StaffProposal>(`${base(programmeId)}/match-proposals/${proposalId}/offer`, {
    method: 'POST',
  });
}

export function arrangeMeeting(programmeId: string, proposalId: string, meeting: Meeting) {
  return apiFetch<StaffProposal>(`${base(programmeId)}/match-proposals/${proposalId}/meeting`, {
    method: 'PUT',
    body: meeting,
  });
}
