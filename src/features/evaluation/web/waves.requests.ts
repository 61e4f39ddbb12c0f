/** The calls of the waves on /evaluering, through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type { ResponseRates, WaveSettingsInput } from '../waves.contract.ts';
import { evaluationKey } from './evaluation.requests.ts';

export function waveSettingsQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...evaluationKey(programmeId), 'wave-settings'],
    queryFn: ({ signal }) =>
      apiFetch<WaveSettingsInput>(`/api/programmes/${programmeId}/wave-settings`, { signal }),
  });
}

export function saveWaveSettings(programmeId: string, body: WaveSettingsInput) {
  return apiFetch<WaveSettingsInput>(`/api/programmes/${programmeId}/wave-settings`, { method: 'PUT', body });
}

export function responseRatesQuery(programmeId: string) {
  return queryOptions({
    queryKey: [...evaluationKey(programmeId), 'response-rates'],
    queryFn: ({ signal }) =>
      apiFetch<ResponseRates>(`/api/programmes/${programmeId}/response-rates`, { signal }),
  });
}
