/** The calls of /indstillinger/optagelse and /indstillinger/privatliv, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiFetch } from '../../../shared/api-client.ts';
import type { IntakeSettingsBody, PrivacyNotice, publishNoticeRequestSchema } from '../intake.contract.ts';

export type PublishNoticeRequest = z.infer<typeof publishNoticeRequestSchema>;

export function intakeSettingsQuery(programmeId: string) {
  return queryOptions({
    queryKey: ['intake', 'settings', programmeId],
    queryFn: ({ signal }) =>
      apiFetch<IntakeSettingsBody>(`/api/programmes/${programmeId}/intake-settings`, { signal }),
  });
}

export function saveIntakeSettings(programmeId: string, settings: IntakeSettingsBody) {
  return apiFetch<IntakeSettingsBody>(`/api/programmes/${programmeId}/intake-settings`, {
    method: 'PUT',
    body: settings,
  });
}

export function privacyNoticesQuery(programmeId: string) {
  return queryOptions({
    queryKey: ['intake', 'notices', programmeId],
    queryFn: ({ signal }) =>
      apiFetch<{ notices: PrivacyNotice[] }>(`/api/programmes/${programmeId}/privacy-notices`, { signal }),
  });
}

export function publishPrivacyNotice(programmeId: string, body: PublishNoticeRequest) {
  return apiFetch<PrivacyNotice>(`/api/programmes/${programmeId}/privacy-notices`, {
    method: 'POST',
    body,
  });
}
