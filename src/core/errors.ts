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
  /** What went wrong. */
  readonly kind: SyncHealthErrorKind;
  /** For `invalidResponse`: the path of the offending field. */
  readonly field?: string;
  /** For HTTP adapters: the response status. */
  readonly httpStatus?: number;

  constructor(kind: SyncHealthErrorKind, message: string, options: SyncHealthErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SyncHealthError';
    this.kind = kind;
    if (options.field !== undefined) this.field = options.field;
    if (options.httpStatus !== undefined) this.httpStatus = options.httpStatus;
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
