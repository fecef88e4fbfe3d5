'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TopErrorsQuery } from '../core/query';
import { useSyncHealth } from './context';

/**
 * The most frequent error messages among the syncs matching a filter. `isAvailable` is `false` when
 * the adapter does not offer top errors (no request is made then).
 */
export function useTopErrors(query: TopErrorsQuery, options: { enabled?: boolean; refetchInterval?: number | false } = {}) {
  const { queries } = useSyncHealth();
  const isAvailable = queries.hasTopErrors;
  const result = useQuery({
    ...queries.getTopErrors(query),
    placeholderData: keepPreviousData,
    enabled: isAvailable && (options.enabled ?? true),
    refetchInterval: options.refetchInterval ?? false,
  });
  return { ...result, isAvailable };
}
