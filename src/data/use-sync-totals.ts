import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SyncTotalsQuery } from '../core/query';
import { useSyncHealth } from './context';
import { baseQueryOptions } from './query-options';

/** Totals (per status code, category and time bucket) of the syncs matching a filter. */
export function useSyncTotals(query: SyncTotalsQuery, options: { enabled?: boolean; refetchInterval?: number | false } = {}) {
  const { adapter, keys } = useSyncHealth();
  return useQuery({
    ...baseQueryOptions,
    queryKey: keys.totals(query),
    queryFn: ({ signal }) => adapter.getSyncTotals(query, { signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval ?? false,
  });
}
