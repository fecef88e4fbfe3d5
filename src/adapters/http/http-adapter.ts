/**
 * The HTTP adapter: both adapter interfaces over the library's REST contract
 * (`api/sync-health.openapi.yaml`), for hosts whose backend implements that contract. Small and
 * dependency-free: it builds requests, maps failures to typed errors, and leaves checking the shape
 * of answers to the validation layer every adapter goes through.
 */
import type { CustomerSync, Page, PushItem, Sync, SyncConfig } from '../../core/model';
import type { FailingCompany, RetryOutcome, SyncTotals, TopError } from '../../core/query';
import type { CustomerSyncHistoryAdapter, SyncHealthAdapter } from '../contract';
import { newIdempotencyKey } from './idempotency-key';
import { createJsonRequester, describeProblem, type FetchFunction, type HeadersOption } from './json-request';
import { customerSyncParams, failingCompaniesParams, pushItemParams, syncExportParams, syncListParams, syncTotalsParams, topErrorsParams } from './rest-query';

export type { FetchFunction, HeadersOption } from './json-request';

/** Options of {@link createHttpAdapter}. */
export interface HttpAdapterOptions {
  /**
   * Where your backend serves the REST contract: absolute (`https://api.example.com/sync-health`) or
   * relative to the page (`/api/sync-health`). Paths such as `/syncs` are appended to it.
   */
  baseUrl: string;
  /** The `fetch` to use (e.g. one that adds tracing, or a mock in tests). Default: the global `fetch`. */
  fetch?: FetchFunction;
  /**
   * Headers sent with every request: an object, or a function (sync or async) called before each
   * request, e.g. to attach a fresh sign-in token. If the function throws, the call fails with an
   * `unauthorized` error. Default: none besides `Accept` (and `Content-Type` on `POST`).
   */
  headers?: HeadersOption;
  /**
   * Milliseconds before a request gives up with a `network` error; `0` turns the timeout off.
   * Default `30000`.
   */
  timeoutMs?: number;
  /**
   * Whether the backend implements `POST /syncs/{syncId}/push-items/retry`. When `false`, the adapter
   * has no `retryPushItems` and the components never offer retry. Each retry carries a fresh
   * `Idempotency-Key` (a random UUID where the page has `crypto.randomUUID`), so a backend that
   * honours it never retries twice for one request that reached it twice.
   * @default true
   */
  retry?: boolean;
  /**
   * Whether the backend implements `GET /syncs/top-errors`. When `false`, the adapter has no
   * `getTopErrors` and the dashboard shows no "Top errors" panel.
   * @default true
   */
  topErrors?: boolean;
  /**
   * Whether the backend implements `GET /failing-companies`. When `false`, the adapter has no
   * `listFailingCompanies` and the dashboard shows no "Customers needing attention" panel.
   * @default true
   */
  failingCompanies?: boolean;
  /**
   * Whether the backend implements `GET /syncs/export.csv`. When `false`, the adapter has no
   * `exportSyncsCsv` and the dashboard's "Export CSV" fetches every page itself.
   * @default true
   */
  exportCsv?: boolean;
  /**
   * Whether retry may be offered for a sync. Default: the contract's rule (Sync for Expenses syncs
   * only).
   */
  canRetry?: (sync: Sync) => boolean;
}

/**
 * The support-facing adapter, plus the customer-facing one (`customer`) over `GET /customer/syncs`,
 * which the backend scopes to the signed-in customer's company.
 */
export interface HttpAdapter extends SyncHealthAdapter {
  /** The customer sync history adapter for `CustomerSyncFlowHistory` / `useCustomerSyncs`. */
  customer: CustomerSyncHistoryAdapter;
}

/** The default request timeout. */
export const DEFAULT_HTTP_TIMEOUT_MS = 30_000;

/** A path segment, encoded; `.` and `..` too, which URL parsers would otherwise resolve away. */
function segment(value: string): string {
  return value === '.' || value === '..' ? value.replaceAll('.', '%2E') : encodeURIComponent(value);
}

