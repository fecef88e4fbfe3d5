/**
 * Typed adapter errors, so the UI can word a failure for people ("You are not signed in" rather than
 * "Request failed with status 401").
 */

/**
 * What went wrong:
 * - `notFound`: the sync (or company) does not exist, or the caller may not see it.
 * - `unauthorized`: the caller is not signed in or lacks permission.
 * - `network`: the backend could not be reached, timed out or failed (5xx). A time-out's `cause` is a
 *   `DOMException` named `TimeoutError` (see {@link isTimeoutError}).
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

  constructor(kind: SyncHealthErrorKind, message: string, options: SyncHealthErrorOptions = {}) {
    // Error takes `cause` from the options when they have one.
    super(message, options);
    this.kind = kind;
    this.field = options.field;
    this.httpStatus = options.httpStatus;
    this.name = 'SyncHealthError';
  }
}

/** Whether a value is an object (an error, usually) with this `name`. */
function isNamed(value: unknown, name: string): boolean {
  return typeof value === 'object' && (value as { name?: unknown } | null)?.name === name;
}

/** Whether a value is a {@link SyncHealthError} (works across bundle copies). */
export function isSyncHealthError(value: unknown): value is SyncHealthError {
  return value instanceof SyncHealthError || isNamed(value, 'SyncHealthError');
}

/**
 * Whether an error is a request that ran out of time: a {@link SyncHealthError} whose `cause` is a
 * `DOMException` named `TimeoutError`, as the validating layer's time limit (`requestTimeoutMs`) and
 * `AbortSignal.timeout()` give. The library does not retry these by itself: the person has already
 * waited the whole time limit, so the panel shows the error with "Try again" at once.
 */
export function isTimeoutError(value: unknown): boolean {
  return isSyncHealthError(value) && isNamed(value.cause, 'TimeoutError');
}

/** Turns anything an adapter threw into a {@link SyncHealthError}. */
export function toSyncHealthError(value: unknown): SyncHealthError {
  // The thrown text, or the error's message: read, not tested with `instanceof Error`, which is false
  // for an error of another realm (an iframe's) and for a DOMException in some DOMs (jsdom's).
  const detail = typeof value === 'string' ? value : (value as { message?: unknown } | null | undefined)?.message;
  return isSyncHealthError(value)
    ? value
    : isAbortError(value)
      ? new SyncHealthError('aborted', 'The request was cancelled.', { cause: value })
      : new SyncHealthError('network', (typeof detail === 'string' && detail) || 'The request failed.', { cause: value });
}

/** Whether a value is the error `fetch` and `AbortSignal` throw on abort. */
export function isAbortError(value: unknown): boolean {
  return isNamed(value, 'AbortError');
}
