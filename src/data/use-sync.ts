'use client';
import { useQuery } from '@tanstack/react-query';
import { useSyncHealth } from './context';
import { baseQueryOptions } from './query-options';

/** One sync by ID. Pass `undefined` to wait (no request is made). */
export function useSync(syncId: string | undefined) {
  const { adapter, keys } = useSyncHealth();
  return useQuery({
    ...baseQueryOptions,
    queryKey: keys.sync(syncId ?? ''),
    queryFn: ({ signal }) => adapter.getSync(syncId as string, { signal }),
    enabled: syncId !== undefined && syncId !== '',
  });
}
