'use client';
import { useQueries } from '@tanstack/react-query';
import type { Page, PushItem, PushItemStatus } from '../../core/model';
import type { PushItemQuery } from '../../core/query';
import { useSyncHealth } from '../../data/context';

/** What the list shows: the adapter's search and status filter, page size apart. */
export interface PushItemFilter {
  /** Search text as the adapter should get it ('' for none). */
  search: string;
  /** Statuses to include (empty for all). */
  statuses: readonly PushItemStatus[];
}

/** The adapter query for one page of the filtered items. Empty filters are left out of the key. */
export function pushItemQuery(filter: PushItemFilter, index: number, size: number): PushItemQuery {
  const query: PushItemQuery = { page: { index, size } };
  if (filter.search !== '') query.search = filter.search;
  if (filter.statuses.length > 0) query.statuses = [...filter.statuses];
  return query;
}

/** Loaded pages by index, and how to retry the ones that failed. */
export interface PushItemPages {
  /** The pages that have data, by page index. */
  pages: ReadonlyMap<number, Page<PushItem>>;
  /** The indexes of the pages whose request failed. */
  failedPages: ReadonlySet<number>;
  /** The first error among the pages, if any failed. */
  error: Error | null;
  /** Fetches the failed pages again. */
  refetchFailed: () => void;
}

/**
 * Any set of pages of a sync's filtered push items, each its own query under the sync's push item
 * key (so a retry's refresh reaches them). A virtual list asks for the pages in view, in any order:
 * jumping to the end of 10,000 items fetches the last page, not the 99 before it. Pages that leave
 * the view are no longer observed, and their requests are cancelled if still running.
 */
export function usePushItemPages(
  syncId: string,
  filter: PushItemFilter,
  pageSize: number,
  pageIndexes: readonly number[],
  enabled: boolean,
): PushItemPages {
  const { queries } = useSyncHealth();
  const results = useQueries({
    queries: pageIndexes.map((index) => ({
      ...queries.listPushItems(syncId, pushItemQuery(filter, index, pageSize)),
      enabled: enabled && syncId !== '',
    })),
  });
  const pages = new Map<number, Page<PushItem>>();
  const failedPages = new Set<number>();
  let error: Error | null = null;
  const failed: (() => unknown)[] = [];
  results.forEach((result, position) => {
    const index = pageIndexes[position] as number;
    if (result.data) pages.set(index, result.data);
    if (result.isError) {
      failedPages.add(index);
      error ??= result.error;
      failed.push(result.refetch);
    }
  });
  return { pages, failedPages, error, refetchFailed: () => failed.forEach((refetch) => void refetch()) };
}
