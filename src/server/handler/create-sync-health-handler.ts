/**
 * The reference server of the REST contract (`react-sync-health/openapi.yaml`) as a Fetch-standard
 * handler: `Request` in, `Response` out, so it runs wherever `Request` does (Node's `http` through
 * `toNodeListener`, Express, Next.js route handlers, Bun, Deno, a service worker in stories).
 */
import { defaultCanRetry } from '../../adapters/contract';
import { isSyncHealthError, type SyncHealthErrorKind } from '../../core/errors';
import type { Sync } from '../../core/model';
import { answerOperation, type SyncHealthHandlerStore } from './answer-operation';
import { callerOf, checkAudience, type AuthorizeRequest } from './authorization';
import { HttpProblem, problemResponse } from './problem';
import { matchRoute } from './routes';

/** Options of {@link createSyncHealthHandler}. */
export interface SyncHealthHandlerOptions {
  /** Where the data comes from: a `SyncHealthStore` (on PostgreSQL or PGlite), or any object with its read methods and `requestRetry`. */
  store: SyncHealthHandlerStore;
  /**
   * Who is calling: `{ role: 'support' }`, `{ role: 'customer', companyId }` or `null` (answered 401).
   * Support staff reach every operation but `GET /customer/syncs`; customers reach only that, for
   * their own company; anyone else gets 403.
   */
  authorize: AuthorizeRequest;
  /**
   * The URL path the contract is served under, as the request's URL has it: `/api/sync-health`
   * serves `/api/sync-health/syncs`. Paths outside it are answered 404.
   * @default '/'
   */
  basePath?: string;
  /**
   * Whether a sync's push items may be retried; where it says no, a retry is answered 501 (the HTTP
   * adapter's `unsupported`). Give the HTTP adapter the same rule (its `canRetry`), so the
   * components offer retry exactly where it works.
   * @default the contract's rule, `defaultCanRetry`: Sync for Expenses syncs only
   */
  canRetry?: (sync: Sync) => boolean;
  /**
   * Hears every unexpected error (answered 500 without its message, which may hold internals) and
   * every failure of an export after its download started.
   * @default logs it with `console.error`
   */
  onError?: (error: unknown, request: Request) => void;
}

/** A Fetch-standard request handler. Never rejects: every failure is a problem response. */
export type SyncHealthHandler = (request: Request) => Promise<Response>;

/** The status a store's (or `authorize`'s) `SyncHealthError` is answered with; its message is the detail. */
const STATUS_OF_KIND: Record<SyncHealthErrorKind, number> = {
  notFound: 404,
  unauthorized: 401,
  network: 503,
  invalidResponse: 502,
  unsupported: 501,
  aborted: 499,
};

function logError(error: unknown): void {
  console.error('react-sync-health: the sync health handler failed.', error);
}

/** `basePath` without its trailing slashes (`''` for the root), starting with one slash. */
function normalizeBasePath(basePath: string): string {
  return `/${basePath.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
}

/** The problem response of a failure: refusals as they are, store errors by kind, anything else a 500 that tells nothing. */
function failureResponse(error: unknown, request: Request, onError: (error: unknown, request: Request) => void): Response {
  if (error instanceof HttpProblem) return problemResponse(error.status, error.message, error.headers);
  if (isSyncHealthError(error)) return problemResponse(STATUS_OF_KIND[error.kind] ?? 500, error.message);
  onError(error, request);
  return problemResponse(500, 'The server failed to answer. Try again later.');
}

/**
 * Creates the handler of every operation of the REST contract in `api/sync-health.openapi.yaml`
 * (shipped as `react-sync-health/openapi.yaml`), over a store, for the library's HTTP adapter.
 *
 * - Query parameters are read strictly: a malformed one is a 400 problem naming it; page sizes and
 *   limits are clamped as the contract says; parameters it does not name are ignored.
 * - Unknown paths are answered 404; a known path with another method 405, with `Allow`.
 * - Who may see what is `authorize`'s answer: 401 for nobody, 403 for a route that is not the
 *   caller's; a customer's history is always their own company's.
 * - `POST /syncs/{syncId}/push-items/retry` takes only `application/json` and passes its
 *   `Idempotency-Key` to the store, so a retry sent twice retries once.
 * - `GET /syncs/export.csv` streams every matching sync as CSV.
 * - Failures are `application/problem+json` (RFC 9457): a store's `SyncHealthError` by its kind
 *   (`notFound` 404, `unsupported` 501, `network` 503 …) with its message; anything else 500, with a
 *   message that tells nothing of it (`onError` hears it).
 *
 * @example
 * const handler = createSyncHealthHandler({
 *   store: createPostgresStore({ pool }),
 *   basePath: '/api/sync-health',
 *   authorize: async (request) => {
 *     const user = await sessions.userOf(request.headers.get('Cookie'));
 *     if (!user) return null;
 *     return user.isSupport ? { role: 'support' } : { role: 'customer', companyId: user.companyId };
 *   },
 * });
 * http.createServer(toNodeListener(handler)).listen(3000);
 */
export function createSyncHealthHandler(options: SyncHealthHandlerOptions): SyncHealthHandler {
  const { store, authorize, canRetry = defaultCanRetry, onError = logError } = options;
  const basePath = normalizeBasePath(options.basePath ?? '/');
  return async (request) => {
    try {
      const url = new URL(request.url);
      const path = url.pathname;
      if (!path.startsWith(`${basePath}/`)) throw new HttpProblem(404, 'No such path.');
      const match = matchRoute(request.method, path.slice(basePath.length));
      if (match === undefined) throw new HttpProblem(404, 'No such path.');
      if ('allowed' in match) throw new HttpProblem(405, `Use ${match.allowed.join(' or ')} here.`, { Allow: match.allowed.join(', ') });
      const caller = await callerOf(authorize, request);
      checkAudience(caller, match.route);
      return await answerOperation(match.route.operation, {
        store,
        canRetry,
        onError: (error) => onError(error, request),
        request,
        params: url.searchParams,
        caller,
        syncId: match.syncId ?? '',
      });
    } catch (error) {
      return failureResponse(error, request, onError);
    }
  };
}
