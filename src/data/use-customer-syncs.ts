'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { CustomerSyncHistoryAdapter } from '../adapters/contract';
import { customerSyncsQuery, type CustomerSyncsQueryOptions } from './customer-queries';

/**
 * A customer's own sync history, page after page ("Show more"). Takes the customer adapter directly,
 * so it works without `SyncHealthProvider` (it still needs a `QueryClient` above it).
 */
export function useCustomerSyncs(adapter: CustomerSyncHistoryAdapter, options: CustomerSyncsQueryOptions = {}) {
  return useInfiniteQuery(customerSyncsQuery(adapter, options));
}
