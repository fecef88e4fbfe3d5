/**
 * The in-memory adapter's syncs, held both as objects (what callers get copies of) and as columns of
 * numbers (what filtering and sorting read). Columns let one query scan 100,000 syncs in a few
 * milliseconds: no date parsing, no string work and no allocation per sync.
 */
import type { Sync, SyncProduct } from '../../core/model';
import { SYNC_STATUS_CATEGORIES, statusCategoryOf } from '../../core/status';
import { ErrorTemplateIndex } from './error-template-index';

/** Index of each product in the `productIndexes` column. */
export const PRODUCT_INDEX: Readonly<Record<SyncProduct, number>> = { commerce: 0, expenses: 1 };

/** Parses an ISO time to milliseconds; an absent, empty or unreadable time becomes `fallback`. */
export function parseTime(value: string | undefined, fallback: number): number {
  const time = Date.parse(value ?? '');
  return Number.isNaN(time) ? fallback : time;
}

/** The position of `value` in `values`, which it joins (and `positions` with it) when first seen. */
function positionIn<T>(values: T[], positions: Map<T, number>, value: T): number {
  let position = positions.get(value);
  if (position === undefined) {
    position = values.length;
    values.push(value);
    positions.set(value, position);
  }
  return position;
}

/** The adapter's syncs, by position, as objects and as columns. */
export class SyncTable {
  /** How many syncs there are. */
  readonly size: number;
  /** The syncs as the adapter currently sees them (a retry replaces an entry, never edits it). */
  readonly syncs: Sync[];
  /** The syncs as the data set gave them, for making push items and configurations on demand. */
  readonly originalSyncs: readonly Sync[];
  /** Position of each sync ID. */
  readonly positionById: Map<string, number>;
  /** Start times in ms. */
  readonly startedAtMs: Float64Array;
  /** End times in ms; `Infinity` while in progress (so running syncs sort after finished ones). */
  readonly endedAtMs: Float64Array;
  /** Each sync's status code as a slot in `distinctCodes`, so a status filter is one array look-up. */
  readonly codeSlots: Uint16Array;
  /** The distinct status codes present, by slot. */
  readonly distinctCodes: number[];
  /** Index of each sync's product in `PRODUCT_INDEX`. */
  readonly productIndexes: Uint8Array;
  /** Each sync's company, as a position in `companyIds`. */
  readonly companyIndexes: Uint32Array;
  /** The distinct company IDs. */
  readonly companyIds: string[];
  /** Position of each company ID in `companyIds`. */
  readonly companyIndexById: Map<string, number>;
  /** Each sync's company name, as a position in `companyNames`. */
  readonly companyNameIndexes: Uint32Array;
  /** The distinct company names (`undefined` for the syncs without one). */
  readonly companyNames: (string | undefined)[];
  /** Sync IDs in lower case, for search. */
  readonly syncIdsLowerCase: string[];
  /** Each sync's error templates, made on first use. */
  private templateIndex: ErrorTemplateIndex | undefined;

  constructor(syncs: readonly Sync[]) {
    const size = syncs.length;
    this.size = size;
    this.syncs = syncs.slice();
    this.originalSyncs = syncs;
    this.positionById = new Map();
    this.startedAtMs = new Float64Array(size);
    this.endedAtMs = new Float64Array(size);
    this.codeSlots = new Uint16Array(size);
    this.distinctCodes = [];
    this.productIndexes = new Uint8Array(size);
    this.companyIndexes = new Uint32Array(size);
    this.companyIds = [];
    this.companyIndexById = new Map();
    this.companyNameIndexes = new Uint32Array(size);
    this.companyNames = [];
    const companyNameIndexByName = new Map<string | undefined, number>();
    this.syncIdsLowerCase = new Array<string>(size);
    // Search texts are made here, where each sync is read anyway: at a million syncs, reading them
    // all again on the first search would cost more than the search.
    for (let position = 0; position < size; position += 1) {
      const sync = syncs[position] as Sync;
      if (this.positionById.has(sync.id)) throw new Error(`Duplicate sync ID in the in-memory data set: ${sync.id}`);
      this.positionById.set(sync.id, position);
      // Most IDs are lower case already: then this is the same string, not a copy.
      this.syncIdsLowerCase[position] = sync.id.toLowerCase();
      this.startedAtMs[position] = parseTime(sync.startedAt, Number.NEGATIVE_INFINITY);
      this.productIndexes[position] = PRODUCT_INDEX[sync.product] ?? 0;
      this.companyIndexes[position] = positionIn(this.companyIds, this.companyIndexById, sync.companyId);
      this.companyNameIndexes[position] = positionIn(this.companyNames, companyNameIndexByName, sync.companyName);
      this.writeStatus(position, sync);
    }
  }

  private slotOf(code: number): number {
    let slot = this.distinctCodes.indexOf(code);
    if (slot < 0) {
      slot = this.distinctCodes.length;
      this.distinctCodes.push(code);
    }
    return slot;
  }

  private writeStatus(position: number, sync: Sync): void {
    this.codeSlots[position] = this.slotOf(sync.statusCode);
    this.endedAtMs[position] = parseTime(sync.endedAt, Number.POSITIVE_INFINITY);
  }

  /** How long each sync ran, in ms; a sync in progress counts until `nowMs`. */
  durations(nowMs: number): Float64Array {
    const durations = new Float64Array(this.size);
    for (let position = 0; position < this.size; position += 1) {
      const end = this.endedAtMs[position] as number;
      const duration = (end === Number.POSITIVE_INFINITY ? nowMs : end) - (this.startedAtMs[position] as number);
      durations[position] = Number.isFinite(duration) ? Math.max(0, duration) : 0;
    }
    return durations;
  }

  /** The category of each status-code slot, as an index into `SYNC_STATUS_CATEGORIES`. */
  slotCategoryIndexes(): Uint8Array {
    return Uint8Array.from(this.distinctCodes, (code) => SYNC_STATUS_CATEGORIES.indexOf(statusCategoryOf(code)));
  }

  /**
   * Each sync's error templates: made on the first call (one pass over the messages, templating each
   * distinct text once), not with the table, so that a table nobody asks about errors never pays.
   */
  errorTemplates(): ErrorTemplateIndex {
    this.templateIndex ??= new ErrorTemplateIndex(this.syncs);
    return this.templateIndex;
  }

  /**
   * Replaces a sync whose status, counts or messages changed (after a retry). Its ID, company (ID
   * and name), product and start time must stay the same.
   */
  replace(position: number, sync: Sync): void {
    this.syncs[position] = sync;
    this.writeStatus(position, sync);
    this.templateIndex?.replace(position, sync);
  }
}
