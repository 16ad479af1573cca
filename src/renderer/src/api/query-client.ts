import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../shared/api';

/**
 * Data changes are pushed (`db.changed`), so queries need not poll or refetch on focus.
 * Only errors the backend marks retryable (offline, rate_limited, remote) are retried.
 */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const retry = options.retry ?? true;
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => retry && isApiError(error) && error.retryable && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
