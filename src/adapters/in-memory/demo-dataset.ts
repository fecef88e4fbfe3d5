/**
 * The demo data set: realistic, deterministic sync history for stories, demos, tests and benchmarks.
 * The same options always give the same data, on every machine.
 */
import type { PushItem, Sync, SyncConfig } from '../../core/model';
import { generateCompanies, type DemoCompany } from './demo-companies';
import { generateSyncConfig } from './demo-config';
import { generatePushItems } from './demo-push-items';
import { describeOutcome } from './demo-sync-outcome';
import { generateSyncs } from './demo-syncs';
import type { InMemoryDataset } from './in-memory-dataset';
import { createKeyedRandom, createSeededRandom } from './seeded-random';
import { MINUTE_MS } from '../../core/time-units';

/** The moment demo data describes unless told otherwise, so stories look the same every day. */
export const DEFAULT_DEMO_NOW = '2026-11-22T12:00:00.000Z';

/** Options for {@link generateDemoDataset}. */
export interface DemoDatasetOptions {
  /** Seeds every random choice. The same seed (and options) always gives the same data. */
  seed: number;
  /** How many syncs to make (exactly). */
  syncs: number;
  /** How many companies share them (at most one per sync). Default: one per twenty syncs (at least one). */
  companies?: number;
  /** The moment the history ends, as an ISO 8601 string or a `Date`. Default {@link DEFAULT_DEMO_NOW}. */
  now?: string | Date;
  /**
   * Gives one sync this many push items, for the "very large sync" story: the newest failed (5130)
   * Sync for Expenses sync, or, if there is none, the newest finished expenses sync, which then fails.
   * Its ID is `largeSyncId`. Ignored when there are no expenses syncs.
   */
  largeSyncItems?: number;
}

/** A generated demo data set: ready for `createInMemoryAdapter`, plus what made it. */
export interface DemoDataset extends InMemoryDataset {
  /** Newest first. */
  syncs: Sync[];
  /** The companies the syncs belong to. */
  companies: DemoCompany[];
  /** The seed it was made from. */
  seed: number;
  /** The moment the history ends (ISO 8601). */
  now: string;
  /** The sync given `largeSyncItems` push items, if any. */
  largeSyncId?: string;
  /** Makes a sync's push items (deterministic; nothing is stored). */
  pushItemsFor: (sync: Sync) => PushItem[];
  /** Makes a sync's configuration (deterministic; nothing is stored). */
  configFor: (sync: Sync) => SyncConfig;
}

/** Share of a very large sync's items that fail. */
const LARGE_SYNC_FAILED_SHARE = 0.03;

function enlargeSync(seed: number, sync: Sync, company: DemoCompany, itemCount: number, nowMs: number): Sync {
  const random = createKeyedRandom(seed, `${sync.id}:large`);
  const failing = Math.max(1, Math.round(itemCount * LARGE_SYNC_FAILED_SHARE));
  const validationError = Math.floor(failing / 4);
  const timedOut = Math.min(failing - validationError - 1, Math.floor(failing / 50));
  const itemCounts = {
    failed: failing - validationError - timedOut,
    validationError,
    timedOut,
    pending: 0,
    success: itemCount - failing,
  };
  const startMs = Date.parse(sync.startedAt);
  // A sync this size runs long, but a finished sync cannot end after `now`.
  const durationMs = Math.round(Math.max(1000, Math.min(38 * MINUTE_MS, (nowMs - startMs) / 2)));
  const outcome = describeOutcome(random, seed, sync.id, company, 5130, itemCounts, durationMs);
  const enlarged: Sync = {
    ...sync,
    statusCode: 5130,
    statusText: outcome.statusText,
    endedAt: new Date(startMs + durationMs).toISOString(),
    dataPushed: itemCounts.success > 0,
    messages: outcome.messages,
    itemCounts,
  };
  if (outcome.internalMessage === undefined) delete enlarged.internalMessage;
  else enlarged.internalMessage = outcome.internalMessage;
  return enlarged;
}

function findLargeSyncIndex(syncs: readonly Sync[]): number {
  const expenses = (sync: Sync) => sync.product === 'expenses' && sync.endedAt !== undefined;
  const failed = syncs.findIndex((sync) => expenses(sync) && sync.statusCode === 5130);
  return failed >= 0 ? failed : syncs.findIndex(expenses);
}

/**
 * Generates a realistic, deterministic demo data set: many companies on both products, syncs spread
 * over the ninety days before `now` at realistic status rates (mostly successes; each failure code at
 * a few per cent; a few running at `now`; now and then the undocumented 4200), with messages, internal
 * exception text, data ranges, push items and configurations that agree with each status.
 *
 * Push items and configurations are made on demand by `pushItemsFor` and `configFor`, so 100,000 syncs
 * fit in memory comfortably.
 *
 * @example
 * const dataset = generateDemoDataset({ seed: 42, syncs: 2_000, largeSyncItems: 10_000 });
 * const adapter = createInMemoryAdapter(dataset, { latency: { min: 150, max: 400 } });
 */
export function generateDemoDataset(options: DemoDatasetOptions): DemoDataset {
  const seed = options.seed >>> 0;
  const syncCount = Math.max(0, Math.floor(options.syncs));
  const now = new Date(options.now ?? DEFAULT_DEMO_NOW).toISOString();
  const nowMs = Date.parse(now);
  const random = createSeededRandom(seed);
  // Never more companies than syncs: every company in the data set has at least one sync.
  const companyCount = Math.max(1, Math.min(Math.max(1, syncCount), Math.floor(options.companies ?? Math.round(syncCount / 20))));
  const companies = generateCompanies(random, companyCount, syncCount);
  const companiesById = new Map(companies.map((company) => [company.id, company]));
  const syncs = generateSyncs(random, seed, companies, nowMs);

  let largeSyncId: string | undefined;
  if (options.largeSyncItems !== undefined && options.largeSyncItems > 0) {
    const index = findLargeSyncIndex(syncs);
    const sync = syncs[index];
    const company = sync && companiesById.get(sync.companyId);
    if (sync && company) {
      syncs[index] = enlargeSync(seed, sync, company, Math.floor(options.largeSyncItems), nowMs);
      largeSyncId = sync.id;
    }
  }

  const dataset: DemoDataset = {
    syncs,
    companies,
    seed,
    now,
    pushItemsFor: (sync) => generatePushItems(seed, sync, nowMs, companiesById.get(sync.companyId)),
    configFor: (sync) => {
      const company = companiesById.get(sync.companyId);
      if (!company) throw new Error(`No demo company ${sync.companyId}`);
      return generateSyncConfig(company, sync);
    },
  };
  if (largeSyncId !== undefined) dataset.largeSyncId = largeSyncId;
  return dataset;
}
