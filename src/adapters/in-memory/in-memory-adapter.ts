/**
 * The in-memory adapter: the library's default, serving a data set held in the browser (the demo
 * data, or a host's own fixture) with the full query semantics of the contract, fast enough for
 * 100,000 syncs, and optionally behind a simulated network for stories and tests.
 */
import { SyncHealthError } from '../../core/errors';
import type { CustomerSync, Page, PushItem, Sync, SyncConfig } from '../../core/model';
import { clampPage, toPage } from '../../core/paging';
import type {
  CustomerSyncQuery,
  FailingCompaniesQuery,
  FailingCompany,
  PushItemQuery,
  RetryOutcome,
  RetryRequest,
  SyncListQuery,
  SyncTotals,
  SyncTotalsQuery,
  TopError,
  TopErrorsQuery,
} from '../../core/query';
import { defaultCanRetry, type AdapterCallContext, type CustomerSyncHistoryAdapter, type SyncHealthAdapter } from '../contract';
import { copyPushItem, copySync, copySyncConfig, toCustomerSync } from './copy-records';
import type { InMemoryDataset } from './in-memory-dataset';
import { PushItemStore, filterPushItems } from './push-item-store';
import { retryPushItems } from './retry-push-items';
import { createSeededRandom, hashToSeed } from './seeded-random';
import { SimulatedNetwork, type SimulatedNetworkOptions } from './simulated-network';
import { SyncQueryEngine } from './sync-query-engine';
import { SyncTable } from './sync-table';
import { failingCompanies } from './failing-companies';
import { topErrors } from './sync-top-errors';

/** How many error groups `getTopErrors` returns when the query does not say. */
const DEFAULT_TOP_ERRORS = 5;
/** How many companies `listFailingCompanies` returns when the query does not say. */
const DEFAULT_FAILING_COMPANIES = 10;

/** Options for {@link createInMemoryAdapter}. */
export interface InMemoryAdapterOptions extends SimulatedNetworkOptions {
  /**
   * Whether retry may be offered for a sync. Default: only Sync for Expenses syncs (the contract's
   * `defaultCanRetry`). `retryPushItems` rejects with `unsupported` where this says no.
   */
  canRetry?: (sync: Sync) => boolean;
  /**
   * How retries behave: `successRate` is the chance (0 to 1) that a retried item is pushed this time
   * (default 0.7). `false` leaves `retryPushItems` out, like a backend that cannot retry.
   */
  retry?: false | { successRate?: number };
  /** Seeds the simulated failures and retry results. Default: the data set's `seed`, or 1. */
  seed?: number;
  /**
   * The clock: "now" for the duration of running syncs and the times of retried items. Default: the
   * data set's `now` when it has one (so demo data stays consistent), otherwise the real time.
   * The duration order of running syncs is taken when that order is first needed.
   */
  now?: () => Date;
}

/** An in-memory adapter: the support-facing contract, plus customer-facing views per company. */
export interface InMemoryAdapter extends SyncHealthAdapter {
  /** Whether retry may be offered for a sync (see {@link InMemoryAdapterOptions.canRetry}). */
  canRetry(sync: Sync): boolean;
  /** The largest error groups among the matching syncs (see `SyncHealthAdapter.getTopErrors`). */
  getTopErrors(query: TopErrorsQuery, ctx: AdapterCallContext): Promise<TopError[]>;
  /** The companies whose latest matching sync failed (see `SyncHealthAdapter.listFailingCompanies`). */
  listFailingCompanies(query: FailingCompaniesQuery, ctx: AdapterCallContext): Promise<FailingCompany[]>;
  /**
   * A customer sync history adapter that sees only this company's syncs, newest first, with
   * customer-safe fields only. An unknown company simply has no syncs.
   */
  forCompany(companyId: string): CustomerSyncHistoryAdapter;
}

function clockFor(dataset: InMemoryDataset, now: (() => Date) | undefined): () => number {
  if (now) return () => now().getTime();
  const fixed = dataset.now === undefined ? Number.NaN : Date.parse(dataset.now);
  return Number.isNaN(fixed) ? () => Date.now() : () => fixed;
}

/**
 * Creates an adapter over an in-memory data set: a generated one (`generateDemoDataset`) or explicit
 * arrays (`{ syncs, pushItems?, configs? }`). Every query is answered as the contract's TSDoc says;
 * returned objects are copies. A retry changes the adapter's state (never the data set passed in),
 * and later calls see the change.
 *
 * @example
 * const adapter = createInMemoryAdapter(generateDemoDataset({ seed: 1, syncs: 5_000 }), { latency: 300 });
 * const customerAdapter = adapter.forCompany(companyId);
 */
