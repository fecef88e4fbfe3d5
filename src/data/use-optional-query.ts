'use client';
import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';

/** Options of the hooks over an optional adapter call (`useTopErrors`, `useFailingCompanies`). */
export interface OptionalQueryOptions {
  /** Set `false` to hold the request. @default true */
  enabled?: boolean;
  /** Refetch on this interval (ms), e.g. while the dashboard is live. @default false */
  refetchInterval?: number | false;
}

/**
 * A query over an optional adapter call: made only when the adapter offers the call
 * (`isAvailable`), keeping the previous answer on screen while a new filter loads.
 */
export function useOptionalQuery<Data, Key extends QueryKey>(
  options: UseQueryOptions<Data, Error, Data, Key>,
  isAvailable: boolean,
  { enabled = true, refetchInterval = false }: OptionalQueryOptions,
) {
  const result = useQuery({ ...options, placeholderData: keepPreviousData, enabled: isAvailable && enabled, refetchInterval });
  return { ...result, isAvailable };
}
