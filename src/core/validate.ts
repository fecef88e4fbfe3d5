/**
 * Runtime validation of everything that crosses the adapter boundary. Each `parseX` returns a clean
 * copy of a well-formed value or throws a `SyncHealthError` of kind `invalidResponse` naming the field.
 * The customer history's answers are checked in `validate-customer.ts` (re-exported here), so that
 * the customer entry ships only those checks.
 */
import { SyncHealthError } from './errors';
import type { Page, PageRequest, PushItem, PushItemCounts, Sync, SyncConfig } from './model';
import { PUSH_ITEM_STATUSES, SYNC_PRODUCTS } from './model';
import type { RetryOutcome, SyncTotals } from './query';
import { SYNC_STATUS_CATEGORIES, type SyncStatusCategory } from './status-category';
import {
  array,
  boolean,
  type Check,
  isoDateTime,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  string,
} from './schema';
import { count, dateRange, endsAfterStart, id, MAX_SYNC_MESSAGES, pageOf, syncMessage, uniqueBy } from './validate-shared';
import { boundedJson, jsonValue, PUSH_ITEM_JSON_BOUNDS } from './validate-json';

export { parseCustomerSyncPage } from './validate-customer';
export { parseFailingCompanies, parseTopErrors } from './validate-error-groups';

const itemCounts: Check<PushItemCounts> = object({
  pending: count,
  success: count,
  failed: count,
  timedOut: count,
  validationError: count,
});

const syncCheck: Check<Sync> = refine(
  object({
    id,
    companyId: id,
    companyName: optional(string()),
    product: oneOf(SYNC_PRODUCTS),
    statusCode: number({ integer: true }),
    statusText: optional(string()),
    startedAt: isoDateTime,
    endedAt: optional(isoDateTime),
    sourcePlatform: optional(string()),
    targetPlatform: optional(string()),
    dataRange: optional(dateRange),
    dataPushed: optional(boolean),
    // No messages (or `null`) is an empty list.
    messages: optional(array(syncMessage, { max: MAX_SYNC_MESSAGES }), []),
    internalMessage: optional(string()),
    itemCounts: optional(itemCounts),
  }),
  'endedAt',
  endsAfterStart,
);

const validationMessage = object({ message: string(), validatorName: optional(string()) });

const pushItemCheck: Check<PushItem> = refine(
  object({
    id,
    coreId: string(),
    dataType: string(),
    status: oneOf(PUSH_ITEM_STATUSES),
    requestedAt: isoDateTime,
    completedAt: optional(isoDateTime),
    errorMessage: optional(string()),
    // Absent lists are empty, and an item nobody counted the attempts of was tried once.
    validationErrors: optional(array(validationMessage), []),
    validationWarnings: optional(array(validationMessage), []),
    attempts: optional(number({ integer: true, min: 0 }), 1),
    pushedRecord: optional(boundedJson(PUSH_ITEM_JSON_BOUNDS)),
    platformResponse: optional(boundedJson(PUSH_ITEM_JSON_BOUNDS)),
  }),
  'completedAt',
  (item) => item.completedAt !== undefined && item.completedAt < item.requestedAt && 'on or after requestedAt',
);

const categoryCounts: Check<Record<SyncStatusCategory, number>> = (value, path) => {
  const counts = record(count)(value, path);
  const result = {} as Record<SyncStatusCategory, number>;
  for (const category of SYNC_STATUS_CATEGORIES) result[category] = counts[category] ?? 0;
  return result;
};

const totalsCheck: Check<SyncTotals> = object({
  total: count,
  byStatusCode: array(object({ code: number({ integer: true }), count }), { max: 10_000 }),
  byCategory: categoryCounts,
  bucket: oneOf(['day', 'hour'] as const),
  timeline: array(object({ start: isoDateTime, byCategory: categoryCounts }), { max: 100_000 }),
});

function invalid(field: string, expected: string): SyncHealthError {
  return new SyncHealthError('invalidResponse', `${field} should be ${expected}.`, { field });
}

const configCheck: Check<SyncConfig> = (value, path) => {
  const base = object({ syncId: id, companyId: id, isSnapshot: boolean })(value, path);
  const configuration = (value as { configuration?: unknown }).configuration;
  if (typeof configuration !== 'object' || configuration === null || Array.isArray(configuration)) {
    throw invalid('configuration', 'an object');
  }
  return { ...base, configuration: jsonValue(configuration, 'configuration') as SyncConfig['configuration'] };
};

const retryOutcomeCheck: Check<RetryOutcome> = object({ retried: count, succeeded: count, failed: count, pending: count });

/** Validates one sync. */
export const parseSync = (value: unknown): Sync => syncCheck(value, '');
/**
 * A page with each ID once (the first wins). A backend that repeats a row (a join gone wrong, a page
 * boundary that moved) would otherwise show it twice, and the list could not tell the rows apart.
 */
function uniqueById<T extends { id: string }>(page: Page<T>): Page<T> {
  return { ...page, items: uniqueBy(page.items, (item) => item.id) };
}

/**
 * The page with a `totalCount` that agrees with the page itself, for the request it answers: a list
 * sized by the total would otherwise wait forever for rows the backend said exist but never sends.
 * On the last page (`hasNextPage: false`) the total is exactly the items up to its end (or at most
 * that, for an empty page past the end); with more pages to come it is at least the items up to here.
 */
export function withConsistentTotal<T>(page: Page<T>, request: PageRequest): Page<T> {
  if (page.totalCount === undefined) return page;
  const upToHere = request.index * request.size + page.items.length;
  const totalCount = page.hasNextPage
    ? Math.max(page.totalCount, upToHere)
    : page.items.length > 0 || request.index === 0
      ? upToHere
      : Math.min(page.totalCount, upToHere);
  return totalCount === page.totalCount ? page : { ...page, totalCount };
}

/** Validates one page of syncs (a sync repeated in the page is kept once). */
export const parseSyncPage = (value: unknown): Page<Sync> =>
  uniqueById(pageOf(syncCheck)(value, ''));
/**
 * Validates one push item. Its `pushedRecord` and `platformResponse` must be plain JSON within
 * `PUSH_ITEM_JSON_BOUNDS` (20,000 values, 1,000,000 characters of text, 64 levels deep).
 */
export const parsePushItem = (value: unknown): PushItem => pushItemCheck(value, '');
/** Validates one page of push items (an item repeated in the page is kept once). */
export const parsePushItemPage = (value: unknown): Page<PushItem> => uniqueById(pageOf(pushItemCheck)(value, ''));
/** Validates sync totals (missing categories count as zero). */
export const parseSyncTotals = (value: unknown): SyncTotals => totalsCheck(value, '');
/** Validates a sync configuration (the configuration must be plain JSON). */
export const parseSyncConfig = (value: unknown): SyncConfig => configCheck(value, '');
/** Validates a retry outcome. */
export const parseRetryOutcome = (value: unknown): RetryOutcome => retryOutcomeCheck(value, '');
