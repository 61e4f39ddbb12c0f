/** The calls of the questionnaire pages, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type {
  AddTranslationRequest,
  ImportantPerson,
  Instrument,
  Language,
  MyQuestionnaire,
  MyWellbeing,
  QuestionnaireSummary,
  SaveAnswerRequest,
  SendQuestionnaireRequest,
  WellbeingAlert,
} from '../questionnaire.contract.ts';

type QuestionnaireList = {
  questionnaires: QuestionnaireSummary[];
  alerts: WellbeingAlert[];
  people: { id: string; name: string; roles: ('peer' | 'mentor')[] }[];
};

export const evaluationKey = (programmeId: string) => ['evaluation', programmeId];

export function myQuestionnairesQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...evaluationKey(programmeId), 'mine'],
    queryFn: ({ signal }) =>
      apiFetch<{ questionnaires: Omit<QuestionnaireSummary, 'userId' | 'name'>[] }>(
        `/api/programmes/${programmeId}/my-questionnaires`,
        { signal },
      ),
  });
}

export function myQuestionnaireQuery(programmeId: string, id: string, language: Language) {
  return queryOptions({
    queryKey: [...evaluationKey(programmeId), 'questionnaire', id, language],
    queryFn: ({ signal }) =>
      apiFetch<MyQuestionnaire>(`/api/programmes/${programmeId}/my-questionnaires/${id}`, {
        query: { language },
        signal,
      }),
    // Answers are saved one by one and the page keeps its own copy while answering; a new visit
    // (stop and continue) always fetches afresh.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}

export function myWellbeingQuery(programmeId: string, language: Language) {
  return queryOptions({
    queryKey: [...evaluationKey(programmeId), 'wellbeing', language],
    queryFn: ({ signal }) =>
      apiFetch<MyWellbeing>(`/api/programmes/${programmeId}/my-wellbeing`, { query: { language }, signal }),
  });
}

export function saveAnswer(programmeId: string, id: string, body: SaveAnswerRequest) {
  return apiFetch<{ showSupport: boolean }>(
    `/api/programmes/${programmeId}/my-questionnaires/${id}/answers`,
    {
      method: 'PUT',
      body,
    },
  );
}

export function saveRoster(programmeId: string, id: string, people: ImportantPerson[], language: Language) {
  return apiFetch<{ showSupport: boolean }>(
    `/api/programmes/${programmeId}/my-questionnaires/${id}/important-people`,
    { method: 'PUT', body: { people, language } },
  );
}

export function completeQuestionnaire(programmeId: string, id: string) {
  return apiFetch<{ completed: true }>(`/api/programmes/${programmeId}/my-questionnaires/${id}/complete`, {
    method: 'POST',
  });
}

export function questionnairesQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...evaluationKey(programmeId), 'questionnaires'],
    queryFn: ({ signal }) =>
      apiFetch<QuestionnaireList>(`/api/programmes/${programmeId}/questionnaires`, { signal }),
  });
}

export function instrumentsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...evaluationKey(programmeId), 'instruments'],
    queryFn: ({ signal }) =>
      apiFetch<{ instruments: Instrument[] }>(`/api/programmes/${programmeId}/instruments`, { signal }),
  });
}

export function sendQuestionnaire(programmeId: string, body: SendQuestionnaireRequest) {
  return apiFetch<QuestionnaireSummary>(`/api/programmes/${programmeId}/questionnaires`, {
    method: 'POST',
    body,
  });
}

export function approveVersion(
  programmeId: string,
  instrumentId: string,
  versionId: string,
  body: { status: 'verified' | 'proposed'; source: string },
) {
  return apiFetch<Instrument>(
    `/api/programmes/${programmeId}/instruments/${instrumentId}/versions/${versionId}/approve`,
    { method: 'POST', body },
  );
}

export function addTranslation(programmeId: string, instrumentId: string, body: AddTranslationRequest) {
  return apiFetch<Instrument>(`/api/programmes/${programmeId}/instruments/${instrumentId}/versions`, {
    method: 'POST',
    body,
  });
}
