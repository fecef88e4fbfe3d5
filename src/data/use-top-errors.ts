'use client';
import type { TopErrorsQuery } from '../core/query';
import { useSyncHealth } from './context';
import { useOptionalQuery, type OptionalQueryOptions } from './use-optional-query';

/**
 * The largest error groups (most frequent causes of errors) among the syncs matching a filter, with
 * their days in `query.timeZone`. `isAvailable` is `false` when the adapter does not offer top errors
 * (no request is made then).
 */
export function useTopErrors(query: TopErrorsQuery, options: OptionalQueryOptions = {}) {
  const { queries } = useSyncHealth();
  return useOptionalQuery(queries.getTopErrors(query), queries.hasTopErrors, options);
}
