/** The calls of the /hold pages, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type {
  AbsenceNotice,
  Attendance,
  CalendarFeed,
  CertificateIssue,
  CohortCandidates,
  CohortDetail,
  CohortStats,
  CohortSummary,
  CourseSession,
  CreateCohortRequest,
  DepartureRequest,
  MyTraining,
  RecordAttendanceRequest,
  SupervisionThemeList,
  TrainingSettings,
  UpdateSessionRequest,
} from '../training.contract.ts';

export const trainingKey = (programmeId: string) => ['training', programmeId];

export function cohortsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...trainingKey(programmeId), 'cohorts'],
    queryFn: ({ signal }) =>
      apiFetch<{ cohorts: CohortSummary[] }>(`/api/programmes/${programmeId}/cohorts`, { signal }),
  });
}

export function cohortQuery(programmeId: string, cohortId: string) {
  return queryOptions({
    queryKey: [...trainingKey(programmeId), 'cohort', cohortId],
    queryFn: ({ signal }) =>
      apiFetch<CohortDetail>(`/api/programmes/${programmeId}/cohorts/${cohortId}`, { signal }),
  });
}

export function candidatesQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...trainingKey(programmeId), 'candidates'],
    queryFn: ({ signal }) =>
      apiFetch<CohortCandidates>(`/api/programmes/${programmeId}/cohort-candidates`, { signal }),
  });
}

export function trainingSettingsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...trainingKey(programmeId), 'settings'],
    queryFn: ({ signal }) =>
      apiFetch<TrainingSettings>(`/api/programmes/${programmeId}/training-settings`, { signal }),
  });
}

export function createCohort(programmeId: string, body: CreateCohortRequest) {
  return apiFetch<CohortDetail>(`/api/programmes/${programmeId}/cohorts`, { method: 'POST', body });
}

export function updateSession(
  programmeId: string,
  cohortId: string,
  sessionId: string,
  body: UpdateSessionRequest,
) {
  return apiFetch<CourseSession>(`/api/programmes/${programmeId}/cohorts/${cohortId}/sessions/${sessionId}`, {
    method: 'PUT',
    body,
  });
}

export function recordAttendance(
  programmeId: string,
  cohortId: string,
  sessionId: string,
  userId: string,
  body: RecordAttendanceRequest,
) {
  return apiFetch<Attendance>(
    `/api/programmes/${programmeId}/cohorts/${cohortId}/sessions/${sessionId}/attendance/${userId}`,
    { method: 'PUT', body },
  );
}

export function myTrainingQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...trainingKey(programmeId), 'mine'],
    queryFn: ({ signal }) => apiFetch<MyTraining>(`/api/programmes/${programmeId}/my-training`, { signal }),
  });
}

export function calendarFeedQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...trainingKey(programmeId), 'calendar'],
    queryFn: ({ signal }) =>
      apiFetch<CalendarFeed>(`/api/programmes/${programmeId}/my-training/calendar`, { signal }),
  });
}

/** A new secret address for the caller's feed (the old one stops working), or the feed off. */
export function changeCalendarFeed(programmeId: string, change: 'new' | 'off') {
  return apiFetch<CalendarFeed>(`/api/programmes/${programmeId}/my-training/calendar`, {
    method: change === 'new' ? 'POST' : 'DELETE',
  });
}

const absenceUrl = (programmeId: string, cohortId: string, sessionId: string) =>
  `/api/programmes/${programmeId}/my-training/cohorts/${cohortId}/sessions/${sessionId}/absence`;

/** Sends the caller's notice of absence with a reason, or (reason null) withdraws it. */
export function changeAbsenceNotice(
  programmeId: string,
  cohortId: string,
  sessionId: string,
  reason: string | null,
): Promise<unknown> {
  return reason === null
    ? apiFetch<{ withdrawn: true }>(absenceUrl(programmeId, cohortId, sessionId), { method: 'DELETE' })
    : apiFetch<AbsenceNotice>(absenceUrl(programmeId, cohortId, sessionId), {
        method: 'POST',
        body: { reason },
      });
}

