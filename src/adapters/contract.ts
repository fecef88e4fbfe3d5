/**
 * The data-adapter contract: the only way the components reach data. A host implements it over its
 * own backend (or uses one of the adapters the library ships). Every response is validated by the
 * library at this boundary: malformed data becomes a `SyncHealthError` of kind `invalidResponse` in the
 * panel that asked for it, never a crash.
 */
import type { CustomerSync, Page, PushItem, Sync, SyncConfig } from '../core/model';
import type {
  CustomerSyncQuery,
  PushItemQuery,
  RetryOutcome,
  RetryRequest,
  SyncExportQuery,
  SyncListQuery,
  SyncTotals,
  SyncTotalsQuery,
  FailingCompaniesQuery,
  FailingCompany,
  TopError,
  TopErrorsQuery,
} from '../core/query';

/**
 * Passed to every adapter call. Pass `signal` on to `fetch` (or check it) so that a request nobody
 * needs any more (the filters changed, the panel closed) is cancelled at the source.
 */
export interface AdapterCallContext {
  /** Aborted when the answer is no longer needed. */
  signal: AbortSignal;
}

/**
 * The adapter behind the support-facing components (`SyncDashboard`, `SyncHistoryTable`,
 * `SyncDetails`, `PushItemsPanel`).
 *
 * Rules for every method:
 * - Filtering, search, sorting and paging happen here, behind the adapter, so the components stay
 *   fast with millions of syncs: return one page, never everything.
 * - Throw a `SyncHealthError` with the right kind (`notFound`, `unauthorized`, `network`,
 *   `invalidResponse`) when something fails; anything else thrown is reported as `network`.
 * - Honour `ctx.signal`: stop work and reject when it aborts.
 * - Return plain data; the library validates it and reports the first malformed field by path.
 */
export interface SyncHealthAdapter {
  /**
   * One page of syncs matching the query, ordered by `query.sort` (default newest first, ties broken
   * by sync ID). `search` matches sync ID, company ID or company name (contains, ignoring case; the
   * text is matched literally, never as a pattern, so escape `%` and `_` in a SQL `LIKE`); status
   * codes and categories combine with OR; every other filter combines with AND. Include `totalCount`
   * when the backend can count cheaply.
   */
  listSyncs(query: SyncListQuery, ctx: AdapterCallContext): Promise<Page<Sync>>;

  /**
   * Counts of the syncs matching the filter (`search` and every other filter as in `listSyncs`, so
   * the total equals the list's `totalCount`): in all, per status code, per category and per time bucket.
   */
  getSyncTotals(query: SyncTotalsQuery, ctx: AdapterCallContext): Promise<SyncTotals>;

  /**
   * The most frequent causes of errors among the syncs matching the filter (as in `listSyncs`): error
   * messages (severity `error`) grouped by `toErrorTemplate`, most syncs first, ties by template.
   * Optional: without it the dashboard shows no "Top errors" panel. Filtering by one group is
   * `SyncFilter.errorTemplate`.
   */
  getTopErrors?(query: TopErrorsQuery, ctx: AdapterCallContext): Promise<TopError[]>;

  /**
   * The companies whose latest sync among those matching the filter (as in `listSyncs`) failed, most
   * affected first (see `FailingCompany`). Optional: without it the dashboard shows no "Customers
   * needing attention" panel.
   */
  listFailingCompanies?(query: FailingCompaniesQuery, ctx: AdapterCallContext): Promise<FailingCompany[]>;

  /** One sync by ID. Throw `notFound` when there is none. */
  getSync(syncId: string, ctx: AdapterCallContext): Promise<Sync>;

  /** The configuration a sync ran with (or the company's current one; say which in `isSnapshot`). */
  getSyncConfig(syncId: string, ctx: AdapterCallContext): Promise<SyncConfig>;

  /** One page of a sync's push items matching the query, in the order they were requested. */
  listPushItems(syncId: string, query: PushItemQuery, ctx: AdapterCallContext): Promise<Page<PushItem>>;

  /**
   * Re-push failed items of a sync and report what happened. Leave it out when the backend cannot
   * retry: the components then do not offer retry at all. Must not change anything when it rejects.
   * Only failed items are retried; IDs of items that are not failed are ignored. Afterwards the
   * components refetch the sync, its push items and the history, so `getSync` and `listPushItems`
   * must reflect the new statuses.
   */
  retryPushItems?(syncId: string, request: RetryRequest, ctx: AdapterCallContext): Promise<RetryOutcome>;

  /**
   * Optional: every sync matching a filter, in order, as a CSV file the backend makes (the REST
   * contract's `GET /syncs/export.csv`: UTF-8 with a byte-order mark, cells that cannot run as
   * spreadsheet formulas, the columns of `react-sync-health/core`'s `SYNC_CSV_COLUMNS`). The
   * dashboard's "Export CSV" uses it when present, in one request (the backend streams it), instead of
   * fetching every page through `listSyncs`; the file then has the backend's words. No time limit
   * applies: the person cancels it.
   */
  exportSyncsCsv?(query: SyncExportQuery, ctx: AdapterCallContext): Promise<Blob>;

  /**
   * Whether retry may be offered for this sync. Default (when left out): only Sync for Expenses syncs,
   * as in the product this library models.
   */
  canRetry?(sync: Sync): boolean;
}

/**
 * The name of each call an adapter answers that reads or changes data: every method of
 * {@link SyncHealthAdapter} but `canRetry`, and `listCustomerSyncs` for a customer history adapter's
 * `listSyncs`. Query keys and the in-memory adapter's simulated failures name calls by it.
 */
export type AdapterCallName = Exclude<keyof SyncHealthAdapter, 'canRetry'> | 'listCustomerSyncs';

/**
 * The adapter behind `CustomerSyncFlowHistory`. It is already scoped to one company by the host's
 * backend: there is no way to ask it for another company's data. Return only customer-safe fields.
 *
 * Deciding what the customer may see is this adapter's job (on the server side), not the
 * component's: a sync's `messages` must hold only the messages the customer can act on (in the
 * troubleshooting catalogue, entries whose `fixer` is `'customer'`). The component shows every
 * message it receives to the customer and treats a failed sync that carries any as one that
 * needs the customer's attention.
 */
export interface CustomerSyncHistoryAdapter {
  /**
   * One page of the company's syncs, newest first. A company with no syncs yet gets an empty page, not
   * `notFound`. Same error and signal rules as {@link SyncHealthAdapter}.
   */
  listSyncs(query: CustomerSyncQuery, ctx: AdapterCallContext): Promise<Page<CustomerSync>>;
}

/** The default retry rule: offered only for Sync for Expenses syncs. */
export function defaultCanRetry(sync: Sync): boolean {
  return sync.product === 'expenses';
}

/** Whether retry can be offered for a sync with this adapter. */
export function retryAvailable(adapter: SyncHealthAdapter, sync: Sync): boolean {
  if (typeof adapter.retryPushItems !== 'function') return false;
  return (adapter.canRetry ?? defaultCanRetry)(sync);
}
