/**
 * Checks of what Codat's Sync API returns (the fields this adapter reads, as the Sync for Commerce and
 * Sync for Expenses OpenAPI specs define them). A malformed answer becomes an `invalidResponse` error
 * that names the endpoint and the field; fields the spec marks nullable may be `null`.
 */
import { SyncHealthError, isSyncHealthError } from '../../core/errors';
import { array, boolean, type Check, isoDateTime, number, object, oneOf, optional, string } from '../../core/schema';

/**
 * A Codat date-time. Codat may leave the zone out ("unqualified local time"); the fields read here are
 * UTC by definition (`syncUtc`), so a missing zone means UTC. A bare date means its midnight, UTC.
 */
export const codatDateTime: Check<string> = (value, path) => {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return isoDateTime(`${trimmed}T00:00:00Z`, path);
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(trimmed)) return isoDateTime(`${trimmed}Z`, path);
  }
  return isoDateTime(value, path);
};

/** Codat's `CompanySyncStatus` (plus `syncDateRangeUtc`, which a proxy may add from a `SyncSummary`). */
const companySyncStatus = object({
  syncId: optional(string()),
  syncStatusCode: number({ integer: true }),
  syncStatus: optional(string()),
  errorMessage: optional(string()),
  syncExceptionMessage: optional(string()),
  syncUtc: optional(codatDateTime),
  dataPushed: optional(boolean),
  syncDateRangeUtc: optional(object({ start: optional(codatDateTime), finish: optional(codatDateTime) })),
});

/** A sync status as this adapter reads it. */
export type CodatSyncStatus = ReturnType<typeof companySyncStatus>;

const connection = object({ platformName: optional(string()), sourceType: optional(string()), status: optional(string()) });

/** A data connection as this adapter reads it. */
export type CodatConnection = ReturnType<typeof connection>;

/** The transaction statuses of Sync for Expenses. */
export const CODAT_TRANSACTION_STATUSES = ['Unknown', 'Pending', 'ValidationError', 'Completed', 'PushError'] as const;

/** A status of an expenses transaction. */
export type CodatTransactionStatus = (typeof CODAT_TRANSACTION_STATUSES)[number];

const transaction = object({
  transactionId: optional(string()),
  status: optional(oneOf(CODAT_TRANSACTION_STATUSES)),
  message: optional(string()),
  integrationType: optional(string()),
});

/** An expenses transaction as this adapter reads it. */
export type CodatTransaction = ReturnType<typeof transaction>;

const transactionsPage = object({
  results: array(transaction, { max: 5_000 }),
  pageNumber: number({ integer: true, min: 0 }),
  pageSize: number({ integer: true, min: 0 }),
  totalResults: number({ integer: true, min: 0 }),
});

/** A page of expenses transactions as this adapter reads it. */
export type CodatTransactionsPage = ReturnType<typeof transactionsPage>;

/** Runs a check, naming what was being read in the error. */
function parse<T>(check: Check<T>, value: unknown, what: string): T {
  try {
    return check(value, '');
  } catch (error) {
    if (isSyncHealthError(error) && error.kind === 'invalidResponse') {
      throw new SyncHealthError('invalidResponse', `${what}: ${error.message}`, { field: error.field, cause: error });
    }
    throw error;
  }
}

/** `GET …/syncs/list/status`: every sync of a company for one product. */
export const parseSyncStatusList = (value: unknown, what: string) => parse(array(companySyncStatus, { max: 100_000 }), value, what);
/** `GET …/syncs/{syncId}/status`. */
export const parseSyncStatus = (value: unknown, what: string) => parse(companySyncStatus, value, what);
/** `GET /meta/companies/{companyId}/sync/commerce/status`: only its data connections are read. */
export const parseCommerceMetaStatus = (value: unknown, what: string) =>
  parse(object({ dataConnections: optional(array(connection, { max: 1_000 })) }), value, what).dataConnections ?? [];
/** `GET /companies/{companyId}/connections`: one page of connections. */
export const parseConnections = (value: unknown, what: string) =>
  parse(object({ results: optional(array(connection, { max: 5_000 })) }), value, what).results ?? [];
/** `GET …/expenses/syncs/{syncId}/transactions`. */
export const parseTransactionsPage = (value: unknown, what: string) => parse(transactionsPage, value, what);

/** A configuration document: any JSON object. */
export function parseConfiguration(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SyncHealthError('invalidResponse', `${what}: the response should be a JSON object.`, { field: 'response' });
  }
  return value as Record<string, unknown>;
}
