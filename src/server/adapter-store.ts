/**
 * A store over a data adapter: serve any `SyncHealthAdapter` (the in-memory one over demo data, or
 * one a host wrote over its own backend) through `createSyncHealthHandler`, with the host's auth in
 * front of it. Stories and tests serve the REST contract this way.
 */
import type { CustomerSyncHistoryAdapter, SyncHealthAdapter } from '../adapters/contract';
import { SyncHealthError } from '../core/errors';
import { MAX_PAGE_SIZE } from '../core/paging';
import type { RetryOutcome, RetryRequest } from '../core/query';
import type { SyncHealthHandlerStore } from './handler/answer-operation';

/** Options of {@link createAdapterBackedStore}. */
export interface AdapterBackedStoreOptions {
  /**
   * The customer history adapter of one company (the in-memory adapter's `forCompany`). Without it,
   * `GET /customer/syncs` is answered 501.
   */
  customerAdapterFor?: (companyId: string) => CustomerSyncHistoryAdapter;
  /**
   * How many retries' outcomes are remembered by idempotency key (the oldest is forgotten first).
   * @default 10000
   */
  rememberedRetries?: number;
}

/** Adapter calls made for a request: the store interface carries no signal, so nothing cancels them. */
const CALL = { signal: new AbortController().signal };

function unsupported(what: string): Promise<never> {
  return Promise.reject(new SyncHealthError('unsupported', `This backend does not ${what}.`));
}

/**
 * A store (the part `createSyncHealthHandler` reads) whose answers are the adapter's. Optional
 * adapter methods it lacks answer `unsupported` (501). Retries with an idempotency key are
 * remembered: the same key for the same sync gives back the first outcome without retrying again,
 * also while the first is still running; a retry that failed is forgotten, so it can be sent again.
 * Exports page through `listSyncs` 500 syncs at a time.
 *
 * @example
 * const adapter = createInMemoryAdapter(generateDemoDataset());
 * const store = createAdapterBackedStore(adapter, { customerAdapterFor: adapter.forCompany });
 * const handler = createSyncHealthHandler({ store, authorize: () => ({ role: 'support' }) });
 */
export function createAdapterBackedStore(adapter: SyncHealthAdapter, options: AdapterBackedStoreOptions = {}): SyncHealthHandlerStore {
  const rememberedRetries = options.rememberedRetries ?? 10_000;
  const retries = new Map<string, Promise<RetryOutcome>>();

  const retry = (syncId: string, request: RetryRequest): Promise<RetryOutcome> =>
    adapter.retryPushItems ? adapter.retryPushItems(syncId, request, CALL) : unsupported('retry push items');

  return {
    listSyncs: (query) => adapter.listSyncs(query, CALL),
    getSyncTotals: (query) => adapter.getSyncTotals(query, CALL),
    getTopErrors: (query) => (adapter.getTopErrors ? adapter.getTopErrors(query, CALL) : unsupported('count top errors')),
    listFailingCompanies: (query) =>
      adapter.listFailingCompanies ? adapter.listFailingCompanies(query, CALL) : unsupported('list failing companies'),
    getSync: (syncId) => adapter.getSync(syncId, CALL),
    getSyncConfig: (syncId) => adapter.getSyncConfig(syncId, CALL),
    listPushItems: (syncId, query) => adapter.listPushItems(syncId, query, CALL),
    listCustomerSyncs: (companyId, query) =>
      options.customerAdapterFor ? options.customerAdapterFor(companyId).listSyncs(query, CALL) : unsupported('serve customer histories'),
    async *exportSyncs(filter, sort) {
      for (let index = 0; ; index++) {
        const page = await adapter.listSyncs({ ...filter, sort, page: { index, size: MAX_PAGE_SIZE } }, CALL);
        if (page.items.length > 0) yield page.items;
        if (!page.hasNextPage || page.items.length === 0) return;
      }
    },
    requestRetry(syncId, request, idempotencyKey) {
      if (idempotencyKey === undefined) return retry(syncId, request);
      // The key's own length is bounded by the handler; a NUL cannot be in a key, so it separates.
      const key = `${syncId}\u0000${idempotencyKey}`;
      const remembered = retries.get(key);
      if (remembered) return remembered;
      const outcome = retry(syncId, request);
      retries.set(key, outcome);
      outcome.catch(() => retries.get(key) === outcome && retries.delete(key));
      if (retries.size > rememberedRetries) retries.delete(retries.keys().next().value as string);
      return outcome;
    },
  };
}
