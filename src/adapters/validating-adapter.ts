/**
 * Guards the adapter boundary: every call's answer is validated, and anything an adapter throws (or
 * returns instead of a promise) becomes a typed `SyncHealthError`. The data layer only ever talks to
 * adapters through these wrappers, so a misbehaving adapter can fail a panel but never crash a page.
 */
import { SyncHealthError, toSyncHealthError } from '../core/errors';
import {
  parseFailingCompanies,
  parsePushItemPage,
  parseRetryOutcome,
  parseSync,
  parseSyncConfig,
  parseSyncPage,
  parseSyncTotals,
  parseTopErrors,
  withConsistentTotal,
} from '../core/validate';
import { parseCustomerSyncPage } from '../core/validate-customer';
import { type AdapterCallContext, type CustomerSyncHistoryAdapter, defaultCanRetry, type SyncHealthAdapter } from './contract';

/** How long one adapter call may take by default before it is given up: 30 seconds. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Options of {@link withValidation} and {@link withCustomerValidation}. */
export interface ValidationOptions {
  /**
   * How long (ms) one adapter call may take. When it is over, the call's `ctx.signal` aborts with a
   * `DOMException` named `TimeoutError`, as `AbortSignal.timeout()` does (so a `fetch` behind it
   * stops), and the call fails with a `network` `SyncHealthError` ("The server did not answer within
   * 30 seconds.") caused by it (test it with `isTimeoutError`). Such a failure is not retried by the library's queries (unlike other
   * network failures): the panel shows the error with "Try again" after one time-out, instead of
   * loading for the limit three times over, or forever when the adapter ignores the signal. `0` turns
   * the limit off.
   * Default {@link DEFAULT_REQUEST_TIMEOUT_MS} (30 s).
   */
  requestTimeoutMs?: number;
}

/**
 * Calls the adapter with a signal that aborts when the caller's does or the time is up, and settles
 * as soon as that signal aborts, whether or not the adapter honours it.
 */
async function guarded<T>(
  method: string,
  call: (ctx: AdapterCallContext) => unknown,
  { signal: callerSignal }: AdapterCallContext,
  parse: (value: unknown) => T,
  timeoutMs: number,
): Promise<T> {
  const controller = new AbortController();
  const { signal } = controller;
  const forward = () => controller.abort(callerSignal.reason);
  // Aborts with a TimeoutError, as `AbortSignal.timeout()` does, which the call then fails with:
  // `toSyncHealthError` makes it a `network` error caused by it, what `isTimeoutError` (and so the
  // query retry rule) tells from other network failures.
  const timer =
    timeoutMs > 0
      ? setTimeout(() => controller.abort(new DOMException(`The server did not answer within ${timeoutMs / 1000} seconds.`, 'TimeoutError')), timeoutMs)
      : undefined;
  const aborted = new Promise((_, reject) => (signal.onabort = () => reject(signal.reason)));
  if (callerSignal.aborted) forward();
  callerSignal.addEventListener('abort', forward);
  // Set once the adapter has answered: only then is an `invalidResponse` the answer's fault, to be named by method.
  let parsing = false;
  try {
    const answer = await Promise.race([call({ signal }), aborted]);
    parsing = true;
    return parse(answer);
  } catch (error) {
    const problem = toSyncHealthError(error);
    throw parsing && problem.kind === 'invalidResponse'
      ? new SyncHealthError('invalidResponse', `${method}: ${problem.message}`, { field: problem.field, cause: error })
      : problem;
  } finally {
    clearTimeout(timer);
    callerSignal.removeEventListener('abort', forward);
  }
}

/** Adapter → time limit → its wrapper, so wrapping the same adapter again returns the same wrapper. */
const wrappers = new WeakMap<object, Map<number, object>>();
const ownWrappers = new WeakSet<object>();

function cachedWrapper<A extends object>(adapter: A, timeoutMs: number, wrap: () => A): A {
  if (ownWrappers.has(adapter)) return adapter;
  let byTimeout = wrappers.get(adapter);
  if (!byTimeout) wrappers.set(adapter, (byTimeout = new Map()));
  let wrapper = byTimeout.get(timeoutMs) as A | undefined;
  if (!wrapper) {
    wrapper = wrap();
    byTimeout.set(timeoutMs, wrapper);
    ownWrappers.add(wrapper);
  }
  return wrapper;
}

