/**
 * Runtime validation of everything that crosses the adapter boundary. Each `parseX` returns a clean
 * copy of a well-formed value or throws a `SyncHealthError` of kind `invalidResponse` naming the field.
 * The customer history's answers are checked in `validate-customer.ts` (re-exported here), so that
 * the customer entry ships only those checks.
 */
import { SyncHealthError } from './errors';
import type { JsonValue, Page, PushItem, PushItemCounts, Sync, SyncConfig } from './model';
import { PUSH_ITEM_STATUSES, SYNC_PRODUCTS } from './model';
import type { RetryOutcome, SyncTotals, TopError } from './query';
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
import { count, dateRange, endsAfterStart, id, MAX_SYNC_MESSAGES, pageOf, syncMessage, withDefaults } from './validate-shared';

export { parseCustomerSyncPage } from './validate-customer';

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
    messages: optional(array(syncMessage, { max: MAX_SYNC_MESSAGES })),
    internalMessage: optional(string()),
    itemCounts: optional(itemCounts),
  }),
  endsAfterStart,
) as Check<Omit<Sync, 'messages'> & { messages?: Sync['messages'] }> as Check<Sync>;

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
    validationErrors: optional(array(validationMessage)),
    validationWarnings: optional(array(validationMessage)),
    attempts: optional(number({ integer: true, min: 0 })),
  }),
  (item) =>
    item.completedAt !== undefined && item.completedAt < item.requestedAt
      ? { field: 'completedAt', expected: 'on or after requestedAt', actual: item.completedAt }
      : undefined,
) as unknown as Check<PushItem>;

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

const MAX_JSON_DEPTH = 64;

function jsonValue(value: unknown, path: string, depth: number): JsonValue {
  if (depth > MAX_JSON_DEPTH) throw invalid(path, `nested at most ${MAX_JSON_DEPTH} levels deep`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(path, 'a finite number');
    return value;
  }
  if (Array.isArray(value)) return value.map((element, index) => jsonValue(element, `${path}[${index}]`, depth + 1));
  if (typeof value === 'object') {
    const result: { [key: string]: JsonValue } = {};
    for (const [key, element] of Object.entries(value)) result[key] = jsonValue(element, `${path}.${key}`, depth + 1);
    return result;
  }
  throw invalid(path, 'a JSON value');
}

function invalid(field: string, expected: string): SyncHealthError {
  return new SyncHealthError('invalidResponse', `The response field "${field}" should be ${expected}.`, { field });
}

const configCheck: Check<SyncConfig> = (value, path) => {
  const base = object({ syncId: id, companyId: id, isSnapshot: boolean })(value, path);
  const configuration = (value as { configuration?: unknown }).configuration;
  if (typeof configuration !== 'object' || configuration === null || Array.isArray(configuration)) {
    throw invalid('configuration', 'an object');
  }
  return { ...base, configuration: jsonValue(configuration, 'configuration', 0) as SyncConfig['configuration'] };
};

const retryOutcomeCheck: Check<RetryOutcome> = object({ retried: count, succeeded: count, failed: count, pending: count });

/** Validates one sync. */
export const parseSync = (value: unknown): Sync => withDefaults(syncCheck, { messages: [] })(value, '');
/** Validates one page of syncs. */
export const parseSyncPage = (value: unknown): Page<Sync> =>
  pageOf(withDefaults(syncCheck, { messages: [] }))(value, '');
/** Validates one push item. */
export const parsePushItem = (value: unknown): PushItem => normalisePushItem(pushItemCheck(value, ''));
/** Validates one page of push items. */
export const parsePushItemPage = (value: unknown): Page<PushItem> => {
  const page = pageOf(pushItemCheck)(value, '');
  return { ...page, items: page.items.map(normalisePushItem) };
};
/** Validates sync totals (missing categories count as zero). */
export const parseSyncTotals = (value: unknown): SyncTotals => totalsCheck(value, '');
/** Validates a sync configuration (the configuration must be plain JSON). */
export const parseSyncConfig = (value: unknown): SyncConfig => configCheck(value, '');
/** Validates a list of top errors. */
export const parseTopErrors = (value: unknown): TopError[] =>
  array(object({ text: string(), count }), { max: 1000 })(value, '');
/** Validates a retry outcome. */
export const parseRetryOutcome = (value: unknown): RetryOutcome => retryOutcomeCheck(value, '');

function normalisePushItem(item: PushItem): PushItem {
  return {
    ...item,
    validationErrors: item.validationErrors ?? [],
    validationWarnings: item.validationWarnings ?? [],
    attempts: item.attempts ?? 1,
  };
}
