/**
 * A time zone's offsets as steps the database can read: "from this moment on, the offset is this",
 * worked out in JavaScript from the same cached offsets the in-memory adapter counts with
 * (`offsetsFor`), so that a day or hour in SQL is exactly the one the in-memory adapter counts in,
 * whatever time zone data the database has (PGlite and PostgreSQL carry their own). SQL finds a
 * moment's step with `width_bucket` and adds its offset: one array look-up per sync.
 */
import { checkTimeZone, offsetsFor } from '../../adapters/in-memory/zone-offsets';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/time-units';
import type { OffsetAt } from '../../core/zoned-dates';
import type { SqlParams, SqlQueryable } from './sql-client';

/** Offsets (and their changes) fall on quarter hours, see `cachedOffsetsIn` in the core. */
const QUARTER_HOUR_MS = 15 * MINUTE_MS;
/** Before any sync: the first step starts here. */
const EARLIEST = -Number.MAX_SAFE_INTEGER;

/** Where each offset starts (ascending, the first at {@link EARLIEST}), and the offsets. */
export interface ZoneSteps {
  /** The moment each step starts, in ms. */
  starts: number[];
  /** The zone's offset during each step, in ms. */
  offsets: number[];
  /** The offsets, for turning day numbers back into moments. */
  offsetAt: OffsetAt;
}

/**
 * The steps of a zone's offsets over `[fromMs, toMs]` (the starts of the syncs being counted): read
 * as `offsetAt` reads them, per UTC day, and per quarter hour on a day the offset changes. The first
 * step reaches back before `fromMs`, the last on after `toMs`. The zone must be one the runtime knows
 * (`checkTimeZone`, which rejects any other as the in-memory adapter does).
 */
export function zoneSteps(timeZone: string, fromMs: number, toMs: number): ZoneSteps {
  const offsetAt = offsetsFor(checkTimeZone(timeZone));
  const starts: number[] = [];
  const offsets: number[] = [];
  const step = (start: number, offset: number) => {
    if (offsets.length > 0 && offsets[offsets.length - 1] === offset) return;
    starts.push(offsets.length === 0 ? EARLIEST : start);
    offsets.push(offset);
  };
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs < fromMs) {
    step(EARLIEST, offsetAt(0));
    return { starts, offsets, offsetAt };
  }
  const lastDay = Math.floor(toMs / DAY_MS);
  for (let day = Math.floor(fromMs / DAY_MS); day <= lastDay; day += 1) {
    const dayStart = day * DAY_MS;
    const first = offsetAt(dayStart);
    step(dayStart, first);
    if (offsetAt(dayStart + DAY_MS - QUARTER_HOUR_MS) === first) continue;
    for (let quarter = dayStart + QUARTER_HOUR_MS; quarter < dayStart + DAY_MS; quarter += QUARTER_HOUR_MS) step(quarter, offsetAt(quarter));
  }
  return { starts, offsets, offsetAt };
}

/**
 * SQL for a sync's wall-clock time in the zone (`s.started_ms` plus the offset of its step), the
 * steps' arrays added to `params`.
 */
export function wallTimeSql(steps: ZoneSteps, params: SqlParams): string {
  const starts = params.add(steps.starts);
  const offsets = params.add(steps.offsets);
  return `(s.started_ms + (${offsets}::bigint[])[width_bucket(s.started_ms, ${starts}::bigint[])])`;
}

/** SQL for `value` modulo `divisor` from 0 up, also for a negative value (SQL's `%` keeps the sign). */
function positiveModuloSql(value: string, divisor: number): string {
  return `((${value} % ${divisor}) + ${divisor}) % ${divisor}`;
}

/** SQL for the number of the wall-clock day a sync started on (days since 1970-01-01 on the zone's clock). */
export function dayNumberSql(wallTime: string): string {
  return `((${wallTime} - ${positiveModuloSql(wallTime, DAY_MS)}) / ${DAY_MS})`;
}

/** SQL for the moment the wall-clock hour a sync started in begins (ms). */
export function hourStartSql(wallTime: string): string {
  return `(s.started_ms - ${positiveModuloSql(wallTime, HOUR_MS)})`;
}

/**
 * The steps of a zone over the starts of the stored syncs a filter's range allows (the oldest and
 * newest start come from the start index). Run it in the same snapshot as the query it serves.
 */
export async function zoneStepsForStored(db: SqlQueryable, timeZone: string, fromMs: number, toMs: number): Promise<ZoneSteps> {
  checkTimeZone(timeZone);
  const { rows } = await db.query<{ first: number | string | null; last: number | string | null }>(
    'SELECT min(started_ms) AS first, max(started_ms) AS last FROM syncs',
  );
  const span = rows[0];
  const first = Math.max(Number(span?.first ?? Number.NaN), fromMs);
  const last = Math.min(Number(span?.last ?? Number.NaN), toMs);
  return zoneSteps(timeZone, first, last);
}
