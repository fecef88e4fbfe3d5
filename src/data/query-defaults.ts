/**
 * The options every query of this library uses, whichever client runs it: the retry rule, back-off
 * and freshness. Server-safe: no React, no TanStack runtime, so a Server Component can prefetch with
 * exactly the options the browser will use.
 */
import { isSyncHealthError, isTimeoutError, type SyncHealthError } from '../core/errors';

/** How long fetched data counts as fresh before a remount refetches it. */
export const DEFAULT_STALE_TIME_MS = 30_000;

/**
 * Whether a failed query is worth trying again by itself: only network failures, at most twice. A
 * missing sync, a permission problem or malformed data will not fix itself, so it is shown at once;
 * so is a request that ran out of time ({@link isTimeoutError}): the person has already waited the
 * whole time limit, and is better served by the error and its "Try again" than by another wait.
 */
export function shouldRetryQuery(failureCount: number, error: SyncHealthError | Error): boolean {
  return failureCount < 2 && isSyncHealthError(error) && error.kind === 'network' && !isTimeoutError(error);
}

/** Exponential back-off for retried queries: 0.5 s, 1 s, 2 s … at most 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8000);
}

/** The retry rule, back-off and freshness every query of this library carries. */
export const baseQueryOptions = { retry: shouldRetryQuery, retryDelay, staleTime: DEFAULT_STALE_TIME_MS } as const;
