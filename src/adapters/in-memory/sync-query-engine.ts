/**
 * Answers sync queries over the table: filter (cached by normalised filter), order (the cached sorted
 * order of the field, read forwards or backwards), page. The last few filter results and ordered
 * results are kept, so paging through one list, or asking for its totals, does not filter again.
 */
import type { Page, PageRequest, Sync } from '../../core/model';
import { clampPage, toPage } from '../../core/paging';
import {
  DEFAULT_SYNC_SORT,
  type SyncFilter,
  type SyncSort,
  type SyncSortField,
  type SyncTotals,
  type TimelineBucket,
} from '../../core/query';
import { matchFilter, normalizeFilter, type FilterMatch } from './sync-filter';
import { SortOrders } from './sort-orders';
import { RecentCache } from './recent-cache';
import { computeTotals } from './sync-totals';
import type { SyncTable } from './sync-table';
import { checkTimeZone } from './zone-offsets';

/** How many filter results and ordered results to keep. */
const CACHE_ENTRIES = 4;

/** Filters, sorts, pages and counts the syncs of a table. */
export class SyncQueryEngine {
  private readonly table: SyncTable;
  private readonly sortOrders: SortOrders;
  private readonly matches = new RecentCache<FilterMatch>(CACHE_ENTRIES);
  private readonly orderedMatches = new RecentCache<Uint32Array>(CACHE_ENTRIES);

  /** `nowMs` is the moment a running sync's duration is measured to. */
  constructor(table: SyncTable, nowMs: () => number) {
    this.table = table;
    this.sortOrders = new SortOrders(table, nowMs);
  }

  /** The syncs matching a filter (cached). */
  match(filter: SyncFilter): { key: string; match: FilterMatch } {
    const normalized = normalizeFilter(filter);
    let match = this.matches.get(normalized.key);
    if (!match) {
      match = matchFilter(this.table, normalized);
      this.matches.set(normalized.key, match);
    }
    return { key: normalized.key, match };
  }

  /**
   * Positions of every sync (matching or not) ascending by `field`, ties by sync ID ascending: built
   * once, never copied. Read backwards, it is the descending order.
   */
  ascending(field: SyncSortField): Uint32Array {
    return this.sortOrders.ascending(field);
  }

  /** Positions of every matching sync in the requested order (cached). */
  ordered(filter: SyncFilter, sort: SyncSort = DEFAULT_SYNC_SORT): Uint32Array {
    const { key, match } = this.match(filter);
    const orderKey = `${key}|${sort.field}|${sort.direction}`;
    const cached = this.orderedMatches.get(orderKey);
    if (cached) return cached;
    const ascending = this.sortOrders.ascending(sort.field);
    const { mask, count } = match;
    let result: Uint32Array;
    if (mask === undefined && sort.direction === 'asc') {
      result = ascending;
    } else {
      result = new Uint32Array(count);
      let next = 0;
      const size = ascending.length;
      for (let step = 0; step < size; step += 1) {
        const position = ascending[sort.direction === 'asc' ? step : size - 1 - step] as number;
        if (mask === undefined || mask[position] === 1) result[next++] = position;
      }
    }
    this.orderedMatches.set(orderKey, result);
    return result;
  }

  /**
   * One page of matching syncs in the requested order (the request clamped to the contract's
   * limits), each sync made into what the caller returns by `toItem`: a copy, or the customer's view.
   */
  page<T>(filter: SyncFilter, sort: SyncSort | undefined, requested: PageRequest | undefined, toItem: (sync: Sync) => T): Page<T> {
    const page = clampPage(requested);
    const ordered = this.ordered(filter, sort ?? DEFAULT_SYNC_SORT);
    const start = Math.min(page.index * page.size, ordered.length);
    const positions = ordered.subarray(start, Math.min(start + page.size, ordered.length));
    return toPage(Array.from(positions, (position) => toItem(this.table.syncs[position] as Sync)), page.index, page.size, ordered.length);
  }

  /**
   * Totals of the syncs matching a filter, bucketed by days or hours in a time zone. A zone the
   * runtime does not know is the caller's mistake: it is rejected, rather than counted as UTC.
   */
  totals(filter: SyncFilter, bucket: TimelineBucket = 'day', timeZone = 'UTC'): SyncTotals {
    return computeTotals(this.table, this.match(filter).match, bucket, checkTimeZone(timeZone));
  }

  /** Forgets everything that depends on statuses: call after a sync's status changed. */
  statusChanged(): void {
    this.matches.clear();
    this.orderedMatches.clear();
    this.sortOrders.invalidateStatus();
  }
}
