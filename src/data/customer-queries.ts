/**
 * The customer history's query options, on their own so the customer entry ships nothing else of
 * the data layer. Server-safe, like `syncHealthQueries`.
 */
import type { CustomerSyncHistoryAdapter } from '../adapters/contract';
import { withCustomerValidation } from '../adapters/validating-adapter';
import type { DateRange } from '../core/model';
import { infiniteQueryOptions } from './define-query-options';
import { baseQueryOptions } from './query-defaults';
import { DEFAULT_QUERY_SCOPE, syncHealthQueryKey } from './query-keys';

/** What {@link customerSyncsQuery} pages through. */
export interface CustomerSyncsQueryOptions {
  /** Syncs per page. Default 10. */
  pageSize?: number;
  /** Only syncs that started inside this range. */
  range?: DateRange;
  /** The key scope (see `SyncHealthProvider`'s `queryScope`). Default `'default'`. */
  scope?: string;
  /** How long (ms) one call may take; `0` for no limit. Default 30 000. */
  requestTimeoutMs?: number;
}

/**
 * Infinite query options for a customer's own history, page after page, validated at the boundary
 * and keyed `['react-sync-health', scope, 'listCustomerSyncs', { pageSize, range }]`.
 */
export function customerSyncsQuery(
  adapter: CustomerSyncHistoryAdapter,
  { pageSize = 10, range, scope = DEFAULT_QUERY_SCOPE, requestTimeoutMs }: CustomerSyncsQueryOptions = {},
) {
  const validated = withCustomerValidation(adapter, { requestTimeoutMs });
  return infiniteQueryOptions({
    ...baseQueryOptions,
    queryKey: syncHealthQueryKey(scope, 'listCustomerSyncs', { pageSize, range }),
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) => validated.listSyncs({ page: { index: pageParam, size: pageSize }, range }, { signal }),
    getNextPageParam: (lastPage) => (lastPage.hasNextPage ? lastPage.pageIndex + 1 : undefined),
  });
}
