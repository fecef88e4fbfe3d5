/**
 * A store seen as a data adapter: the contract's calls answered by the store's reads, retry by its
 * outbox. What the reference handler serves, and how the tests hold a store to the adapter contract.
 */
import { defaultCanRetry, type AdapterCallContext, type CustomerSyncHistoryAdapter, type SyncHealthAdapter } from '../adapters/contract';
import { SyncHealthError, toSyncHealthError } from '../core/errors';
import type { Sync } from '../core/model';
import type { FailingCompaniesQuery, FailingCompany, RetryOutcome, RetryRequest, TopError, TopErrorsQuery } from '../core/query';
import type { SyncHealthStore } from './store';

/** Options of {@link storeAdapter}. */
export interface StoreAdapterOptions {
  /**
   * Whether retry may be offered (and requested) for a sync; `retryPushItems` refuses the others
   * with `unsupported`.
   * @default defaultCanRetry (Sync for Expenses syncs only)
   */
  canRetry?: (sync: Sync) => boolean;
}

/** The store as a support-facing adapter, plus a customer adapter per company. */
export interface StoreAdapter extends SyncHealthAdapter {
  /** The largest error groups among the matching syncs (see `SyncHealthAdapter.getTopErrors`). */
  getTopErrors(query: TopErrorsQuery, ctx: AdapterCallContext): Promise<TopError[]>;
  /** The companies whose latest matching sync failed (see `SyncHealthAdapter.listFailingCompanies`). */
  listFailingCompanies(query: FailingCompaniesQuery, ctx: AdapterCallContext): Promise<FailingCompany[]>;
  /** Queues a retry in the store's outbox (see `SyncHealthStore.requestRetry`); `unsupported` where `canRetry` says no. */
  retryPushItems(syncId: string, request: RetryRequest, ctx: AdapterCallContext): Promise<RetryOutcome>;
  /** Whether retry may be offered for a sync (see {@link StoreAdapterOptions.canRetry}). */
  canRetry(sync: Sync): boolean;
  /** A customer adapter that sees only this company's syncs (the company is a condition of every query). */
  forCompany(companyId: string): CustomerSyncHistoryAdapter;
}

/**
 * Runs a store call for an adapter call: not at all when the caller has already given up, and
 * settled as `aborted` as soon as it does (the statement still finishes in the database). What the
 * store throws becomes a `SyncHealthError` (a database failure is `network`).
 */
async function answer<T>(ctx: AdapterCallContext | undefined, work: () => Promise<T>): Promise<T> {
  const signal = ctx?.signal;
  const aborted = () => new SyncHealthError('aborted', 'The request was cancelled.', { cause: signal?.reason });
  if (signal?.aborted) throw aborted();
  let onAbort: (() => void) | undefined;
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => reject(aborted());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work(), cancelled]);
  } catch (error) {
    throw toSyncHealthError(error);
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The store as an adapter. Retry stores a request in the outbox (the items become `pending` until the
 * host's worker reports back through `completeRetry`), for the syncs `canRetry` allows.
 *
 * @example
 * const adapter = storeAdapter(await createPgliteStore());
 * const customer = adapter.forCompany(signedInCompanyId);
 */
export function storeAdapter(store: SyncHealthStore, options: StoreAdapterOptions = {}): StoreAdapter {
  const canRetry = options.canRetry ?? defaultCanRetry;
  return {
    listSyncs: (query, ctx) => answer(ctx, () => store.listSyncs(query)),
    getSyncTotals: (query, ctx) => answer(ctx, () => store.getSyncTotals(query)),
    getTopErrors: (query, ctx) => answer(ctx, () => store.getTopErrors(query)),
    listFailingCompanies: (query, ctx) => answer(ctx, () => store.listFailingCompanies(query)),
    getSync: (syncId, ctx) => answer(ctx, () => store.getSync(syncId)),
    getSyncConfig: (syncId, ctx) => answer(ctx, () => store.getSyncConfig(syncId)),
    listPushItems: (syncId, query, ctx) => answer(ctx, () => store.listPushItems(syncId, query)),
    retryPushItems: (syncId, request, ctx) =>
      answer(ctx, async () => {
        if (!canRetry(await store.getSync(syncId))) throw new SyncHealthError('unsupported', `Retry is not available for sync ${syncId}.`);
        return store.requestRetry(syncId, request);
      }),
    canRetry: (sync) => canRetry(sync),
    forCompany: (companyId) => ({
      listSyncs: (query, ctx) => answer(ctx, () => store.listCustomerSyncs(companyId, query)),
    }),
  };
}
