'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PushItemQuery } from '../core/query';
import { useSyncHealth } from './context';
import { baseQueryOptions } from './query-options';

/** One page of a sync's push items. The previous page stays visible while the next one loads. */
export function usePushItems(syncId: string, query: PushItemQuery, options: { enabled?: boolean } = {}) {
  const { adapter, keys } = useSyncHealth();
  return useQuery({
    ...baseQueryOptions,
    queryKey: keys.pushItems(syncId, query),
    queryFn: ({ signal }) => adapter.listPushItems(syncId, query, { signal }),
    placeholderData: keepPreviousData,
    enabled: (options.enabled ?? true) && syncId !== '',
  });
}
