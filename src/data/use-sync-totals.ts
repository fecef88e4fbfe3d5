'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SyncTotals, SyncTotalsQuery } from '../core/query';
import { useSyncHealth } from './context';
import { useAnswerBeforePaint } from './use-answer-before-paint';

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

/**
 * Totals (per status code, category and time bucket) of the syncs matching a filter. Totals the
 * adapter answers at once are painted with the first frame ({@link useAnswerBeforePaint}).
 */
export function useSyncTotals(query: SyncTotalsQuery, options: UseSyncTotalsOptions = {}) {
  const { queries } = useSyncHealth();
  const interval = options.refetchInterval ?? false;
  const totalsQuery = queries.getSyncTotals(query);
  const enabled = options.enabled ?? true;
  useAnswerBeforePaint(totalsQuery, enabled);
  return useQuery({
    ...totalsQuery,
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval: typeof interval === 'function' ? (current) => interval(current.state.data) : interval,
  });
}
