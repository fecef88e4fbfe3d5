/**
 * The time zones the in-memory adapter counts days and hours in (totals, error groups): a zone is
 * checked once per call and its offsets are cached, read through `Intl` about twice per day of data
 * (`cachedOffsetsIn`), never per sync.
 */
import { SyncHealthError } from '../../core/errors';
import { cachedOffsetsIn, isTimeZone, type OffsetAt } from '../../core/zoned-dates';
import { RecentCache } from './recent-cache';

/**
 * How many zones' offsets to keep: a page counts in one zone, so a few serve the readers of the
 * moment, and callers passing ever more zones no longer grow the cache without bound. (A kept zone
 * still holds an offset or two per day it has counted, see `cachedOffsetsIn`.)
 */
const ZONES_KEPT = 8;

/** The cached offsets of the zones counted in last, kept for the next count (offsets never change). */
const offsetsByZone = new RecentCache<OffsetAt>(ZONES_KEPT);

/** The cached offsets of a zone the runtime knows (see {@link checkTimeZone}). */
export function offsetsFor(timeZone: string): OffsetAt {
  let offsetAt = offsetsByZone.get(timeZone);
  if (offsetAt === undefined) {
    offsetAt = cachedOffsetsIn(timeZone);
    offsetsByZone.set(timeZone, offsetAt);
  }
  return offsetAt;
}

/**
 * The zone, when the runtime knows it. An unknown one is the caller's mistake: it is rejected
 * (`unsupported`), rather than counted as UTC.
 */
export function checkTimeZone(timeZone: string): string {
  if (!isTimeZone(timeZone)) throw new SyncHealthError('unsupported', `Unknown time zone "${timeZone}": use an IANA name such as Europe/London, or UTC.`);
  return timeZone;
}
