/**
 * Totals of the syncs matching a filter: per status code, per category and per day or hour on the
 * wall clock of the request's time zone. The database counts per (status code, bucket); the buckets'
 * starts and the categories are worked out here by the core's functions, as in the in-memory adapter.
 */
import type { SyncTotals, SyncTotalsQuery } from '../../core/query';
import { SYNC_STATUS_CATEGORIES, statusCategoryOf, type SyncStatusCategory } from '../../core/status';
import { DAY_MS } from '../../core/time-units';
import { startOfWallTime } from '../../core/zoned-dates';
import { checkTimeZone } from '../../adapters/in-memory/zone-offsets';
import { normalizeFilter } from '../../adapters/in-memory/sync-filter';
import { SqlParams, type SqlClient } from './sql-client';
import { MATCHES_NOTHING, syncFilterSql } from './sync-filter-sql';
import { dayNumberSql, hourStartSql, wallTimeSql, zoneStepsForStored } from './zone-steps';

/** Zero in every category. */
function noCategories(): Record<SyncStatusCategory, number> {
  return Object.fromEntries(SYNC_STATUS_CATEGORIES.map((category) => [category, 0])) as Record<SyncStatusCategory, number>;
}

/**
 * The totals of a query. A time zone the runtime does not know is rejected (`unsupported`) before
 * anything is read. Both statements read one snapshot.
 */
export async function querySyncTotals(client: SqlClient, query: SyncTotalsQuery): Promise<SyncTotals> {
  const timeZone = checkTimeZone(query.timeZone ?? 'UTC');
  const bucket = query.bucket ?? 'day';
  const hourly = bucket === 'hour';
  const params = new SqlParams();
  const where = syncFilterSql(query, params);
  const empty: SyncTotals = { total: 0, byStatusCode: [], byCategory: noCategories(), bucket, timeline: [] };
  if (where === MATCHES_NOTHING) return empty;
  const { fromMs, toMs } = normalizeFilter(query);
  const { rows, offsetAt } = await client.transaction(
    async (db) => {
      const steps = await zoneStepsForStored(db, timeZone, fromMs, toMs);
      const wallTime = wallTimeSql(steps, params);
      const bucketKey = hourly ? hourStartSql(wallTime) : dayNumberSql(wallTime);
      const counted = await db.query<{ code: number; bucket_key: number | string; count: number | string }>(
        `SELECT s.status_code AS code, ${bucketKey} AS bucket_key, count(*) AS count
           FROM syncs s WHERE ${where} GROUP BY 1, 2`,
        params.values,
      );
      return { rows: counted.rows, offsetAt: steps.offsetAt };
    },
    { readOnly: true },
  );
  if (rows.length === 0) return empty;

  const byCode = new Map<number, number>();
  const byBucket = new Map<number, Record<SyncStatusCategory, number>>();
  const byCategory = noCategories();
  let total = 0;
  for (const row of rows) {
    const count = Number(row.count);
    const category = statusCategoryOf(row.code);
    const key = Number(row.bucket_key);
    total += count;
    byCode.set(row.code, (byCode.get(row.code) ?? 0) + count);
    byCategory[category] += count;
    let counters = byBucket.get(key);
    if (!counters) byBucket.set(key, (counters = noCategories()));
    counters[category] += count;
  }
  const byStatusCode = [...byCode].map(([code, count]) => ({ code, count })).sort((a, b) => a.code - b.code);
  const timeline = [...byBucket.keys()]
    .sort((a, b) => a - b)
    .map((key) => ({
      start: new Date(hourly ? key : startOfWallTime(key * DAY_MS, offsetAt)).toISOString(),
      byCategory: byBucket.get(key) as Record<SyncStatusCategory, number>,
    }));
  return { total, byStatusCode, byCategory, bucket, timeline };
}
