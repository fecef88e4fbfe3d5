'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { CustomerSyncHistoryAdapter } from '../adapters/contract';
import { withCustomerValidation } from '../adapters/validating-adapter';
import type { DateRange } from '../core/model';
import { adapterScope, customerSyncsKey } from './query-keys';
import { baseQueryOptions } from './query-options';

/**
 * A customer's own sync history, page after page ("Show more"). Takes the customer adapter directly,
 * so it works without `SyncHealthProvider` (it still needs a `QueryClient` above it).
 */
export function useCustomerSyncs(adapter: CustomerSyncHistoryAdapter, { pageSize = 10, range }: { pageSize?: number; range?: DateRange } = {}) {
  const validated = withCustomerValidation(adapter);
  return useInfiniteQuery({
    ...baseQueryOptions,
    queryKey: customerSyncsKey(adapterScope(adapter), { page: { index: 0, size: pageSize }, range }),
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) => validated.listSyncs({ page: { index: pageParam, size: pageSize }, range }, { signal }),
    getNextPageParam: (lastPage) => (lastPage.hasNextPage ? lastPage.pageIndex + 1 : undefined),
  });
}
