'use client';
import { QueryClient } from '@tanstack/react-query';
import { baseQueryOptions } from './query-defaults';

/** The client a provider (or the customer history) makes for itself when the host has none. */
export function createDefaultQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { ...baseQueryOptions, refetchOnWindowFocus: false } },
  });
}
