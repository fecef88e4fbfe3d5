'use client';
/**
 * Fetches the page after the one on screen ahead of time, so "Next page" shows at once. It uses the
 * same key, function and options as `useSyncs`, so the prefetched page is exactly what the table
 * asks for next, and a page already in the cache is not asked for again.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Page, Sync } from '../../core/model';
import type { SyncListQuery } from '../../core/query';
import { useSyncHealth } from '../../data/context';

/**
 * Prefetches the next page of `query` once `page` (its answer, not a placeholder) says there is one.
 * Waits for the browser to be idle first, so the page on screen paints before any more work.
 */
export function usePrefetchNextPage(query: SyncListQuery, page: Page<Sync> | undefined, isPlaceholderData: boolean): void {
  const { queries } = useSyncHealth();
  const queryClient = useQueryClient();
  const hasNextPage = !isPlaceholderData && page?.hasNextPage === true;
  const queryKey = JSON.stringify(queries.listSyncs(query).queryKey);

  useEffect(() => {
    if (!hasNextPage) return;
    const next: SyncListQuery = { ...query, page: { index: query.page.index + 1, size: query.page.size } };
    const prefetch = () => void queryClient.prefetchQuery(queries.listSyncs(next));
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(prefetch, { timeout: 500 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetch, 50);
    return () => clearTimeout(timer);
    // `queryKey` stands for `query`: a new object with the same content must not prefetch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryKey, hasNextPage, queries, queryClient]);
}
