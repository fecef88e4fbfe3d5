'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SyncTotals, SyncTotalsQuery } from '../core/query';
import { useSyncHealth } from './context';
import { baseQueryOptions } from './query-options';

/** Options of {@link useSyncTotals}. */
export interface UseSyncTotalsOptions {
  /** Set `false` to hold the request. Default `true`. */
  enabled?: boolean;
  /**
   * Refetch on this interval (ms), or decide from the latest totals (e.g. only while syncs are in
   * progress). Default: never.
   */
  refetchInterval?: number | false | ((totals: SyncTotals | undefined) => number | false);
}

/** Totals (per status code, category and time bucket) of the syncs matching a filter. */
export function useSyncTotals(query: SyncTotalsQuery, options: UseSyncTotalsOptions = {}) {
  const { adapter, keys } = useSyncHealth();
  const interval = options.refetchInterval ?? false;
  return useQuery({
    ...baseQueryOptions,
    queryKey: keys.totals(query),
    queryFn: ({ signal }) => adapter.getSyncTotals(query, { signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    refetchInterval: typeof interval === 'function' ? (current) => interval(current.state.data) : interval,
  });
}
