/** Turns a totals timeline into evenly spaced buckets for the trend chart (framework-free). */
import type { DateRange } from '../../core/model';
import type { SyncTotals, TimelineBucket } from '../../core/query';
import { SYNC_STATUS_CATEGORIES, type SyncStatusCategory } from '../../core/status';

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

const STEP: Record<TimelineBucket, number> = { day: 86_400_000, hour: 3_600_000 };

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
 * Evenly spaced buckets from the first to the last one the totals report (gaps filled with zeros), or
 * across the filter's range when it has one.
 */
export function toTrendBuckets(totals: SyncTotals, range: DateRange | undefined): TrendBucket[] {
  const step = STEP[totals.bucket];
  const byStart = new Map<number, Record<SyncStatusCategory, number>>();
  for (const point of totals.timeline) byStart.set(Math.floor(Date.parse(point.start) / step) * step, point.byCategory);
  const starts = [...byStart.keys()];
  const rangeFrom = range?.from ? Date.parse(range.from) : Number.NaN;
  const rangeTo = range?.to ? Date.parse(range.to) : Number.NaN;
  const first = Number.isFinite(rangeFrom) ? Math.floor(rangeFrom / step) * step : Math.min(...starts);
  const last = Number.isFinite(rangeTo) ? Math.floor((rangeTo - 1) / step) * step : Math.max(...starts);
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return [];
  const buckets: TrendBucket[] = [];
  for (let start = Math.max(first, last - (MAX_BUCKETS - 1) * step); start <= last; start += step) {
    const counts = { ...emptyCounts(), ...byStart.get(start) };
    buckets.push({ start, counts, total: SYNC_STATUS_CATEGORIES.reduce((sum, category) => sum + counts[category], 0) });
  }
  return buckets;
}
