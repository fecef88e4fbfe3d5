'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SyncTotals, SyncTotalsQuery } from '../core/query';
import { useSyncHealth } from './context';

/** Options of {@link useSyncTotals}. */
export interface UseSyncTotalsOptions {
  /** Set `false` to hold the request. @default true */
  enabled?: boolean;
  /**
   * Refetch on this interval (ms), or decide from the latest totals (e.g. only while syncs are in
   * progress). @default false
   */
  refetchInterval?: number | false | ((totals: SyncTotals | undefined) => number | false);
}

/** Totals (per status code, category and time bucket) of the syncs matching a filter. */
export function useSyncTotals(query: SyncTotalsQuery, options: UseSyncTotalsOptions = {}) {
  const { queries } = useSyncHealth();
  const interval = options.refetchInterval ?? false;
  return useQuery({
    ...queries.getSyncTotals(query),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    refetchInterval: typeof interval === 'function' ? (current) => interval(current.state.data) : interval,
  });
}
