import type { SyncHealthAdapter } from '../../src/adapters/contract';
import {
  createInMemoryAdapter,
  type DemoDataset,
  generateDemoDataset,
  type InMemoryAdapter,
  type InMemoryAdapterOptions,
} from '../../src/adapters/in-memory';

/** How a story wants its data: the demo data set's size and seed, and simulated network behaviour. */
export interface DemoDataParameters {
  /** How many syncs (default 2,000). */
  syncs?: number;
  /** The seed (default 42). */
  seed?: number;
  /** Give one expenses sync this many push items. */
  largeSyncItems?: number;
  /** Latency and fault injection for the in-memory adapter. */
  options?: InMemoryAdapterOptions;
  /** Use this adapter instead of the demo one (e.g. one that always fails). */
  adapter?: SyncHealthAdapter;
}

const datasets = new Map<string, DemoDataset>();

/** The demo data set for these parameters, generated once per page (100,000 syncs take a moment). */
export function demoDataset({ syncs = 2000, seed = 42, largeSyncItems }: DemoDataParameters = {}): DemoDataset {
  const key = `${seed}:${syncs}:${largeSyncItems ?? 0}`;
  let dataset = datasets.get(key);
  if (!dataset) {
    dataset = generateDemoDataset({ seed, syncs, largeSyncItems });
    datasets.set(key, dataset);
  }
  return dataset;
}

/** A fresh in-memory adapter over the (shared, read-only) demo data set, so stories never affect each other. */
export function demoAdapter(parameters: DemoDataParameters = {}): InMemoryAdapter {
  return createInMemoryAdapter(demoDataset(parameters), parameters.options);
}
