/**
 * Sorted orders of the sync table, one per sort field, built once on first use. Each is ascending
 * with ties broken by sync ID; a descending list is the same order read backwards (so its ties run by
 * sync ID descending), which keeps paging stable in both directions without a second sort.
 */
import type { SyncSortField } from '../../core/query';
import type { SyncTable } from './sync-table';

/** Compares two strings by UTF-16 code units: fast, and the same in every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two numbers, `Infinity` included (subtraction would give `NaN` for two of them). */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const PREFIX_LENGTH = 7;
const PREFIX_BASE = 129;

/**
 * A number per text whose order agrees with the texts' order wherever the numbers differ, so a sort
 * compares two numbers and only compares the texts when the numbers are equal. It encodes the first
 * seven characters in base 129: ASCII as itself, anything above as 128 (and nothing after it, so
 * texts that differ only beyond such a character get equal numbers and fall back to the text).
 */
function prefixKeys(texts: readonly string[]): Float64Array {
  const keys = new Float64Array(texts.length);
  texts.forEach((text, index) => {
    let key = 0;
    let ended = false;
    for (let offset = 0; offset < PREFIX_LENGTH; offset += 1) {
      let digit = 0;
      if (!ended && offset < text.length) {
        const code = text.charCodeAt(offset);
        digit = code < 128 ? code : 128;
        if (code >= 128) ended = true;
      }
      key = key * PREFIX_BASE + digit;
    }
    keys[index] = key;
  });
  return keys;
}

/**
 * The ascending order of every sort field, built lazily and dropped when the data it reads changes.
 * Time fields sort by number and compare IDs only on a tie (rare), which is quick on data that is
 * already in time order, as the demo data is. Status code and company ID have few distinct values and
 * ties everywhere, so they are bucketed (stably) along the sync ID order instead of sorted.
 */
export class SortOrders {
  private readonly table: SyncTable;
  private readonly nowMs: () => number;
  private readonly orders = new Map<SyncSortField, Uint32Array>();
  private syncIdOrder: Uint32Array | undefined;

  /** `nowMs` gives the moment a running sync's duration is measured to, when the duration order is built. */
  constructor(table: SyncTable, nowMs: () => number) {
    this.table = table;
    this.nowMs = nowMs;
  }

  /** Positions of the syncs sorted ascending by `field`, ties by sync ID ascending. */
  ascending(field: SyncSortField): Uint32Array {
    let order = this.orders.get(field);
    if (!order) {
      order = this.build(field);
      this.orders.set(field, order);
    }
    return order;
  }

  /** Forgets the orders that read a sync's status or end (after a retry changed one). */
  invalidateStatus(): void {
    this.orders.delete('statusCode');
    this.orders.delete('endedAt');
    this.orders.delete('duration');
  }

  private identity(): Uint32Array {
    const order = new Uint32Array(this.table.size);
    for (let position = 0; position < order.length; position += 1) order[position] = position;
    return order;
  }

  /** Positions in sync ID order. IDs never change, so this order is kept for good. */
  private idOrder(): Uint32Array {
    if (!this.syncIdOrder) {
      const ids = this.table.syncs.map((sync) => sync.id);
      this.syncIdOrder = this.byNumber(prefixKeys(ids), ids);
    }
    return this.syncIdOrder;
  }

  /** Sorts by a numeric column; equal values fall back to comparing sync IDs. */
  private byNumber(keys: Float64Array, ids = this.table.syncs.map((sync) => sync.id)): Uint32Array {
    return this.identity().sort(
      (a, b) => compareNumbers(keys[a] as number, keys[b] as number) || compareText(ids[a] as string, ids[b] as string),
    );
  }

  /**
   * Sorts by a field with few distinct values: `values` holds them (in any order) and
   * `valueIndexes[position]` is each sync's index in `values`. The values are ranked once; then a
   * stable counting sort along the sync ID order puts the syncs into one bucket per rank.
   */
  private byFewValues<T>(values: readonly T[], compare: (a: T, b: T) => number, valueIndexes: Uint16Array | Uint32Array): Uint32Array {
    const rankOf = new Uint32Array(values.length);
    values
      .map((_, index) => index)
      .sort((a, b) => compare(values[a] as T, values[b] as T))
      .forEach((index, rank) => {
        rankOf[index] = rank;
      });
    const bucketOf = (position: number) => rankOf[valueIndexes[position] as number] as number;
    const starts = new Uint32Array(values.length + 1);
    for (let position = 0; position < this.table.size; position += 1) {
      const next = bucketOf(position) + 1;
      starts[next] = (starts[next] as number) + 1;
    }
    for (let bucket = 0; bucket < values.length; bucket += 1) starts[bucket + 1] = (starts[bucket + 1] as number) + (starts[bucket] as number);
    const order = new Uint32Array(this.table.size);
    for (const position of this.idOrder()) {
      const bucket = bucketOf(position);
      const slot = starts[bucket] as number;
      order[slot] = position;
      starts[bucket] = slot + 1;
    }
    return order;
  }

  private build(field: SyncSortField): Uint32Array {
    const table = this.table;
    switch (field) {
      case 'syncId':
        return this.idOrder();
      case 'startedAt':
        return this.byNumber(table.startedAtMs);
      case 'endedAt':
        return this.byNumber(table.endedAtMs);
      case 'duration':
        return this.byNumber(table.durations(this.nowMs()));
      case 'statusCode':
        return this.byFewValues(table.distinctCodes, compareNumbers, table.codeSlots);
      case 'companyId':
        return this.byFewValues(table.companyIds, compareText, table.companyIndexes);
    }
  }
}
