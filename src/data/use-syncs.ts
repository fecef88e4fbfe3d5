'use client';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Page, Sync } from '../core/model';
import type { SyncListQuery } from '../core/query';
import { useSyncHealth } from './context';
import { useAnswerBeforePaint } from './use-answer-before-paint';

/** Options of {@link useSyncs}. */
export interface UseSyncsOptions {
  /** Set `false` to hold the request (e.g. until a filter is complete). @default true */
  enabled?: boolean;
  /** Refetch on this interval (ms), e.g. while syncs are in progress. @default false */
  refetchInterval?: number | false;
}

/**
 * One page of syncs. While a new page loads, the previous one stays visible (`isPlaceholderData` is
 * then `true`), so tables do not flash empty between pages. A page the adapter answers at once is
 * painted with the first frame ({@link useAnswerBeforePaint}).
 */
export function useSyncs(query: SyncListQuery, options: UseSyncsOptions = {}): UseQueryResult<Page<Sync>, Error> {
  const { queries } = useSyncHealth();
  const pageQuery = queries.listSyncs(query);
  const enabled = options.enabled ?? true;
  useAnswerBeforePaint(pageQuery, enabled);
  return useQuery({
    ...pageQuery,
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval: options.refetchInterval ?? false,
  });
}
