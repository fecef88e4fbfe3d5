/**
 * Filling a store: with any `InMemoryDataset` (the data the in-memory adapter serves, so a test can
 * hold the store and the in-memory adapter to the same data), or with the seeded demo data.
 */
import { generateDemoDataset, type DemoDataset, type DemoDatasetOptions } from '../adapters/in-memory/demo-dataset';
import type { InMemoryDataset } from '../adapters/in-memory/in-memory-dataset';
import type { Sync } from '../core/model';
import type { SyncHealthStore } from './store';

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /**
   * How many of the newest syncs get push items and a configuration from the data set's makers
   * (`pushItemsFor`, `configFor`). Items and configurations the data set stores (`pushItems`,
   * `configs`) are always loaded. Making them for every sync of a large data set would store
   * millions of items (the demo makes about ten per sync, each with its record).
   * @default 1000
   */
  madeDetailsForNewest?: number;
  /**
   * Syncs per `upsertSyncs` call.
   * @default 10000
   */
  batchSize?: number;
}

/** The newest syncs first (latest start, ties by the greater ID), as a list shows them by default. */
function newestFirst(syncs: readonly Sync[]): Sync[] {
  const startOf = (sync: Sync) => Date.parse(sync.startedAt);
  return [...syncs].sort((a, b) => startOf(b) - startOf(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * Writes a data set into a store: its syncs, then push items and configurations (stored ones, and
 * made ones for the newest syncs, see {@link LoadDatasetOptions.madeDetailsForNewest}). Idempotent:
 * loading it again changes nothing. The store must be migrated.
 */
export async function loadDataset(store: SyncHealthStore, dataset: InMemoryDataset, options: LoadDatasetOptions = {}): Promise<void> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 10_000));
  for (let start = 0; start < dataset.syncs.length; start += batchSize) {
    await store.upsertSyncs(dataset.syncs.slice(start, start + batchSize));
  }
  for (const [syncId, items] of Object.entries(dataset.pushItems ?? {})) await store.upsertPushItems(syncId, items);
  for (const [syncId, config] of Object.entries(dataset.configs ?? {})) await store.putSyncConfig(syncId, config);
  const { pushItemsFor, configFor } = dataset;
  if (!pushItemsFor && !configFor) return;
  for (const sync of newestFirst(dataset.syncs).slice(0, Math.max(0, options.madeDetailsForNewest ?? 1000))) {
    if (pushItemsFor && !dataset.pushItems?.[sync.id]) {
      const items = pushItemsFor(sync);
      if (items.length > 0) await store.upsertPushItems(sync.id, items);
    }
    if (configFor && !dataset.configs?.[sync.id]) await store.putSyncConfig(sync.id, configFor(sync));
  }
}

/** Options of {@link seedDemoData}: the demo data's, and how to load it. */
export type SeedDemoDataOptions = DemoDatasetOptions & LoadDatasetOptions;

/**
 * Fills a store with the seeded demo data (`generateDemoDataset`): the same options always give the
 * same data. Returns the data set, so a caller knows its companies and IDs.
 *
 * @example
 * await seedDemoData(store, { seed: 42, syncs: 100_000 });
 */
export async function seedDemoData(store: SyncHealthStore, options: SeedDemoDataOptions): Promise<DemoDataset> {
  const dataset = generateDemoDataset(options);
  await loadDataset(store, dataset, options);
  return dataset;
}
