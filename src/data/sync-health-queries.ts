/**
 * One TanStack query-options factory per adapter call: the only road from a component to the
 * adapter. Every hook, the next-page prefetch, the push-item pages and the CSV export use these, and
 * so can a host: prefetch on the server, invalidate after its own writes, or build its own views.
 * Server-safe: no React and no TanStack runtime, so it runs in a Server Component or route handler.
 */
import type { SyncHealthAdapter } from '../adapters/contract';
import { withValidation } from '../adapters/validating-adapter';
import type { Sync } from '../core/model';
import type {
  FailingCompaniesQuery,
  PushItemQuery,
  RetryOutcome,
  RetryRequest,
  SyncExportQuery,
  SyncListQuery,
  SyncTotalsQuery,
  TopErrorsQuery,
} from '../core/query';
import { SyncHealthError } from '../core/errors';
import { queryOptions } from './define-query-options';
import { baseQueryOptions } from './query-defaults';
import { DEFAULT_QUERY_SCOPE, syncHealthQueryFilterKey, syncHealthQueryKey, type SyncHealthQueryCall } from './query-keys';

/** Options of {@link syncHealthQueries}. */
export interface SyncHealthQueriesOptions {
  /**
   * The second element of every key: the provider's `queryScope`. Use one scope per adapter when a
   * page has two (say, two regions' backends) sharing one `QueryClient`. Default `'default'`.
   */
  scope?: string;
  /**
   * How long (ms) one adapter call may take before it fails with a `network` error and its signal
   * aborts. `0` turns the limit off. Default 30 000 (30 s).
   */
  requestTimeoutMs?: number;
}

/** The failure of an adapter call nobody can make (a retry on an adapter that cannot retry). */
async function unsupported(what: string): Promise<never> {
  throw new SyncHealthError('unsupported', `This adapter cannot ${what}.`);
}

/**
 * The query options of every adapter call, validated at the boundary and keyed
 * `['react-sync-health', scope, call, args]`, the same on the server and in the browser:
 *
 * ```ts
 * const queries = syncHealthQueries(adapter);
 * await queryClient.prefetchQuery(queries.listSyncs({ sort: DEFAULT_SYNC_SORT, page: { index: 0, size: 50 } }));
 * const sync = await queryClient.fetchQuery(queries.getSync('b7c1…'));
 * await queryClient.invalidateQueries({ queryKey: queries.keyOf('listSyncs') });
 * ```
 */
