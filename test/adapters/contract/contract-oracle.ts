/**
 * The contract's query semantics written the plainest way possible (filter an array, sort it, slice
 * it), straight from the TSDoc in `src/core/query.ts` and `src/adapters/contract.ts`. The contract
 * suite compares every adapter with it (error groups and failing companies: `error-groups-oracle.ts`).
 */
import type { Sync } from '../../../src/core/model';
import { toErrorTemplate } from '../../../src/core/error-templates';
import { DEFAULT_SYNC_SORT, type SyncFilter, type SyncSort, type SyncSortField } from '../../../src/core/query';
import { statusCategoryOf } from '../../../src/core/status';

function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a sync matches a filter. */
export function matchesFilter(sync: Sync, filter: SyncFilter): boolean {
  const search = (filter.search ?? '').trim().toLowerCase();
  const searched = [sync.id, sync.companyId, sync.companyName ?? ''];
  if (search && !searched.some((text) => text.toLowerCase().includes(search))) return false;
  if (filter.companyId && sync.companyId !== filter.companyId) return false;
  const started = Date.parse(sync.startedAt);
  if (filter.range?.from && started < Date.parse(filter.range.from)) return false;
  if (filter.range?.to && started >= Date.parse(filter.range.to)) return false;
  const codes = filter.statusCodes ?? [];
  const categories = filter.statusCategories ?? [];
  if ((codes.length > 0 || categories.length > 0) && !codes.includes(sync.statusCode) && !categories.includes(statusCategoryOf(sync.statusCode))) {
    return false;
  }
  if (filter.product && sync.product !== filter.product) return false;
  if (filter.errorText && !sync.messages.some((message) => message.severity === 'error' && message.text === filter.errorText)) return false;
  const template = filter.errorTemplate?.trim() ? filter.errorTemplate : undefined;
  if (template && !sync.messages.some((message) => message.severity === 'error' && toErrorTemplate(message.text) === template)) return false;
  return true;
}

function sortKey(field: SyncSortField, nowMs: number): (sync: Sync) => number | string {
  const ended = (sync: Sync) => (sync.endedAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(sync.endedAt));
  switch (field) {
    case 'startedAt':
      return (sync) => Date.parse(sync.startedAt);
    case 'endedAt':
      return ended;
    case 'duration':
      return (sync) => (sync.endedAt === undefined ? nowMs : ended(sync)) - Date.parse(sync.startedAt);
    case 'statusCode':
      return (sync) => sync.statusCode;
    case 'companyId':
      return (sync) => sync.companyId;
    case 'syncId':
      return (sync) => sync.id;
  }
}

/** The IDs of the syncs matching a filter, in the requested order (ties by sync ID, descending reversed). */
export function expectedIds(syncs: readonly Sync[], filter: SyncFilter, sort: SyncSort = DEFAULT_SYNC_SORT, now: string): string[] {
  const key = sortKey(sort.field, Date.parse(now));
  const ordered = syncs
    .filter((sync) => matchesFilter(sync, filter))
    .sort((a, b) => compare(key(a), key(b)) || compare(a.id, b.id))
    .map((sync) => sync.id);
  return sort.direction === 'desc' ? ordered.reverse() : ordered;
}
