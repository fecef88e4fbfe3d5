/**
 * Calendar days and wall-clock hours in a time zone. A date input gives "2026-11-03"; a filter or a
 * trend needs the moment that day starts in the provider's time zone (not the browser's, not UTC).
 * Offsets come from `@date-fns/tz`'s `tzOffset` (the runtime's own zone data through `Intl`); what
 * "the start of a day" means around a daylight-saving change is decided here, once:
 * - a wall time that happens twice (clocks go back) means its earlier moment;
 * - a wall time that never happens (clocks jump forward over it) means the first moment after the gap.
 * So 2026-09-06 in America/Santiago, where clocks jump from 00:00 to 01:00, starts at 01:00 local
 * (04:00Z), and a day with a change lasts 23 or 25 hours. This is what `Temporal` calls "compatible".
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time-units';

/** A function giving a zone's offset from UTC (ms, wall clock minus UTC) at a moment (ms). */
export type OffsetAt = (time: number) => number;

/** How far a time zone's wall clock is ahead of UTC at a moment, in ms; `NaN` for an unknown zone. */
export function zoneOffset(time: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(time)) * MINUTE_MS;
}

/** Whether the runtime knows a time zone by this name (IANA names such as `Europe/London`, or `UTC`). */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The first moment whose wall clock reads `wall` or later (`wall`: a wall-clock time written as if it
 * were UTC ms), under the rules in this module's header. Assumes at most one offset change within a
 * day either side of `wall`, which holds for every zone since the 1970s.
 */
export function startOfWallTime(wall: number, offsetAt: OffsetAt): number {
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  // Earlier candidate first: when both are real (clocks went back), the earlier one wins.
  for (const candidate of before >= after ? [wall - before, wall - after] : [wall - after, wall - before]) {
    if (candidate + offsetAt(candidate) === wall) return candidate;
  }
  // `wall` fell in a gap (clocks jumped forward over it): find the moment of the jump, to the minute.
  let low = wall - after; // still before the jump: reads earlier than `wall`
  let high = wall - before; // after the jump: reads later than `wall`
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (middle + offsetAt(middle) >= wall) high = middle;
    else low = middle;
  }
  return high;
}

/** The moment the wall-clock day containing `time` starts, in ms. */
export function startOfDayAt(time: number, offsetAt: OffsetAt): number {
  const wall = time + offsetAt(time);
  return startOfWallTime(wall - positiveModulo(wall, DAY_MS), offsetAt);
}

/**
 * The moment the wall-clock hour containing `time` starts, in ms: on the quarter hour in a +05:45
 * zone. The hour a clock goes back over happens twice and is two buckets.
 */
export function startOfHourAt(time: number, offsetAt: OffsetAt): number {
  return time - positiveModulo(time + offsetAt(time), HOUR_MS);
}

/** The start of the wall-clock day or hour after the one starting at `start`, in ms. */
export function nextBucketStart(start: number, bucket: 'day' | 'hour', offsetAt: OffsetAt): number {
  // One step and a bit lands inside the next day even on a 25-hour day; its start is then exact.
  const next = bucket === 'day' ? startOfDayAt(start + DAY_MS + 2 * HOUR_MS, offsetAt) : startOfHourAt(start + HOUR_MS, offsetAt);
  // A half-hour change (Australia/Lord_Howe) could floor back to `start`: never step backwards.
  return next > start ? next : start + (bucket === 'day' ? DAY_MS : HOUR_MS);
}

/** `value` modulo `divisor`, from 0 up to `divisor` also for negative values. */
export function positiveModulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/** The offsets of one time zone, read through `Intl` (cached by `tzOffset`). */
export function offsetsIn(timeZone: string): OffsetAt {
  return (time) => zoneOffset(time, timeZone);
}

/** Every UTC offset in use since 1972, and every moment one changes, falls on a quarter hour. */
const QUARTER_HOUR_MS = 15 * MINUTE_MS;

/**
 * The offsets of one time zone for counting many moments: read through `Intl` twice per UTC day
 * (the day's first and last quarter hour), and once per quarter hour only on a day the offset
 * changes. Bucketing a million syncs by day then costs a few hundred `Intl` calls, not a million.
 */
export function cachedOffsetsIn(timeZone: string): OffsetAt {
  const read = offsetsIn(timeZone);
  /** Each UTC day's offset, or `NaN` on a day it changes. */
  const days = new Map<number, number>();
  const quarters = new Map<number, number>();
  let lastDay = Number.NaN;
  let lastOffset = Number.NaN;
  return (time) => {
    const day = Math.floor(time / DAY_MS);
    if (day === lastDay) return lastOffset;
    let offset = days.get(day);
    if (offset === undefined) {
      const first = read(day * DAY_MS);
      offset = first === read((day + 1) * DAY_MS - QUARTER_HOUR_MS) ? first : Number.NaN;
      days.set(day, offset);
    }
    if (!Number.isNaN(offset)) {
      lastDay = day;
      lastOffset = offset;
      return offset;
    }
    const quarter = Math.floor(time / QUARTER_HOUR_MS);
    offset = quarters.get(quarter);
    if (offset === undefined) {
      offset = read(quarter * QUARTER_HOUR_MS);
      quarters.set(quarter, offset);
    }
    return offset;
  };
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(day: string): boolean {
  const match = DAY_PATTERN.exec(day);
  if (!match) return false;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const time = new Date(Date.UTC(year, month - 1, date));
  return time.getUTCFullYear() === year && time.getUTCMonth() === month - 1 && time.getUTCDate() === date;
}

/**
 * The moment a calendar day (`YYYY-MM-DD`) starts in a time zone, as ISO 8601 UTC; `undefined` if not
 * a day or the zone is unknown.
 */
export function startOfDayIn(day: string, timeZone: string): string | undefined {
  if (!isCalendarDay(day)) return undefined;
  const time = startOfWallTime(Date.parse(`${day}T00:00:00Z`), offsetsIn(timeZone));
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** The calendar day (`YYYY-MM-DD`) a moment falls on in a time zone; `''` for an unreadable moment or zone. */
export function dayIn(iso: string | undefined, timeZone: string, shiftMs = 0): string {
  const time = iso === undefined ? Number.NaN : Date.parse(iso) + shiftMs;
  const wall = time + zoneOffset(time, timeZone);
  return Number.isFinite(wall) ? new Date(wall).toISOString().slice(0, 10) : '';
}

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
