'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PushItemQuery } from '../core/query';
import { useSyncHealth } from './context';

/** One page of a sync's push items. The previous page stays visible while the next one loads. */
export function usePushItems(syncId: string, query: PushItemQuery, options: { enabled?: boolean } = {}) {
  const { queries } = useSyncHealth();
  return useQuery({
    ...queries.listPushItems(syncId, query),
    placeholderData: keepPreviousData,
    enabled: (options.enabled ?? true) && syncId !== '',
  });
}
