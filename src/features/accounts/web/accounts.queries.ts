/** How the web app asks who is logged in: one query key and fetcher, shared by the header and pages. */
import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiFetch } from '../../../shared/api-client.ts';
import type { MeResponse } from '../accounts.contract.ts';

/** The logged-in person, or null for a visitor: 401 is an answer here, not an error. */
export function meQuery() {
  return queryOptions({
    queryKey: ['accounts', 'me'],
    queryFn: async ({ signal }): Promise<MeResponse | null> => {
      try {
        return await apiFetch<MeResponse>('/api/me', { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}
