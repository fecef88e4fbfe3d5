/**
 * Turning the table's state into the query the adapter receives. Empty parts are left out, so equal
 * filters give equal query keys (and one cache entry) however the UI produced them.
 */
import type { PageRequest } from '../../core/model';
import type { SyncFilter, SyncListQuery, SyncSort } from '../../core/query';

/** No filters at all. */
export const NO_FILTERS: SyncFilter = Object.freeze({});

/** The filter with empty parts removed (blank search, empty lists, an open range). */
export function compactFilter(filter: SyncFilter): SyncFilter {
  const compact: SyncFilter = { ...filter };
  const search = filter.search?.trim();
  if (search) compact.search = search;
  else delete compact.search;
  if (!filter.companyId) delete compact.companyId;
  if (!filter.product) delete compact.product;
  if (!filter.errorText) delete compact.errorText;
  if (!filter.errorTemplate) delete compact.errorTemplate;
  if (!filter.range?.from && !filter.range?.to) delete compact.range;
  else {
    const range: NonNullable<SyncFilter['range']> = {};
    if (filter.range.from) range.from = filter.range.from;
    if (filter.range.to) range.to = filter.range.to;
    compact.range = range;
  }
  if (!filter.statusCodes?.length) delete compact.statusCodes;
  if (!filter.statusCategories?.length) delete compact.statusCategories;
  return compact;
}

/** Whether a filter narrows anything. */
export function hasActiveFilters(filter: SyncFilter): boolean {
  const compact = compactFilter(filter);
  return Object.values(compact).some((value) => value !== undefined);
}

/** The adapter query for one page of the table. */
export function toSyncListQuery(filter: SyncFilter, sort: SyncSort, page: PageRequest): SyncListQuery {
  return { ...compactFilter(filter), sort, page };
}

