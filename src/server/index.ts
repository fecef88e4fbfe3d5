/**
 * `react-sync-health/server`: the reference server of the REST contract (`react-sync-health/openapi.yaml`)
 * for Node: a Fetch-standard handler over a store, on PostgreSQL (`pg`) or embedded PGlite
 * (`@electric-sql/pglite`), both optional peer dependencies. No React.
 */
export { createSyncHealthHandler, type SyncHealthHandler, type SyncHealthHandlerOptions } from './handler/create-sync-health-handler';
export type { SyncHealthHandlerStore } from './handler/answer-operation';
export type { AuthorizeRequest, CustomerCaller, SupportCaller, SyncHealthCaller } from './handler/authorization';
export { SYNC_HEALTH_ROUTES, type SyncHealthAudience, type SyncHealthOperation, type SyncHealthRoute } from './handler/routes';
export { DEFAULT_MAX_BODY_BYTES, toNodeListener, type NodeListenerOptions, type NodeRequestListener } from './node-http';
export { createAdapterBackedStore, type AdapterBackedStoreOptions } from './adapter-store';
export type { RetryItemResult, RetryJob, SyncHealthStore, TakeRetryRequestsOptions } from './store';
export { createPgliteStore, type PgliteStoreOptions } from './pglite-store';
export { createPostgresStore, type PostgresPool, type PostgresPoolConnection, type PostgresStoreOptions } from './postgres-store';
export type { SqlStoreOptions } from './sql/sql-store';
export { loadDataset, seedDemoData, type LoadDatasetOptions, type SeedDemoDataOptions } from './seed-demo-data';
export { storeAdapter, type StoreAdapter, type StoreAdapterOptions } from './store-adapter';
