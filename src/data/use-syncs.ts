'use client';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Page, Sync } from '../core/model';
import type { SyncListQuery } from '../core/query';
import { useSyncHealth } from './context';

/** Options of {@link useSyncs}. */
export interface UseSyncsOptions {
  /** Set `false` to hold the request (e.g. until a filter is complete). @default true */
  enabled?: boolean;
  /** Refetch on this interval (ms), e.g. while syncs are in progress. @default false */
  refetchInterval?: number | false;
}

/**
 * One page of syncs. While a new page loads, the previous one stays visible (`isPlaceholderData` is
 * then `true`), so tables do not flash empty between pages.
 */
export function useSyncs(query: SyncListQuery, options: UseSyncsOptions = {}): UseQueryResult<Page<Sync>, Error> {
  const { queries } = useSyncHealth();
  return useQuery({
    ...queries.listSyncs(query),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval ?? false,
  });
}
