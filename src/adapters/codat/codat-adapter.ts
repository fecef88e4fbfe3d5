/**
 * The Codat adapter: the Sync Health view over Codat's real Sync for Commerce and Sync for Expenses
 * APIs, reached through the host's own backend proxy.
 */
import { SyncHealthError, isSyncHealthError } from '../../core/errors';
import { SYNC_PRODUCTS, type CustomerSync, type Page, type PushItemCounts, type Sync, type SyncConfig, type SyncProduct } from '../../core/model';
import { DEFAULT_SYNC_SORT, type SyncFilter } from '../../core/query';
import type { AdapterCallContext, CustomerSyncHistoryAdapter, SyncHealthAdapter } from '../contract';
import { DEFAULT_HTTP_TIMEOUT_MS } from '../http/http-adapter';
import { createJsonRequester, type FetchFunction, type HeadersOption, NEVER_ABORTED } from '../http/json-request';
import { copySync, toCustomerSync } from '../in-memory/copy-records';
import { CodatClient, describeCodatError } from './codat-client';
import { toSync } from './codat-mapping';
import { CodatPushItems } from './codat-push-items';
import { CodatSyncStore, type CodatCompany, type CompanyProductSyncs } from './codat-sync-store';
import { ConcurrencyLimit } from './concurrency-limit';

export type { CodatCompany } from './codat-sync-store';

/** Options of {@link createCodatAdapter}. */
export interface CodatAdapterOptions {
  /**
   * Your backend's proxy to Codat's API (e.g. `/api/codat`): it receives Codat paths such as
   * `/companies/{companyId}/sync/expenses/syncs/list/status`, checks that the signed-in user may see
   * that company, adds your Codat API key on the server and forwards the request to
   * `https://api.codat.io`. Never put the API key in the browser.
   */
  baseUrl: string;
  /**
   * The companies whose syncs the support view shows: Codat IDs, or `{ id, name, products }`. Give
   * the `name` where you know it: it is shown with each sync, and the search finds the company by it
   * as well as by its ID.
   */
  companies: readonly (string | CodatCompany)[];
  /** The products to ask each company for (unless the company lists its own). Default: both. */
  products?: readonly SyncProduct[];
  /** The most requests in flight to the proxy at once. Default `4`. */
  concurrency?: number;
  /** How long a company's sync list is reused before it is fetched again, in ms. Default `60000`. */
  cacheTtlMs?: number;
  /** The `fetch` to use. Default: the global `fetch`. */
  fetch?: FetchFunction;
  /** Headers for the proxy (e.g. your session token): an object or an (async) function. Default: none. */
  headers?: HeadersOption;
  /** Milliseconds before a request gives up with a `network` error; `0` for never. Default `30000`. */
  timeoutMs?: number;
  /**
   * Called when Codat answers 404 for a company's list of one product (the company does not exist or
   * does not use that product). Such a company is shown with no syncs of that product. Default: none.
   */
  onCompanySkipped?: (companyId: string, product: SyncProduct, error: SyncHealthError) => void;
}

/** The Codat adapter: support-facing, plus a customer-facing view of any one company. */
export interface CodatAdapter extends SyncHealthAdapter {
  /**
   * The customer sync history adapter of one company (configured in `companies` or not), newest
   * first, customer-safe fields only, and only the messages the customer can act on (those the
   * troubleshooting catalogue says the customer fixes). The same object each time for the same company.
   */
  forCompany(companyId: string): CustomerSyncHistoryAdapter;
  /** Forgets every cached list, so the next call fetches afresh. */
  refresh(): void;
}

/** The default concurrency of the Codat adapter's requests. */
export const DEFAULT_CODAT_CONCURRENCY = 4;
/** The default time a company's sync list is cached. */
export const DEFAULT_CODAT_CACHE_TTL_MS = 60_000;

const signalOf = (ctx: AdapterCallContext | undefined) => ctx?.signal ?? NEVER_ABORTED;

