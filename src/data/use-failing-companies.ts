'use client';
import type { FailingCompaniesQuery } from '../core/query';
import { useSyncHealth } from './context';
import { useOptionalQuery, type OptionalQueryOptions } from './use-optional-query';

/** Options of {@link useFailingCompanies}. */
export type UseFailingCompaniesOptions = OptionalQueryOptions;

/**
 * The companies whose latest sync among those matching a filter failed, most affected first.
 * `isAvailable` is `false` when the adapter cannot list them (no request is made then).
 */
export function useFailingCompanies(query: FailingCompaniesQuery, options: UseFailingCompaniesOptions = {}) {
  const { queries } = useSyncHealth();
  return useOptionalQuery(queries.listFailingCompanies(query), queries.hasFailingCompanies, options);
}
