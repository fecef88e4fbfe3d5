/**
 * What the in-memory adapter serves: syncs, and either stored push items and configurations or
 * functions that make them on demand. Build one by hand for tests, or with `generateDemoDataset`.
 */
import type { PushItem, Sync, SyncConfig } from '../../core/model';

/**
 * The data behind an in-memory adapter. Plain data, except for the optional `pushItemsFor` and
 * `configFor` makers, which let a large data set produce push items and configurations only when
 * someone asks for them.
 */
export interface InMemoryDataset {
  /** Every sync, in any order. Sync IDs must be unique. */
  syncs: Sync[];
  /** Push items per sync ID, in the order they were requested. Wins over `pushItemsFor`. */
  pushItems?: Record<string, PushItem[]>;
  /** Configuration per sync ID. Wins over `configFor`. */
  configs?: Record<string, SyncConfig>;
  /**
   * Makes a sync's push items on demand, for syncs not in `pushItems`. Must give the same items each
   * time for the same sync; the adapter caches a few and keeps any it has changed (by a retry).
   */
  pushItemsFor?: (sync: Sync) => PushItem[];
  /** Makes a sync's configuration on demand, for syncs not in `configs`. */
  configFor?: (sync: Sync) => SyncConfig;
  /**
   * The moment the data set describes, as an ISO 8601 string. The adapter uses it as "now" (for the
   * duration of running syncs and the times of retried items) unless given a clock. Absent: the real time.
   */
  now?: string;
  /** Seeds the adapter's simulated failures and retry results, unless its options give a seed. */
  seed?: number;
}