/**
 * Creates an adapter over a backend that implements the REST contract in
 * `api/sync-health.openapi.yaml`. Every call passes the caller's `AbortSignal` to `fetch` (combined
 * with the timeout), so a request nobody needs any more is cancelled on the wire.
 *
 * Failures become `SyncHealthError`s: 401/403 → `unauthorized`, 404 → `notFound`, 501 →
 * `unsupported`, other failure statuses, timeouts and unreachable servers → `network`, a body that is
 * not JSON → `invalidResponse` (a body of the wrong shape is reported as `invalidResponse` by the
 * validation every adapter passes through), cancellation → `aborted`. The `detail` of an
 * `application/problem+json` error body becomes the error's message.
 *
 * @example
 * const adapter = createHttpAdapter({
 *   baseUrl: '/api/sync-health',
 *   headers: async () => ({ Authorization: `Bearer ${await auth.getToken()}` }),
 * });
 * <SyncHealthProvider adapter={adapter}>…</SyncHealthProvider>
 * <CustomerSyncFlowHistory adapter={adapter.customer} />
 */
export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const request = createJsonRequester({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: options.headers,
    timeoutMs: options.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS,
    describeErrorBody: describeProblem,
  });

  const adapter: HttpAdapter = {
    listSyncs: (query, ctx) => request({ path: '/syncs', query: syncListParams(query) }, ctx?.signal) as Promise<Page<Sync>>,
    getSyncTotals: (query, ctx) => request({ path: '/syncs/totals', query: syncTotalsParams(query) }, ctx?.signal) as Promise<SyncTotals>,
    getSync: (syncId, ctx) => request({ path: `/syncs/${segment(syncId)}` }, ctx?.signal) as Promise<Sync>,
    getSyncConfig: (syncId, ctx) => request({ path: `/syncs/${segment(syncId)}/config` }, ctx?.signal) as Promise<SyncConfig>,
    listPushItems: (syncId, query, ctx) =>
      request({ path: `/syncs/${segment(syncId)}/push-items`, query: pushItemParams(query) }, ctx?.signal) as Promise<Page<PushItem>>,
    customer: {
      listSyncs: (query, ctx) =>
        request({ path: '/customer/syncs', query: customerSyncParams(query) }, ctx?.signal) as Promise<Page<CustomerSync>>,
    },
  };
  if (options.retry !== false) {
    // One key per call, that is per retry a person asks for: the adapter sends each request once
    // (it never resends by itself, nor do the library's mutations), so a request that reaches the
    // backend twice (resent by a proxy) carries the same key, and a new retry a new one.
    adapter.retryPushItems = (syncId, retryRequest, ctx) =>
      request(
        {
          method: 'POST',
          path: `/syncs/${segment(syncId)}/push-items/retry`,
          body: { itemIds: retryRequest.itemIds },
          headers: { 'Idempotency-Key': newIdempotencyKey() },
        },
        ctx?.signal,
      ) as Promise<RetryOutcome>;
  }
  if (options.topErrors !== false) {
    adapter.getTopErrors = (query, ctx) => request({ path: '/syncs/top-errors', query: topErrorsParams(query) }, ctx?.signal) as Promise<TopError[]>;
  }
  if (options.failingCompanies !== false) {
    adapter.listFailingCompanies = (query, ctx) =>
      request({ path: '/failing-companies', query: failingCompaniesParams(query) }, ctx?.signal) as Promise<FailingCompany[]>;
  }
  if (options.exportCsv !== false) {
    // The whole file in one streamed answer: no time limit but the person's cancel.
    adapter.exportSyncsCsv = (query, ctx) =>
      request({ path: '/syncs/export.csv', query: syncExportParams(query), read: 'blob', timeoutMs: 0 }, ctx?.signal) as Promise<Blob>;
  }
  if (options.canRetry) adapter.canRetry = options.canRetry;
  return adapter;
}
