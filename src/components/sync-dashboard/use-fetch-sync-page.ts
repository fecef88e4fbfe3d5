'use client';
import { useQueryClient } from '@tanstack/react-query';
import type { Page, Sync } from '../../core/model';
import type { SyncListQuery } from '../../core/query';
import { useSyncHealth } from '../../data/context';

/**
 * Fetches one page of syncs through the data layer's query options, for work that reads many pages
 * (the CSV export, a retry across syncs). `gcTime: 0`: such pages are not kept in the cache once read;
 * aborting `signal` cancels the page in flight.
 */
export function useFetchSyncPage() {
  const { queries } = useSyncHealth();
  const queryClient = useQueryClient();
  return (query: SyncListQuery, signal: AbortSignal): Promise<Page<Sync>> => {
    const options = { ...queries.listSyncs(query), gcTime: 0 };
    const cancel = () => void queryClient.cancelQueries({ queryKey: options.queryKey, exact: true });
    // The listener goes with the caller's signal; cancelling a page already fetched does nothing.
    signal.addEventListener('abort', cancel, { once: true });
    return queryClient.fetchQuery(options);
  };
}
