/**
 * Totals of the syncs a filter matched: per status code, per category and per UTC day or hour.
 * One pass over the columns, with counters per code slot and per time bucket, not per sync.
 */
import type { SyncTotals, TimelineBucket } from '../../core/query';
import { SYNC_STATUS_CATEGORIES, type SyncStatusCategory } from '../../core/status';
import type { FilterMatch } from './sync-filter';
import type { SyncTable } from './sync-table';

const BUCKET_MS: Readonly<Record<TimelineBucket, number>> = { day: 86_400_000, hour: 3_600_000 };

function emptyCategoryCounts(): Record<SyncStatusCategory, number> {
  const counts = {} as Record<SyncStatusCategory, number>;
  for (const category of SYNC_STATUS_CATEGORIES) counts[category] = 0;
  return counts;
}

function categoryCounts(counters: Uint32Array | Int32Array): Record<SyncStatusCategory, number> {
  const counts = emptyCategoryCounts();
  SYNC_STATUS_CATEGORIES.forEach((category, index) => {
    counts[category] = counters[index] as number;
  });
  return counts;
}

/** Counts the matched syncs per status code, per category and per time bucket (oldest bucket first). */
export function computeTotals(table: SyncTable, match: FilterMatch, bucket: TimelineBucket): SyncTotals {
  const bucketMs = BUCKET_MS[bucket];
  const slotCategories = table.slotCategoryIndexes();
  const perSlot = new Uint32Array(table.distinctCodes.length);
  const categoryCount = SYNC_STATUS_CATEGORIES.length;
  const perBucket = new Map<number, Uint32Array>();
  const { mask, count } = match;
  const { codeSlots, startedAtMs } = table;
  if (count > 0) {
    for (let position = 0; position < table.size; position += 1) {
      if (mask !== undefined && mask[position] === 0) continue;
      const slot = codeSlots[position] as number;
      perSlot[slot] = (perSlot[slot] as number) + 1;
      const started = startedAtMs[position] as number;
      if (!Number.isFinite(started)) continue;
      const bucketStart = Math.floor(started / bucketMs) * bucketMs;
      let counters = perBucket.get(bucketStart);
      if (counters === undefined) {
        counters = new Uint32Array(categoryCount);
        perBucket.set(bucketStart, counters);
      }
      const category = slotCategories[slot] as number;
      counters[category] = (counters[category] as number) + 1;
    }
  }

  const byCategory = new Uint32Array(categoryCount);
  const byStatusCode: SyncTotals['byStatusCode'] = [];
  table.distinctCodes.forEach((code, slot) => {
    const codeCount = perSlot[slot] as number;
    if (codeCount === 0) return;
    byStatusCode.push({ code, count: codeCount });
    const category = slotCategories[slot] as number;
    byCategory[category] = (byCategory[category] as number) + codeCount;
  });
  byStatusCode.sort((a, b) => a.code - b.code);

  const timeline = [...perBucket.keys()]
    .sort((a, b) => a - b)
    .map((start) => ({ start: new Date(start).toISOString(), byCategory: categoryCounts(perBucket.get(start) as Uint32Array) }));
  return { total: count, byStatusCode, byCategory: categoryCounts(byCategory), bucket, timeline };
}