export function absenceNoticesQuery(programmeId: string, cohortId: string, sessionId: string) {
  return queryOptions({
    queryKey: [...trainingKey(programmeId), 'cohort', cohortId, 'notices', sessionId],
    queryFn: ({ signal }) =>
      apiFetch<{ notices: AbsenceNotice[] }>(
        `/api/programmes/${programmeId}/cohorts/${cohortId}/sessions/${sessionId}/absence-notices`,
        { signal },
      ),
  });
}

/** The caller's course certificate of a cohort (a plain download link). */
export const ownCertificateUrl = (programmeId: string, cohortId: string) =>
  `/api/programmes/${programmeId}/my-training/cohorts/${cohortId}/certificate`;

const memberUrl = (programmeId: string, cohortId: string, userId: string) =>
  `/api/programmes/${programmeId}/cohorts/${cohortId}/members/${userId}`;

/** A member's latest course certificate, for staff (a plain download link; audited). */
export const memberCertificateUrl = (programmeId: string, cohortId: string, userId: string) =>
  `${memberUrl(programmeId, cohortId, userId)}/certificate`;

export function issueCertificate(programmeId: string, cohortId: string, userId: string) {
  return apiFetch<CertificateIssue>(memberCertificateUrl(programmeId, cohortId, userId), { method: 'POST' });
}

export function recordDeparture(
  programmeId: string,
  cohortId: string,
  userId: string,
  body: DepartureRequest,
) {
  return apiFetch<{ left: true }>(`${memberUrl(programmeId, cohortId, userId)}/departure`, {
    method: 'POST',
    body,
  });
}

export function cohortStatsQuery(programmeId: string, cohortId: string) {
  return queryOptions({
    queryKey: [...trainingKey(programmeId), 'cohort', cohortId, 'stats'],
    queryFn: ({ signal }) =>
      apiFetch<CohortStats>(`/api/programmes/${programmeId}/cohorts/${cohortId}/stats`, { signal }),
  });
}

const themesUrl = (programmeId: string, cohortId: string, sessionId: string) =>
  `/api/programmes/${programmeId}/cohorts/${cohortId}/sessions/${sessionId}/themes`;

export function themesQuery(programmeId: string, cohortId: string, sessionId: string) {
  return queryOptions({
    queryKey: [...trainingKey(programmeId), 'cohort', cohortId, 'themes', sessionId],
    queryFn: ({ signal }) =>
      apiFetch<SupervisionThemeList>(themesUrl(programmeId, cohortId, sessionId), { signal }),
  });
}

/** Adds a theme (text) or removes one (themeId) from a supervision's log; answers the log. */
export function changeThemes(
  programmeId: string,
  cohortId: string,
  sessionId: string,
  change: { text: string } | { themeId: string },
) {
  const url = themesUrl(programmeId, cohortId, sessionId);
  return 'text' in change
    ? apiFetch<SupervisionThemeList>(url, { method: 'POST', body: { text: change.text } })
    : apiFetch<SupervisionThemeList>(`${url}/${change.themeId}`, { method: 'DELETE' });
}

/** Adds a mentor, gives a waiting mentor a place, or takes a place back; answers the cohort. */
export function changePlace(
  programmeId: string,
  cohortId: string,
  userId: string,
  change: 'add' | 'place' | 'remove',
) {
  const base = `/api/programmes/${programmeId}/cohorts/${cohortId}/members`;
  if (change === 'add') return apiFetch<CohortDetail>(base, { method: 'POST', body: { userId } });
  return change === 'place'
    ? apiFetch<CohortDetail>(`${base}/${userId}/place`, { method: 'PUT' })
    : apiFetch<CohortDetail>(`${base}/${userId}`, { method: 'DELETE' });
}
