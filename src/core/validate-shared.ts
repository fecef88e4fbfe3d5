/**
 * The checks that the support-facing validation (`validate.ts`) and the customer validation
 * (`validate-customer.ts`) have in common: counts, IDs, date ranges, sync messages and pages.
 */
import type { Page } from './model';
import { array, boolean, type Check, isoDateTime, number, object, oneOf, optional, refine, string } from './schema';

/** A whole number, 0 or more. */
export const count = number({ integer: true, min: 0 });

/** A non-blank ID. */
export const id = string({ nonEmpty: true });

/** A period of data, either end open. */
export const dateRange = object({ from: optional(isoDateTime), to: optional(isoDateTime) });

/** One message a sync carries. */
export const syncMessage = object({
  severity: oneOf(['error', 'warning', 'note'] as const),
  text: string(),
  recordId: optional(string()),
});

/** At most this many messages per sync: more is a broken backend, not a sync to show. */
export const MAX_SYNC_MESSAGES = 1000;

/** The cross-field rule of a sync, for {@link refine} on `endedAt`: it cannot end before it started. */
export const endsAfterStart = <T extends { startedAt: string; endedAt?: string }>(value: T) =>
  value.endedAt !== undefined && value.endedAt < value.startedAt && 'on or after startedAt';

/** One page of items, each passing `item`, holding no more items than its page size. */
export function pageOf<T>(item: Check<T>): Check<Page<T>> {
  return refine(
    object({
      items: array(item, { max: 10_000 }),
      pageIndex: count,
      pageSize: number({ integer: true, min: 1 }),
      totalCount: optional(count),
      hasNextPage: boolean,
    }),
    'items',
    (page) => page.items.length > page.pageSize && `at most pageSize (${page.pageSize}) items`,
  );
}

/** The items with each key once, the first one kept (in their order). */
export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
