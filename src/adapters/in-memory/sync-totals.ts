/**
 * Totals of the syncs a filter matched: per status code, per category and per day or hour in a time
 * zone. One pass over the columns, with counters per code slot and per time bucket, not per sync;
 * the zone's offsets are read through `Intl` about twice per day of data (`cachedOffsetsIn`), never
 * per sync.
 */
import type { SyncTotals, TimelineBucket } from '../../core/query';
import { SYNC_STATUS_CATEGORIES, type SyncStatusCategory } from '../../core/status';
import { DAY_MS, HOUR_MS } from '../../core/time-units';
import { positiveModulo, startOfWallTime } from '../../core/zoned-dates';
import type { FilterMatch } from './sync-filter';
import type { SyncTable } from './sync-table';
import { offsetsFor } from './zone-offsets';

/** The counters (one per category, in `SYNC_STATUS_CATEGORIES` order) as counts by category name. */
function categoryCounts(counters: Uint32Array): Record<SyncStatusCategory, number> {
  const counts = {} as Record<SyncStatusCategory, number>;
  SYNC_STATUS_CATEGORIES.forEach((category, index) => {
    counts[category] = counters[index] as number;
  });
  return counts;
}

/**
 * Counts the matched syncs per status code, per category and per time bucket (oldest bucket first).
 * A sync counts in the day (or hour) its start reads on the zone's wall clock; `timeZone` must be one
 * the runtime knows (the adapter checks).
 */
export function computeTotals(table: SyncTable, match: FilterMatch, bucket: TimelineBucket, timeZone = 'UTC'): SyncTotals {
  const offsetAt = offsetsFor(timeZone);
  const hourly = bucket === 'hour';
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
      const wall = started + offsetAt(started);
      // Hours are keyed by the moment they start (an hour the clock goes back over is two buckets);
      // days by their number on the wall clock, turned into moments once per day below.
      const key = hourly ? started - positiveModulo(wall, HOUR_MS) : Math.floor(wall / DAY_MS);
      let counters = perBucket.get(key);
      if (counters === undefined) {
        counters = new Uint32Array(categoryCount);
        perBucket.set(key, counters);
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
    .map((key) => ({
      start: new Date(hourly ? key : startOfWallTime(key * DAY_MS, offsetAt)).toISOString(),
      byCategory: categoryCounts(perBucket.get(key) as Uint32Array),
    }));
  return { total: count, byStatusCode, byCategory: categoryCounts(byCategory), bucket, timeline };
}
