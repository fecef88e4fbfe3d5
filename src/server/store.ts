/**
 * What the reference server keeps: the store behind `createSyncHealthHandler`. Reads answer exactly
 * as the adapter contract says (`SyncHealthAdapter` in `adapters/contract.ts`: the same filters,
 * search, order, ties broken by ID, totals that agree with the paging, days in the caller's time
 * zone); writes are how a host's pipeline (or the Codat ingestor) fills it; the retry outbox is how a
 * host's worker learns which push items to send again.
 *
 * Two implementations share one SQL: `createPostgresStore` (on `pg`) and `createPgliteStore` (on
 * `@electric-sql/pglite`, PostgreSQL in-process).
 */
import type { CustomerSync, JsonValue, Page, PushItem, PushItemStatus, Sync, SyncConfig } from '../core/model';
import type {
  CustomerSyncQuery,
  FailingCompaniesQuery,
  FailingCompany,
  PushItemQuery,
  RetryOutcome,
  RetryRequest,
  SyncFilter,
  SyncListQuery,
  SyncSort,
  SyncTotals,
  SyncTotalsQuery,
  TopError,
  TopErrorsQuery,
} from '../core/query';

/** A retry request waiting in the outbox for the host's worker. */
export interface RetryJob {
  /** The job's ID, given back to {@link SyncHealthStore.completeRetry}. */
  id: string;
  /** The sync whose items are to be pushed again. */
  syncId: string;
  /** The items to push again (resolved when the request was stored: `allFailed` becomes their IDs). */
  itemIds: string[];
  /** When the request was stored (ISO 8601). */
  requestedAt: string;
  /** How many times a worker has taken this job (1 the first time). */
  attempts: number;
}

/** What became of one item of a {@link RetryJob}, as the host's worker reports it. */
export interface RetryItemResult {
  /** The push item's ID. */
  itemId: string;
  /** Its new status (`pending` when the platform has not answered yet). */
  status: PushItemStatus;
  /** The platform's error, when it failed. */
  errorMessage?: string;
  /** The platform's answer, as it came. */
  platformResponse?: JsonValue;
}

/** Options of {@link SyncHealthStore.takeRetryRequests}. */
export interface TakeRetryRequestsOptions {
  /** At most this many jobs. Default 10. */
  limit?: number;
  /**
   * A job taken but not completed within this many milliseconds (its worker crashed) is handed out
   * again. Default 300 000 (5 minutes).
   */
  leaseMs?: number;
}

/** The reference server's store. Every method validates its input and scopes its query. */
export interface SyncHealthStore {
  /** Creates or updates the schema (versioned migrations; running it again changes nothing). */
  migrate(): Promise<void>;
  /** Frees the connection (or the pool, when the store made it). */
  close(): Promise<void>;

  /** One page of syncs (`GET /syncs`). */
  listSyncs(query: SyncListQuery): Promise<Page<Sync>>;
  /** Totals and timeline of the syncs matching a filter (`GET /syncs/totals`). */
  getSyncTotals(query: SyncTotalsQuery): Promise<SyncTotals>;
  /** The largest error groups (`GET /syncs/top-errors`). */
  getTopErrors(query: TopErrorsQuery): Promise<TopError[]>;
  /** The companies whose latest matching sync failed (`GET /failing-companies`). */
  listFailingCompanies(query: FailingCompaniesQuery): Promise<FailingCompany[]>;
  /** One sync; fails with a `notFound` `SyncHealthError` when there is none. */
  getSync(syncId: string): Promise<Sync>;
  /** A sync's configuration; `notFound` when the sync or its configuration is unknown. */
  getSyncConfig(syncId: string): Promise<SyncConfig>;
  /** One page of a sync's push items; `notFound` when the sync is unknown. */
  listPushItems(syncId: string, query: PushItemQuery): Promise<Page<PushItem>>;
  /** One page of one company's history, as its customer sees it (`GET /customer/syncs`). */
  listCustomerSyncs(companyId: string, query: CustomerSyncQuery): Promise<Page<CustomerSync>>;
  /** Every sync matching a filter, in order, in batches (`GET /syncs/export.csv`). */
  exportSyncs(filter: SyncFilter, sort?: SyncSort): AsyncIterable<Sync[]>;

  /** Adds or replaces syncs by ID (idempotent: a pipeline may resend). Each is validated first. */
  upsertSyncs(syncs: readonly Sync[]): Promise<void>;
  /**
   * Adds or replaces a sync's push items by ID, and brings the sync's item counts up to date.
   * `notFound` when the sync is unknown.
   */
  upsertPushItems(syncId: string, items: readonly PushItem[]): Promise<void>;
  /** Sets a sync's configuration. */
  putSyncConfig(syncId: string, config: SyncConfig): Promise<void>;

  /**
   * Stores a request to retry a sync's failed items in the outbox and marks those items `pending`.
   * With an idempotency key, the same key for the same sync gives back the first outcome and stores
   * nothing more, however many times (or how concurrently) it is sent.
   */
  requestRetry(syncId: string, request: RetryRequest, idempotencyKey?: string): Promise<RetryOutcome>;
  /** Hands out retry jobs to the host's worker, oldest first (each to one worker at a time). */
  takeRetryRequests(options?: TakeRetryRequestsOptions): Promise<RetryJob[]>;
  /** Records what became of a job's items and removes it from the outbox. */
  completeRetry(jobId: string, results: readonly RetryItemResult[]): Promise<void>;
}
