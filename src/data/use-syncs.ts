import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SyncListQuery } from '../core/query';
import { useSyncHealth } from './context';
import { baseQueryOptions } from './query-options';

/** Options of {@link useSyncs}. */
export interface UseSyncsOptions {
  /** Set `false` to hold the request (e.g. until a filter is complete). Default `true`. */
  enabled?: boolean;
  /** Refetch on this interval (ms), e.g. while syncs are in progress. Default: never. */
  refetchInterval?: number | false;
}

/**
 * One page of syncs. While a new page loads, the previous one stays visible (`isPlaceholderData` is
 * then `true`), so tables do not flash empty between pages.
 */
export function useSyncs(query: SyncListQuery, options: UseSyncsOptions = {}) {
  const { adapter, keys } = useSyncHealth();
  return useQuery({
    ...baseQueryOptions,
    queryKey: keys.syncList(query),
    queryFn: ({ signal }) => adapter.listSyncs(query, { signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval ?? false,
  });
}
