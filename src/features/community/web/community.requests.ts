/** The calls of the café and events pages, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type {
  CafeCheckInList,
  CafeOverview,
  CafeSession,
  CafeSlot,
  CafeSlotRequest,
  CommunityEvent,
  CreateEventRequest,
  EventDetail,
  MyCommunity,
  MySignUp,
} from '../community.contract.ts';

export const communityKey = (programmeId: string) => ['community', programmeId];
const api = (programmeId: string) => `/api/programmes/${programmeId}`;

export const cafeQuery = (programmeId: string) =>
  queryOptions({
    queryKey: [...communityKey(programmeId), 'cafe'],
    queryFn: ({ signal }) => apiFetch<CafeOverview>(`${api(programmeId)}/cafe`, { signal }),
  });

export const checkInListQuery = (programmeId: string, cafeSessionId: string) =>
  queryOptions({
    queryKey: [...communityKey(programmeId), 'check-in', cafeSessionId],
    queryFn: ({ signal }) =>
      apiFetch<CafeCheckInList>(`${api(programmeId)}/cafe/sessions/${cafeSessionId}/check-in`, { signal }),
  });

export const eventsQuery = (programmeId: string) =>
  queryOptions({
    queryKey: [...communityKey(programmeId), 'events'],
    queryFn: ({ signal }) => apiFetch<{ events: CommunityEvent[] }>(`${api(programmeId)}/events`, { signal }),
  });

export const eventQuery = (programmeId: string, eventId: string) =>
  queryOptions({
    queryKey: [...communityKey(programmeId), 'event', eventId],
    queryFn: ({ signal }) => apiFetch<EventDetail>(`${api(programmeId)}/events/${eventId}`, { signal }),
  });

export const myCommunityQuery = (programmeId: string) =>
  queryOptions({
    queryKey: [...communityKey(programmeId), 'mine'],
    queryFn: ({ signal }) => apiFetch<MyCommunity>(`${api(programmeId)}/my-community`, { signal }),
  });

export const addCafeSlot = (programmeId: string, body: CafeSlotRequest) =>
  apiFetch<CafeSlot>(`${api(programmeId)}/cafe/slots`, { method: 'POST', body });

export const setHost = (programmeId: string, cafeSessionId: string, hostId: string | null) =>
  apiFetch<CafeSession>(`${api(programmeId)}/cafe/sessions/${cafeSessionId}/host`, {
    method: 'PUT',
    body: { hostId },
  });

export const cancelCafe = (programmeId: string, cafeSessionId: string, reason: string) =>
  apiFetch<{ session: CafeSession; notified: number }>(
    `${api(programmeId)}/cafe/sessions/${cafeSessionId}/cancel`,
    {
      method: 'POST',
      body: { reason },
    },
  );

export const recordVisit = (programmeId: string, cafeSessionId: string, userId: string, came: boolean) =>
  apiFetch<{ userId: string; came: boolean }>(
    `${api(programmeId)}/cafe/sessions/${cafeSessionId}/visits/${userId}`,
    {
      method: 'PUT',
      body: { came },
    },
  );

export const makeCode = (programmeId: string, cafeSessionId: string) =>
  apiFetch<{ code: string; expiresAt: string }>(`${api(programmeId)}/cafe/sessions/${cafeSessionId}/code`, {
    method: 'POST',
  });

export const checkIn = (programmeId: string, code: string) =>
  apiFetch<{ session: CafeSession }>(`${api(programmeId)}/my-community/check-in`, {
    method: 'POST',
    body: { code },
  });

export const signUp = (programmeId: string, eventId: string, guest: boolean) =>
  apiFetch<MySignUp>(`${api(programmeId)}/my-community/events/${eventId}/sign-up`, {
    method: 'POST',
    body: { guest },
  });

export const cancelSignUp = (programmeId: string, eventId: string) =>
  apiFetch<MySignUp>(`${api(programmeId)}/my-community/events/${eventId}/sign-up`, { method: 'DELETE' });

export const createEvent = (programmeId: string, body: CreateEventRequest) =>
  apiFetch<CommunityEvent>(`${api(programmeId)}/events`, { method: 'POST', body });

export const recordEventAttendance = (
  programmeId: string,
  eventId: string,
  userId: string,
  attended: boolean,
) =>
  apiFetch<{ userId: string; attended: boolean }>(
    `${api(programmeId)}/events/${eventId}/attendance/${userId}`,
    {
      method: 'PUT',
      body: { attended },
    },
  );

export const updateEvent = (programmeId: string, eventId: string, body: CreateEventRequest) =>
  apiFetch<CommunityEvent>(`${api(programmeId)}/events/${eventId}`, { method: 'PUT', body });

export const cancelEvent = (programmeId: string, eventId: string, reason: string) =>
  apiFetch<CommunityEvent>(`${api(programmeId)}/events/${eventId}/cancel`, {
    method: 'POST',
    body: { reason },
  });

export const updateCafeSlot = (programmeId: string, slotId: string, body: CafeSlotRequest) =>
  apiFetch<{ slot: CafeSlot; notified: number }>(`${api(programmeId)}/cafe/slots/${slotId}`, {
    method: 'PUT',
    body,
  });

export const endCafeSlot = (programmeId: string, slotId: string) =>
  apiFetch<{ notified: number }>(`${api(programmeId)}/cafe/slots/${slotId}`, { method: 'DELETE' });
