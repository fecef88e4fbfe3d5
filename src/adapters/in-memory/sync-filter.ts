/**
 * Filtering the sync table: a filter is normalised once (so equal filters share a cache entry), then
 * matched against the columns in one tight loop that allocates nothing per sync.
 */
import type { Sync } from '../../core/model';
import type { SyncFilter } from '../../core/query';
import { SYNC_STATUS_CATEGORIES } from '../../core/status';
import { NO_TEMPLATE } from './error-template-index';
import { syncsContaining } from './sync-search';
import { PRODUCT_INDEX, parseTime, type SyncTable } from './sync-table';

/** A filter with its defaults applied and its parts in a fixed order. */
export interface NormalizedSyncFilter {
  /** Trimmed, lower-case search text; empty means no search. */
  search: string;
  /** Exact company ID, or `undefined`. */
  companyId: string | undefined;
  /** Inclusive start in ms (`-Infinity` when open). */
  fromMs: number;
  /** Exclusive end in ms (`Infinity` when open). */
  toMs: number;
  /** Sorted status codes. */
  statusCodes: number[];
  /** Sorted status categories. */
  statusCategories: string[];
  /** Product, or `undefined`. */
  product: string | undefined;
  /** Exact error message text a sync must report; empty means no such filter. */
  errorText: string;
  /** The template one of a sync's error messages must have; empty (or blank) means no such filter. */
  errorTemplate: string;
  /** A string that is equal for equal filters: the cache key. */
  key: string;
}

/** Applies a filter's defaults and orders its lists, so equal filters compare equal. */
export function normalizeFilter(filter: SyncFilter): NormalizedSyncFilter {
  const search = (filter.search ?? '').trim().toLowerCase();
  const companyId = filter.companyId === undefined || filter.companyId === '' ? undefined : filter.companyId;
  // An unreadable boundary does not narrow the range rather than hide everything.
  const fromMs = parseTime(filter.range?.from, Number.NEGATIVE_INFINITY);
  const toMs = parseTime(filter.range?.to, Number.POSITIVE_INFINITY);
  const statusCodes = [...new Set(filter.statusCodes ?? [])].sort((a, b) => a - b);
  const statusCategories = [...new Set<string>(filter.statusCategories ?? [])].sort();
  const product = filter.product;
  const errorText = filter.errorText ?? '';
  // Blank is no filter, as over HTTP (where a blank parameter is left out); a template is never blank.
  const errorTemplate = filter.errorTemplate?.trim() === '' ? '' : (filter.errorTemplate ?? '');
  const key = JSON.stringify([search, companyId ?? null, fromMs, toMs, statusCodes, statusCategories, product ?? null, errorText, errorTemplate]);
  return { search, companyId, fromMs, toMs, statusCodes, statusCategories, product, errorText, errorTemplate, key };
}

/** Which syncs matched: a flag per position (or `undefined` when all did) and how many. */
export interface FilterMatch {
  /** 1 where the sync at that position matches; `undefined` means every sync matches. */
  mask: Uint8Array | undefined;
  /** How many syncs match. */
  count: number;
}

/** The key of a filter that filters nothing: equal keys mean equal filters. */
const NO_FILTER_KEY = normalizeFilter({}).key;

/** For each status-code slot, whether the filter allows it (`undefined`: no status filter). */
function allowedSlots(table: SyncTable, filter: NormalizedSyncFilter): Uint8Array | undefined {
  if (filter.statusCodes.length === 0 && filter.statusCategories.length === 0) return undefined;
  const categoryIndexes = table.slotCategoryIndexes();
  return Uint8Array.from(table.distinctCodes, (code, slot) => {
    const category = SYNC_STATUS_CATEGORIES[categoryIndexes[slot] as number] as string;
    return filter.statusCodes.includes(code) || filter.statusCategories.includes(category) ? 1 : 0;
  });
}

/** Whether a sync reports an error message of exactly this text. */
export function hasError(sync: Sync, text: string): boolean {
  return sync.messages.some((message) => message.severity === 'error' && message.text === text);
}

/** Matches a normalised filter against every sync in the table. */
export function matchFilter(table: SyncTable, filter: NormalizedSyncFilter): FilterMatch {
  if (filter.key === NO_FILTER_KEY) return { mask: undefined, count: table.size };
  const mask = new Uint8Array(table.size);
  const companyIndex = filter.companyId === undefined ? -1 : (table.companyIndexById.get(filter.companyId) ?? -2);
  if (companyIndex === -2) return { mask, count: 0 };
  const productIndex = filter.product === undefined ? -1 : (PRODUCT_INDEX[filter.product as keyof typeof PRODUCT_INDEX] ?? -2);
  const templates = filter.errorTemplate === '' ? undefined : table.errorTemplates();
  const templateNumber = templates?.numberOf(filter.errorTemplate) ?? NO_TEMPLATE;
  if (templates !== undefined && templateNumber === NO_TEMPLATE) return { mask, count: 0 };
  const slots = allowedSlots(table, filter);
  const searchHits = filter.search === '' ? undefined : syncsContaining(table, filter.search);
  const { fromMs, toMs } = filter;
  const { startedAtMs, productIndexes, companyIndexes, codeSlots } = table;
  let count = 0;
  for (let position = 0; position < table.size; position += 1) {
    if (productIndex !== -1 && productIndexes[position] !== productIndex) continue;
    if (companyIndex !== -1 && companyIndexes[position] !== companyIndex) continue;
    const started = startedAtMs[position] as number;
    if (started < fromMs || started >= toMs) continue;
    if (slots !== undefined && slots[codeSlots[position] as number] === 0) continue;
    if (searchHits !== undefined && searchHits[position] === 0) continue;
    if (filter.errorText !== '' && !hasError(table.syncs[position] as Sync, filter.errorText)) continue;
    if (templates !== undefined && !templates.has(position, templateNumber)) continue;
    mask[position] = 1;
    count += 1;
  }
  return { mask, count };
}