/** A file answer (`exportSyncsCsv`): a `Blob`, whatever its content. */
function parseFile(value: unknown): Blob {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return value;
  throw new SyncHealthError('invalidResponse', 'The export is not a file.');
}

/**
 * Wraps a support-facing adapter so every answer is validated, every failure is a `SyncHealthError`
 * and no call runs longer than `requestTimeoutMs`. Wrapping the same adapter twice (with the same
 * time limit) returns the same wrapper; wrapping a wrapper returns it unchanged.
 */
export function withValidation(
  adapter: SyncHealthAdapter,
  { requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS }: ValidationOptions = {},
): SyncHealthAdapter {
  return cachedWrapper(adapter, requestTimeoutMs, () => {
    const run = <T>(method: string, call: (ctx: AdapterCallContext) => unknown, ctx: AdapterCallContext, parse: (value: unknown) => T) =>
      guarded(method, call, ctx, parse, requestTimeoutMs);
    const retry = adapter.retryPushItems;
    const topErrors = adapter.getTopErrors;
    const failingCompanies = adapter.listFailingCompanies;
    const exportCsv = adapter.exportSyncsCsv;
    const wrapper: SyncHealthAdapter = {
      listSyncs: (query, ctx) =>
        run('listSyncs', (c) => adapter.listSyncs(query, c), ctx, (value) => withConsistentTotal(parseSyncPage(value), query.page)),
      getSyncTotals: (query, ctx) => run('getSyncTotals', (c) => adapter.getSyncTotals(query, c), ctx, parseSyncTotals),
      getSync: (syncId, ctx) => run('getSync', (c) => adapter.getSync(syncId, c), ctx, parseSync),
      getSyncConfig: (syncId, ctx) => run('getSyncConfig', (c) => adapter.getSyncConfig(syncId, c), ctx, parseSyncConfig),
      listPushItems: (syncId, query, ctx) =>
        run('listPushItems', (c) => adapter.listPushItems(syncId, query, c), ctx, (value) =>
          withConsistentTotal(parsePushItemPage(value), query.page),
        ),
      canRetry: (sync) => {
        try {
          return (adapter.canRetry ?? defaultCanRetry).call(adapter, sync) === true;
        } catch {
          return false;
        }
      },
    };
    if (typeof topErrors === 'function') {
      wrapper.getTopErrors = (query, ctx) => run('getTopErrors', (c) => topErrors.call(adapter, query, c), ctx, parseTopErrors);
    }
    if (typeof failingCompanies === 'function') {
      wrapper.listFailingCompanies = (query, ctx) =>
        run('listFailingCompanies', (c) => failingCompanies.call(adapter, query, c), ctx, parseFailingCompanies);
    }
    if (typeof exportCsv === 'function') {
      // No time limit: a whole history takes as long as it takes, and the person can cancel it.
      wrapper.exportSyncsCsv = (query, ctx) => guarded('exportSyncsCsv', (c) => exportCsv.call(adapter, query, c), ctx, parseFile, 0);
    }
    if (typeof retry === 'function') {
      wrapper.retryPushItems = (syncId, request, ctx) =>
        run('retryPushItems', (c) => retry.call(adapter, syncId, request, c), ctx, parseRetryOutcome);
    }
    return wrapper;
  });
}

/**
 * Wraps a customer adapter so every answer is validated, every failure is a `SyncHealthError` and no
 * call runs longer than `requestTimeoutMs` (default 30 s, see {@link ValidationOptions}).
 */
export function withCustomerValidation(
  adapter: CustomerSyncHistoryAdapter,
  { requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS }: ValidationOptions = {},
): CustomerSyncHistoryAdapter {
  // No cache: the hook keys its queries by the host's adapter, so the wrapper's identity never matters.
  return { listSyncs: (query, ctx) => guarded('listSyncs', (c) => adapter.listSyncs(query, c), ctx, parseCustomerSyncPage, requestTimeoutMs) };
}
