/**
 * The active filters in words, one entry per removable part: the filter bar shows them as chips, the
 * empty table names them ("Filters in use: …") so nobody wonders why the list is empty.
 */
import { readableErrorTemplate } from '../ui/error-template-text';
import type { Formatters } from '../../core/format';
import type { SyncFilter } from '../../core/query';
import { getStatusInfo } from '../../core/status';
import { describeStatus } from '../ui/shared-messages';
import type { SyncHistoryTableWords } from '../sync-history-table/messages';
import { choiceForRange, choiceLabel, type DateRangeChoice } from './date-range-presets';

/** One active part of a filter. */
export interface ActiveFilter {
  /** Stable key, e.g. `search` or `statusCode:5130`. */
  key: string;
  /** What it says: "Search: acme". */
  label: string;
  /** The filter without this part. */
  remove: (filter: SyncFilter) => SyncFilter;
}

/** What the description needs besides the filter. */
export interface DescribeFiltersContext {
  messages: SyncHistoryTableWords;
  formatters: Formatters;
  /** "Now", to recognise "last 7 days" and the like. */
  now: number;
  /** The date range choice shown in the filter bar, when it knows better than `now` does. */
  rangeChoice?: DateRangeChoice;
}

/** The filter without one of its fields. */
function omit(filter: SyncFilter, key: keyof SyncFilter): SyncFilter {
  const rest = { ...filter };
  delete rest[key];
  return rest;
}

/** The filter with one value taken out of a list field (and the field gone when it empties). */
function withoutValue<K extends 'statusCodes' | 'statusCategories'>(filter: SyncFilter, key: K, value: NonNullable<SyncFilter[K]>[number]): SyncFilter {
  const rest = ((filter[key] ?? []) as unknown[]).filter((entry) => entry !== value);
  return rest.length > 0 ? { ...filter, [key]: rest } : omit(filter, key);
}

/** The status label with its code: "Data write error (5130)". */
export function statusCodeLabel(code: number, messages: SyncHistoryTableWords): string {
  const { label } = describeStatus(getStatusInfo(code), messages);
  return messages.syncHistoryTable.statusWithCode(label, code);
}

/** The active parts of a filter, in the order the filter bar shows its controls. */
export function describeActiveFilters(filter: SyncFilter, context: DescribeFiltersContext): ActiveFilter[] {
  const { messages, formatters } = context;
  const text = messages.syncHistoryTable;
  const active: ActiveFilter[] = [];
  const search = filter.search?.trim();
  if (search) {
    active.push({ key: 'search', label: text.chipSearch(search), remove: (current) => omit(current, 'search') });
  }
  if (filter.companyId) {
    active.push({ key: 'company', label: text.chipCompany(filter.companyId), remove: (current) => omit(current, 'companyId') });
  }
  if (filter.range?.from || filter.range?.to) {
    const choice = context.rangeChoice && context.rangeChoice !== 'any' ? context.rangeChoice : choiceForRange(filter.range, context.now);
    const shown = choice === 'custom' || choice === 'any' ? formatters.dateRange(filter.range) : choiceLabel(choice, text);
    active.push({ key: 'range', label: text.chipRange(shown), remove: (current) => omit(current, 'range') });
  }
  for (const category of filter.statusCategories ?? []) {
    active.push({
      key: `statusCategory:${category}`,
      label: text.chipStatus(messages.categories[category] ?? category),
      remove: (current) => withoutValue(current, 'statusCategories', category),
    });
  }
  for (const code of filter.statusCodes ?? []) {
    active.push({
      key: `statusCode:${code}`,
      label: text.chipStatus(statusCodeLabel(code, messages)),
      remove: (current) => withoutValue(current, 'statusCodes', code),
    });
  }
  if (filter.errorText) {
    active.push({ key: 'errorText', label: text.chipErrorText(filter.errorText), remove: (current) => omit(current, 'errorText') });
  }
  if (filter.errorTemplate) {
    const label = text.chipErrorText(readableErrorTemplate(filter.errorTemplate));
    active.push({ key: 'errorTemplate', label, remove: (current) => omit(current, 'errorTemplate') });
  }
  if (filter.product) {
    const product = messages.products[filter.product] ?? filter.product;
    active.push({ key: 'product', label: text.chipProduct(product), remove: (current) => omit(current, 'product') });
  }
  return active;
}
