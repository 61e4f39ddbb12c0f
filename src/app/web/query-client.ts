import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../shared/api-client.ts';

/** Answers a retry cannot change: the request itself was wrong, or the thing is not there. */
function isFinal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Cheap phones on mobile data: one quiet retry, and no refetch each time the tab is shown.
        retry: (failureCount, error) => !isFinal(error) && failureCount < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
