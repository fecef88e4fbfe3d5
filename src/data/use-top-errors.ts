'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TopErrorsQuery } from '../core/query';
import { useSyncHealth } from './context';
import { baseQueryOptions } from './query-options';

/**
 * The most frequent error messages among the syncs matching a filter. `isAvailable` is `false` when
 * the adapter does not offer top errors (no request is made then).
 */
export function useTopErrors(query: TopErrorsQuery, options: { enabled?: boolean; refetchInterval?: number | false } = {}) {
  const { adapter, keys } = useSyncHealth();
  const isAvailable = typeof adapter.getTopErrors === 'function';
  const result = useQuery({
    ...baseQueryOptions,
    queryKey: keys.topErrors(query),
    queryFn: ({ signal }) => adapter.getTopErrors!(query, { signal }),
    placeholderData: keepPreviousData,
    enabled: isAvailable && (options.enabled ?? true),
    refetchInterval: options.refetchInterval ?? false,
  });
  return { ...result, isAvailable };
}