/**
 * Creates an adapter over Codat's Sync API (Sync for Commerce and Sync for Expenses), called through
 * your backend's proxy: **never put a Codat API key in the browser**; the proxy adds it.
 *
 * Codat lists each company's syncs without paging or filters, so the adapter fans out over
 * `companies` × `products` (at most `concurrency` requests at once), caches each list for
 * `cacheTtlMs`, and filters, sorts, pages and counts itself, with the same semantics as every other
 * adapter. What Codat does not provide is left out rather than invented:
 * - A sync's only time is Codat's `syncUtc`: it becomes `startedAt`; `endedAt` is unknown.
 * - The period of data a sync covered (`dataRange`) appears only in the `SyncSummary` Codat returns
 *   when a sync is requested; it is read from `syncDateRangeUtc` when your proxy adds it to a sync status.
 * - Push items exist for Sync for Expenses syncs (their transactions); asking for a commerce sync's
 *   fails with `unsupported`. Codat has no public retry endpoint, so there is no `retryPushItems` and
 *   retry is never offered.
 * - Configurations are the company's current ones (`isSnapshot: false`).
 * Platforms come from the commerce sync status's data connections (expenses: the company's
 * connections). Malformed Codat answers fail with `invalidResponse`, naming the endpoint and field.
 *
 * @example
 * const adapter = createCodatAdapter({ baseUrl: '/api/codat', companies: [{ id: companyId, name: 'Bramble & Co' }] });
 */
export function createCodatAdapter(options: CodatAdapterOptions): CodatAdapter {
  const request = createJsonRequester({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: options.headers,
    timeoutMs: options.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS,
    describeErrorBody: describeCodatError,
  });
  const client = new CodatClient(request, new ConcurrencyLimit(options.concurrency ?? DEFAULT_CODAT_CONCURRENCY));
  const cacheTtlMs = options.cacheTtlMs ?? DEFAULT_CODAT_CACHE_TTL_MS;
  const store = new CodatSyncStore(client, {
    companies: options.companies,
    products: options.products ?? SYNC_PRODUCTS,
    cacheTtlMs,
    onCompanySkipped: options.onCompanySkipped,
  });
  const pushItems = new CodatPushItems(client, cacheTtlMs);

  /** The support view covers the configured companies only: a filter on any other matches nothing. */
  const targetsFor = (filter: SyncFilter) =>
    filter.companyId ? (store.isConfigured(filter.companyId) ? store.targets(filter.companyId) : []) : store.targets();

  const itemCounts = async (located: CompanyProductSyncs & { sync: Sync }, signal: AbortSignal): Promise<PushItemCounts | undefined> => {
    try {
      return await pushItems.counts(located, signal);
    } catch (error) {
      // Counts only enrich the details; the push items panel reports its own failures.
      if (isSyncHealthError(error) && error.kind === 'aborted') throw error;
      return undefined;
    }
  };

  const customerAdapter = (companyId: string): CustomerSyncHistoryAdapter => ({
    async listSyncs(query, ctx): Promise<Page<CustomerSync>> {
      const engine = await store.engineFor(store.targets(companyId), signalOf(ctx));
      const filter: SyncFilter = query.range ? { companyId, range: query.range } : { companyId };
      // The customer mapping keeps only the messages the customer can act on (the customer component trusts it to).
      return engine.page(filter, DEFAULT_SYNC_SORT, query.page, toCustomerSync);
    },
  });
  // The same object for the same company, so components keyed by adapter identity keep their data.
  const customers = new Map<string, CustomerSyncHistoryAdapter>();

  return {
    async listSyncs(query, ctx) {
      const engine = await store.engineFor(targetsFor(query), signalOf(ctx));
      return engine.page(query, query.sort, query.page, copySync);
    },

    async getSyncTotals(query, ctx) {
      const engine = await store.engineFor(targetsFor(query), signalOf(ctx));
      return engine.totals(query, query.bucket, query.timeZone);
    },

    async getSync(syncId, ctx) {
      const signal = signalOf(ctx);
      const located = await store.locate(syncId, signal);
      const [status, counts] = await Promise.all([
        client.syncStatus(located.companyId, located.product, syncId, signal),
        located.product === 'expenses' ? itemCounts(located, signal) : undefined,
      ]);
      const sync = toSync(status, located) ?? copySync(located.sync);
      if (counts) sync.itemCounts = counts;
      return sync;
    },

    async getSyncConfig(syncId, ctx) {
      const signal = signalOf(ctx);
      const located = await store.locate(syncId, signal);
      const configuration = await client.configuration(located.companyId, located.product, signal);
      return { syncId, companyId: located.companyId, isSnapshot: false, configuration: configuration as SyncConfig['configuration'] };
    },

    async listPushItems(syncId, query, ctx) {
      const signal = signalOf(ctx);
      const located = await store.locate(syncId, signal);
      if (located.product !== 'expenses') {
        throw new SyncHealthError('unsupported', "Codat's API does not list the push items of Sync for Commerce syncs.");
      }
      return pushItems.page(located, query, signal);
    },

    forCompany(companyId) {
      let customer = customers.get(companyId);
      if (!customer) {
        customer = customerAdapter(companyId);
        customers.set(companyId, customer);
      }
      return customer;
    },

    refresh() {
      store.clear();
      pushItems.clear();
    },
  };
}
