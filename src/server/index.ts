/**
 * `react-sync-health/server`: the reference server of the REST contract (`react-sync-health/openapi.yaml`)
 * for Node: a Fetch-standard handler over a store, on PostgreSQL (`pg`) or embedded PGlite
 * (`@electric-sql/pglite`), both optional peer dependencies. No React.
 */
export type { RetryItemResult, RetryJob, SyncHealthStore, TakeRetryRequestsOptions } from './store';
