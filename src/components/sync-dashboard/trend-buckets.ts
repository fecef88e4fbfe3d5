/**
 * Turns a totals timeline into one bucket per calendar day (or hour) of a time zone for the trend
 * chart (framework-free): a day with a daylight-saving change is one 23- or 25-hour bucket.
 */
import type { DateRange } from '../../core/model';
import type { SyncTotals, TimelineBucket } from '../../core/query';
import { SYNC_STATUS_CATEGORIES, type SyncStatusCategory } from '../../core/status';
import { nextBucketStart, offsetsIn, startOfDayAt, startOfHourAt } from '../../core/zoned-dates';
import { DAY_MS, HOUR_MS } from '../../core/time-units';

/** One bar of the chart. */
export interface TrendBucket {
  /** Bucket start, ms since the epoch (UTC). */
  start: number;
  /** Counts per category. */
  counts: Record<SyncStatusCategory, number>;
  /** All syncs in the bucket. */
  total: number;
}

/** The most bars drawn; a longer range keeps its newest buckets. */
export const MAX_BUCKETS = 400;

const STEP: Record<TimelineBucket, number> = { day: DAY_MS, hour: HOUR_MS };

/** The bucket size for a date range: hours for ranges up to two days, days otherwise. */
export function bucketFor(range: DateRange | undefined, now: number): TimelineBucket {
  const from = range?.from ? Date.parse(range.from) : Number.NaN;
  const to = range?.to ? Date.parse(range.to) : now;
  return Number.isFinite(from) && Number.isFinite(to) && to - from <= 2 * STEP.day ? 'hour' : 'day';
}

function emptyCounts(): Record<SyncStatusCategory, number> {
  return Object.fromEntries(SYNC_STATUS_CATEGORIES.map((category) => [category, 0])) as Record<SyncStatusCategory, number>;
}

/**
 * One bucket per day (or hour) of `timeZone` from the first to the last one the totals report (gaps
 * filled with zeros), or across the filter's range when it has one; the newest {@link MAX_BUCKETS}.
 * `timeZone` should be the one the totals were asked for (the provider's); a bucket an adapter
 * reports in another zone's days lands on the day of this zone it starts in.
 */
export function toTrendBuckets(totals: SyncTotals, range: DateRange | undefined, timeZone = 'UTC'): TrendBucket[] {
  const { bucket } = totals;
  const offsetAt = offsetsIn(timeZone);
  const startOf = (time: number) => (bucket === 'day' ? startOfDayAt(time, offsetAt) : startOfHourAt(time, offsetAt));
  const byStart = new Map<number, Record<SyncStatusCategory, number>>();
  for (const point of totals.timeline) byStart.set(startOf(Date.parse(point.start)), point.byCategory);
  const starts = [...byStart.keys()];
  const rangeFrom = range?.from ? Date.parse(range.from) : Number.NaN;
  const rangeTo = range?.to ? Date.parse(range.to) : Number.NaN;
  const first = Number.isFinite(rangeFrom) ? startOf(rangeFrom) : Math.min(...starts);
  const last = Number.isFinite(rangeTo) ? startOf(rangeTo - 1) : Math.max(...starts);
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return [];
  // Calendar steps in the zone, not fixed 24 hours; capped so a long range keeps its newest buckets.
  const earliest = Math.max(first, startOf(last - MAX_BUCKETS * STEP[bucket]));
  const buckets: TrendBucket[] = [];
  for (let start = earliest; start <= last; start = nextBucketStart(start, bucket, offsetAt)) {
    const counts = { ...emptyCounts(), ...byStart.get(start) };
    buckets.push({ start, counts, total: SYNC_STATUS_CATEGORIES.reduce((sum, category) => sum + counts[category], 0) });
  }
  return buckets.slice(-MAX_BUCKETS);
}