export function syncHealthQueries(adapter: SyncHealthAdapter, { scope = DEFAULT_QUERY_SCOPE, requestTimeoutMs }: SyncHealthQueriesOptions = {}) {
  const validated = withValidation(adapter, { requestTimeoutMs });
  const key = <Call extends SyncHealthQueryCall, Args extends object>(call: Call, args: Args) => syncHealthQueryKey(scope, call, args);
  /** The options of one call: its key, its fetch through the validated adapter, and the shared defaults. */
  const define = <Call extends SyncHealthQueryCall, Args extends object, Data>(call: Call, args: Args, fetch: (signal: AbortSignal) => Promise<Data>) =>
    queryOptions({ ...baseQueryOptions, queryKey: key(call, args), queryFn: ({ signal }) => fetch(signal) });
  return {
    /** The scope every key carries. */
    scope,
    /** Whether the adapter offers top errors (`getTopErrors`). */
    hasTopErrors: typeof validated.getTopErrors === 'function',
    /** Whether the adapter lists failing companies (`listFailingCompanies`). */
    hasFailingCompanies: typeof validated.listFailingCompanies === 'function',
    /** Whether the adapter makes the CSV of a whole history itself (`exportSyncsCsv`). */
    canExportCsv: typeof validated.exportSyncsCsv === 'function',
    /** Whether the adapter can retry push items at all. */
    canRetryPushItems: typeof validated.retryPushItems === 'function',
    /** Whether retry may be offered for this sync: the adapter can retry and its rule allows the sync. */
    canRetry: (sync: Sync): boolean => typeof validated.retryPushItems === 'function' && validated.canRetry!(sync),
    /**
     * The key prefix of this scope, of one call, or of one call narrowed by some arguments, for
     * `invalidateQueries`: `keyOf()`, `keyOf('listSyncs')`, `keyOf('listPushItems', { syncId })`.
     */
    keyOf: (call?: SyncHealthQueryCall, args?: object) => syncHealthQueryFilterKey(scope, call, args),
    /** One page of syncs (`SyncHealthAdapter.listSyncs`). */
    listSyncs: (query: SyncListQuery) => define('listSyncs', query, (signal) => validated.listSyncs(query, { signal })),
    /** Totals of the syncs matching a filter (`SyncHealthAdapter.getSyncTotals`). */
    getSyncTotals: (query: SyncTotalsQuery) => define('getSyncTotals', query, (signal) => validated.getSyncTotals(query, { signal })),
    /** The largest error groups (`SyncHealthAdapter.getTopErrors`); fails `unsupported` when the adapter has none. */
    getTopErrors: (query: TopErrorsQuery) =>
      define('getTopErrors', query, (signal) =>
        validated.getTopErrors ? validated.getTopErrors(query, { signal }) : unsupported('list top errors'),
      ),
    /**
     * The companies whose latest sync failed (`SyncHealthAdapter.listFailingCompanies`); fails
     * `unsupported` when the adapter cannot list them.
     */
    listFailingCompanies: (query: FailingCompaniesQuery) =>
      define('listFailingCompanies', query, (signal) =>
        validated.listFailingCompanies ? validated.listFailingCompanies(query, { signal }) : unsupported('list failing companies'),
      ),
    /** One sync (`SyncHealthAdapter.getSync`). */
    getSync: (syncId: string) => define('getSync', { syncId }, (signal) => validated.getSync(syncId, { signal })),
    /** A sync's configuration (`SyncHealthAdapter.getSyncConfig`). */
    getSyncConfig: (syncId: string) => define('getSyncConfig', { syncId }, (signal) => validated.getSyncConfig(syncId, { signal })),
    /** One page of a sync's push items (`SyncHealthAdapter.listPushItems`). */
    listPushItems: (syncId: string, query: PushItemQuery) =>
      define('listPushItems', { syncId, query }, (signal) => validated.listPushItems(syncId, query, { signal })),
    /**
     * Mutation options that retry a sync's push items (`SyncHealthAdapter.retryPushItems`); after
     * success, invalidate {@link keysChangedByRetry}. Fails `unsupported` when the adapter cannot retry.
     */
    retryPushItems: (syncId: string) => ({
      mutationKey: key('retryPushItems', { syncId }),
      mutationFn: async (request: RetryRequest): Promise<RetryOutcome> =>
        validated.retryPushItems
          ? validated.retryPushItems(syncId, request, { signal: new AbortController().signal })
          : unsupported('retry push items'),
    }),
    /**
     * Mutation options that fetch the CSV of every sync matching a filter, in order
     * (`SyncHealthAdapter.exportSyncsCsv`), cancelled by the given signal; fails `unsupported` when the
     * adapter has no export (then page through {@link listSyncs}).
     */
    exportSyncsCsv: (query: SyncExportQuery) => ({
      mutationKey: key('exportSyncsCsv', query),
      mutationFn: async (signal: AbortSignal): Promise<Blob> =>
        validated.exportSyncsCsv ? validated.exportSyncsCsv(query, { signal }) : unsupported('export syncs as CSV'),
    }),
    /**
     * What a retry of these syncs' items changes: each sync and its push items, and once for all of
     * them every history page, totals, top errors and failing companies.
     */
    keysChangedByRetry: (...syncIds: readonly string[]): readonly (readonly unknown[])[] => [
      ...syncIds.flatMap((syncId) => [
        syncHealthQueryFilterKey(scope, 'getSync', { syncId }),
        syncHealthQueryFilterKey(scope, 'listPushItems', { syncId }),
      ]),
      syncHealthQueryFilterKey(scope, 'listSyncs'),
      syncHealthQueryFilterKey(scope, 'getSyncTotals'),
      syncHealthQueryFilterKey(scope, 'getTopErrors'),
      syncHealthQueryFilterKey(scope, 'listFailingCompanies'),
    ],
  };
}

/** What {@link syncHealthQueries} returns: the query options of every adapter call in one scope. */
export type SyncHealthQueries = ReturnType<typeof syncHealthQueries>;
