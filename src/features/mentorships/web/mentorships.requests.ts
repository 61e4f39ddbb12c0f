/** The calls of the pair's page and the /forloeb pages, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type { ProgrammePageResponse } from '../../programmes/programmes.contract.ts';
import type { Rhythm } from '../mentorship-states.ts';
import type {
  Candidates,
  EndRequest,
  ExtensionView,
  LogMeetingRequest,
  Meeting,
  MentorshipFigures,
  MentorshipSettings,
  MyMentorships,
  Overview,
  OverviewQuery,
  PlanMeetingRequest,
  StaffMentorship,
  StartMentorshipRequest,
} from '../mentorships.contract.ts';

export const mentorshipsKey = (programmeId: string) => ['mentorships', programmeId];

export function myMentorshipsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...mentorshipsKey(programmeId), 'mine'],
    queryFn: ({ signal }) =>
      apiFetch<MyMentorships>(`/api/programmes/${programmeId}/my-mentorships`, { signal }),
  });
}

/** The programme's public page: its support and crisis contacts are the pair page's "help now". */
export function supportContactsQuery(slug: string, locale: string) {
  return queryOptions({
    queryKey: ['programme-page', slug, locale],
    queryFn: ({ signal }) =>
      apiFetch<ProgrammePageResponse>(
        `/api/public/programmes/${encodeURIComponent(slug)}/page?locale=${encodeURIComponent(locale)}`,
        { signal },
      ),
    staleTime: 5 * 60_000,
  });
}

export function overviewQuery(programmeId: string, filter: OverviewQuery) {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
  return queryOptions({
    queryKey: [...mentorshipsKey(programmeId), 'overview', filter],
    queryFn: ({ signal }) =>
      apiFetch<Overview>(`/api/programmes/${programmeId}/mentorships${query.size ? `?${query}` : ''}`, {
        signal,
      }),
  });
}

export function staffMentorshipQuery(programmeId: string, mentorshipId: string) {
  return queryOptions({
    queryKey: [...mentorshipsKey(programmeId), 'pair', mentorshipId],
    queryFn: ({ signal }) =>
      apiFetch<StaffMentorship>(`/api/programmes/${programmeId}/mentorships/${mentorshipId}`, { signal }),
  });
}

export function candidatesQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...mentorshipsKey(programmeId), 'candidates'],
    queryFn: ({ signal }) =>
      apiFetch<Candidates>(`/api/programmes/${programmeId}/mentorship-candidates`, { signal }),
  });
}

export function startPair(programmeId: string, body: StartMentorshipRequest) {
  return apiFetch<{ id: string }>(`/api/programmes/${programmeId}/mentorships`, { method: 'POST', body });
}

const pairUrl = (programmeId: string, mentorshipId: string) =>
  `/api/programmes/${programmeId}/mentorships/${mentorshipId}`;

export function planMeeting(programmeId: string, mentorshipId: string, body: PlanMeetingRequest) {
  return apiFetch<Meeting>(`${pairUrl(programmeId, mentorshipId)}/meetings`, { method: 'POST', body });
}

export function logMeeting(
  programmeId: string,
  mentorshipId: string,
  meetingId: string,
  body: LogMeetingRequest,
) {
  return apiFetch<Meeting>(`${pairUrl(programmeId, mentorshipId)}/meetings/${meetingId}`, {
    method: 'PUT',
    body,
  });
}

export function rateMeeting(programmeId: string, mentorshipId: string, meetingId: string, rating: number) {
  return apiFetch<Meeting>(`${pairUrl(programmeId, mentorshipId)}/meetings/${meetingId}/my-rating`, {
    method: 'PUT',
    body: { rating },
  });
}

export type StepName = 'start' | 'withdraw' | 'pause' | 'ready' | 'resume' | 'end' | 'close' | 'rhythm';

/** One step of the course: pause (with the reason), ready, resume, end (reason and note), close. */
export function takeStep(
  programmeId: string,
  mentorshipId: string,
  step: StepName,
  body?: { reason: string } | EndRequest | { rhythm: Rhythm },
) {
  return apiFetch<{ id: string; state: string }>(`${pairUrl(programmeId, mentorshipId)}/${step}`, {
    method: 'POST',
    ...(body ? { body } : {}),
  });
}

/** One's own, blind answer to "continue some months more?" (the partner never sees it). */
export function answerExtension(programmeId: string, mentorshipId: string, wantsToContinue: boolean) {
  return apiFetch<ExtensionView>(`${pairUrl(programmeId, mentorshipId)}/extension`, {
    method: 'POST',
    body: { wantsToContinue },
  });
}

export function mentorshipSettingsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...mentorshipsKey(programmeId), 'settings'],
    queryFn: ({ signal }) =>
      apiFetch<MentorshipSettings>(`/api/programmes/${programmeId}/mentorship-settings`, { signal }),
  });
}

export function saveMentorshipSettings(programmeId: string, body: MentorshipSettings) {
  return apiFetch<MentorshipSettings>(`/api/programmes/${programmeId}/mentorship-settings`, {
    method: 'PUT',
    body,
  });
}

/** Staff's own task of a pair. */
export function addTask(
  programmeId: string,
  mentorshipId: string,
  body: { text: string; dueOn: string | null },
) {
  return apiFetch<{ id: string }>(`${pairUrl(programmeId, mentorshipId)}/tasks`, { method: 'POST', body });
}

/** Marks a staff task done. */
export function completeTask(programmeId: string, mentorshipId: string, taskId: string) {
  return apiFetch<{ id: string }>(`${pairUrl(programmeId, mentorshipId)}/tasks/${taskId}/done`, {
    method: 'POST',
  });
}

/** A staff note about a pair (never shown to the pair). */
export function addNote(programmeId: string, mentorshipId: string, text: string) {
  return apiFetch<{ id: string }>(`${pairUrl(programmeId, mentorshipId)}/notes`, {
    method: 'POST',
    body: { text },
  });
}

/** Figures of the programme and each cohort (counts 1–4 of a cohort come as null: "< 5"). */
export function figuresQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...mentorshipsKey(programmeId), 'figures'],
    queryFn: ({ signal }) =>
      apiFetch<MentorshipFigures>(`/api/programmes/${programmeId}/mentorship-figures`, { signal }),
  });
}
