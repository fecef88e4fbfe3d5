/**
 * `react-sync-health/queries`: the query options of every adapter call, their keys and defaults.
 * Server-safe (no React, no TanStack runtime): prefetch in a Server Component, invalidate in a route
 * handler, or build your own views on the same cache entries the components use.
 */
export { syncHealthQueries, type SyncHealthQueries, type SyncHealthQueriesOptions } from './sync-health-queries';
export { customerSyncsQuery, type CustomerSyncsQueryOptions } from './customer-queries';
export {
  DEFAULT_QUERY_SCOPE,
  QUERY_KEY_ROOT,
  syncHealthQueryFilterKey,
  syncHealthQueryKey,
  type SyncHealthQueryCall,
} from './query-keys';
export { baseQueryOptions, DEFAULT_STALE_TIME_MS, retryDelay, shouldRetryQuery } from './query-defaults';
export type { MessageOverrides } from './message-overrides';
