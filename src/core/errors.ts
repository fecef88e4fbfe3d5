/**
 * Typed adapter errors, so the UI can word a failure for people ("You are not signed in" rather than
 * "Request failed with status 401").
 */

/**
 * What went wrong:
 * - `notFound`: the sync (or company) does not exist, or the caller may not see it.
 * - `unauthorized`: the caller is not signed in or lacks permission.
 * - `network`: the backend could not be reached, timed out or failed (5xx).
 * - `invalidResponse`: the backend answered, but not with what the contract promises.
 * - `unsupported`: the adapter does not offer this operation (e.g. retry).
 * - `aborted`: the request was cancelled because nobody needs its answer any more.
 */
export type SyncHealthErrorKind =
  | 'notFound'
  | 'unauthorized'
  | 'network'
  | 'invalidResponse'
  | 'unsupported'
  | 'aborted';

/** Options for {@link SyncHealthError}. */
export interface SyncHealthErrorOptions {
  /** For `invalidResponse`: the path of the offending field, e.g. `items[3].startedAt`. */
  field?: string;
  /** For HTTP adapters: the response status. */
  httpStatus?: number;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * The one error type adapters throw and components show. Adapters should throw it with the right
 * `kind`; anything else they throw is wrapped as a `network` error.
 */
export class SyncHealthError extends Error {
  // `declare`: the constructor sets every field (in this order, `name` last), so no field initialisers are emitted.
  /** What went wrong. */
  declare readonly kind: SyncHealthErrorKind;
  /** For `invalidResponse`: the path of the offending field. */
  declare readonly field?: string;
  /** For HTTP adapters: the response status. */
  declare readonly httpStatus?: number;

  constructor(kind: SyncHealthErrorKind, message: string, { field, httpStatus, cause }: SyncHealthErrorOptions = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.kind = kind;
    this.field = field;
    this.httpStatus = httpStatus;
    this.name = 'SyncHealthError';
  }
}

/** Whether a value is a {@link SyncHealthError} (works across bundle copies). */
export function isSyncHealthError(value: unknown): value is SyncHealthError {
  return (
    value instanceof SyncHealthError ||
    (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'SyncHealthError')
  );
}

/** Turns anything an adapter threw into a {@link SyncHealthError}. */
export function toSyncHealthError(value: unknown): SyncHealthError {
  if (isSyncHealthError(value)) return value;
  if (isAbortError(value)) return new SyncHealthError('aborted', 'The request was cancelled.', { cause: value });
  const detail = value instanceof Error ? value.message : typeof value === 'string' ? value : '';
  return new SyncHealthError('network', detail || 'The request failed.', { cause: value });
}

/** Whether a value is the error `fetch` and `AbortSignal` throw on abort. */
export function isAbortError(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'AbortError';
}
