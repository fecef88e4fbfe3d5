/**
 * Stable query keys. Every key starts with the library's name and the adapter's identity, so two
 * providers with different adapters can share one host `QueryClient` without mixing their data, and a
 * host can invalidate everything of ours with `queryClient.invalidateQueries({ queryKey: ['react-sync-health'] })`.
 */
import type { CustomerSyncQuery, PushItemQuery, SyncListQuery, SyncTotalsQuery, TopErrorsQuery } from '../core/query';

const adapterIds = new WeakMap<object, string>();
let nextAdapterId = 1;

/** A stable ID for an adapter object, for use in query keys. */
export function adapterScope(adapter: object): string {
  let id = adapterIds.get(adapter);
  if (!id) {
    id = `adapter-${nextAdapterId++}`;
    adapterIds.set(adapter, id);
  }
  return id;
}

/** The first element of every key this library uses. */
export const QUERY_KEY_ROOT = 'react-sync-health';

/**
 * The key of one customer history query. On its own, rather than only in {@link syncHealthKeys}, so
 * that the customer entry (`useCustomerSyncs`) does not ship every other key function.
 */
export function customerSyncsKey(scope: string, query: CustomerSyncQuery) {
  return [QUERY_KEY_ROOT, scope, 'customer-syncs', query] as const;
}

/** Query key factory for one adapter scope. */
export function syncHealthKeys(scope: string) {
  const all = [QUERY_KEY_ROOT, scope] as const;
  return {
    /** Everything of this adapter. */
    all,
    /** Every sync list page. */
    syncLists: () => [...all, 'syncs', 'list'] as const,
    /** One sync list page. */
    syncList: (query: SyncListQuery) => [...all, 'syncs', 'list', query] as const,
    /** Every totals query. */
    totalsAll: () => [...all, 'syncs', 'totals'] as const,
    /** Totals for a filter. */
    totals: (query: SyncTotalsQuery) => [...all, 'syncs', 'totals', query] as const,
    /** The top errors for a filter. */
    topErrors: (query: TopErrorsQuery) => [...all, 'syncs', 'top-errors', query] as const,
    /** One sync and everything under it. */
    sync: (syncId: string) => [...all, 'sync', syncId] as const,
    /** A sync's configuration. */
    syncConfig: (syncId: string) => [...all, 'sync', syncId, 'config'] as const,
    /** Every push item page of a sync. */
    pushItemsAll: (syncId: string) => [...all, 'sync', syncId, 'push-items'] as const,
    /** One push item page. */
    pushItems: (syncId: string, query: PushItemQuery) => [...all, 'sync', syncId, 'push-items', query] as const,
    /** A customer's history page. */
    customerSyncs: (query: CustomerSyncQuery) => customerSyncsKey(scope, query),
  };
}

/** The key factory type. */
export type SyncHealthKeys = ReturnType<typeof syncHealthKeys>;