export function createInMemoryAdapter(dataset: InMemoryDataset, options: InMemoryAdapterOptions = {}): InMemoryAdapter {
  const seed = options.seed ?? dataset.seed ?? 1;
  const nowMs = clockFor(dataset, options.now);
  const table = new SyncTable(dataset.syncs);
  const engine = new SyncQueryEngine(table, nowMs);
  const pushItems = new PushItemStore(dataset);
  const network = new SimulatedNetwork(options, hashToSeed(`${seed}:network`));
  const retryRandom = createSeededRandom(hashToSeed(`${seed}:retry`));
  const successRate = options.retry === false ? 0 : (options.retry?.successRate ?? 0.7);
  const canRetry = options.canRetry ?? defaultCanRetry;

  const positionOf = (syncId: string): number => {
    const position = table.positionById.get(syncId);
    if (position === undefined) throw new SyncHealthError('notFound', `No sync with ID ${syncId}.`);
    return position;
  };
  const itemsAt = (position: number): readonly PushItem[] => pushItems.itemsOf(table.originalSyncs[position] as Sync);

  const adapter: InMemoryAdapter = {
    listSyncs(query: SyncListQuery, ctx: AdapterCallContext): Promise<Page<Sync>> {
      return network.run('listSyncs', ctx?.signal, () => engine.page(query, query.sort, query.page, copySync));
    },

    getSyncTotals(query: SyncTotalsQuery, ctx: AdapterCallContext): Promise<SyncTotals> {
      return network.run('getSyncTotals', ctx?.signal, () => engine.totals(query, query.bucket, query.timeZone));
    },

    getTopErrors(query: TopErrorsQuery, ctx: AdapterCallContext): Promise<TopError[]> {
      return network.run('getTopErrors', ctx?.signal, () =>
        topErrors(table, engine.match(query).match, query.limit ?? DEFAULT_TOP_ERRORS, query.timeZone),
      );
    },

    listFailingCompanies(query: FailingCompaniesQuery, ctx: AdapterCallContext): Promise<FailingCompany[]> {
      return network.run('listFailingCompanies', ctx?.signal, () =>
        failingCompanies(table, engine.match(query).match, () => engine.ascending('startedAt'), query.limit ?? DEFAULT_FAILING_COMPANIES),
      );
    },

    getSync(syncId: string, ctx: AdapterCallContext): Promise<Sync> {
      return network.run('getSync', ctx?.signal, () => copySync(table.syncs[positionOf(syncId)] as Sync));
    },

    getSyncConfig(syncId: string, ctx: AdapterCallContext): Promise<SyncConfig> {
      return network.run('getSyncConfig', ctx?.signal, () => {
        const position = positionOf(syncId);
        const stored = dataset.configs?.[syncId];
        if (stored) return copySyncConfig(stored);
        if (!dataset.configFor) throw new SyncHealthError('notFound', `No configuration is stored for sync ${syncId}.`);
        return copySyncConfig(dataset.configFor(table.originalSyncs[position] as Sync));
      });
    },

    listPushItems(syncId: string, query: PushItemQuery, ctx: AdapterCallContext): Promise<Page<PushItem>> {
      return network.run('listPushItems', ctx?.signal, () => {
        const page = clampPage(query.page);
        const matching = filterPushItems(itemsAt(positionOf(syncId)), query);
        const start = page.index * page.size;
        const items = matching.slice(start, start + page.size).map(copyPushItem);
        return toPage(items, page.index, page.size, matching.length);
      });
    },

    canRetry(sync: Sync): boolean {
      return canRetry(sync);
    },

    forCompany(companyId: string): CustomerSyncHistoryAdapter {
      return {
        listSyncs(query: CustomerSyncQuery, ctx: AdapterCallContext): Promise<Page<CustomerSync>> {
          return network.run('listCustomerSyncs', ctx?.signal, () => {
            const filter = query.range ? { companyId, range: query.range } : { companyId };
            return engine.page(filter, { field: 'startedAt', direction: 'desc' }, query.page, toCustomerSync);
          });
        },
      };
    },
  };

  if (options.retry !== false) {
    adapter.retryPushItems = (syncId: string, request: RetryRequest, ctx: AdapterCallContext): Promise<RetryOutcome> =>
      network.run('retryPushItems', ctx?.signal, () => {
        const position = positionOf(syncId);
        const sync = table.syncs[position] as Sync;
        if (!canRetry(copySync(sync))) throw new SyncHealthError('unsupported', `Retry is not available for sync ${syncId}.`);
        const result = retryPushItems(sync, itemsAt(position), request, retryRandom, successRate, nowMs());
        if (result.outcome.retried > 0) {
          pushItems.replace(syncId, result.items);
          table.replace(position, result.sync);
          engine.statusChanged();
        }
        return result.outcome;
      });
  }
  return adapter;
}
