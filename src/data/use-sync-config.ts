'use client';
import { useQuery } from '@tanstack/react-query';
import { useSyncHealth } from './context';
import { baseQueryOptions } from './query-options';

/** A sync's configuration. Pass `enabled: false` to fetch only once it is needed (e.g. its tab is shown). */
export function useSyncConfig(syncId: string | undefined, options: { enabled?: boolean } = {}) {
  const { adapter, keys } = useSyncHealth();
  return useQuery({
    ...baseQueryOptions,
    queryKey: keys.syncConfig(syncId ?? ''),
    queryFn: ({ signal }) => adapter.getSyncConfig(syncId as string, { signal }),
    enabled: (options.enabled ?? true) && syncId !== undefined && syncId !== '',
  });
}
