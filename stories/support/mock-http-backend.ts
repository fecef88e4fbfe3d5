/**
 * A mock backend for stories: a `fetch` function (no network) that serves the REST contract
 * (`api/sync-health.openapi.yaml`) with the library's own reference handler (`createSyncHealthHandler`
 * of `react-sync-health/server`) over an in-memory adapter, with its latency and failures, plus
 * malformed bodies on demand, so components can run over `createHttpAdapter({ baseUrl: '/api', fetch })`.
 * The tests run the same handler behind a real HTTP server on loopback (`test/adapters/http/reference-server.ts`).
 */
import type { FetchFunction } from '../../src/adapters/http/json-request';
import type { InMemoryAdapter } from '../../src/adapters/in-memory';
import { createAdapterBackedStore } from '../../src/server/adapter-store';
import { createSyncHealthHandler, type SyncHealthHandler } from '../../src/server/handler/create-sync-health-handler';
import { jsonResponse } from '../../src/server/handler/problem';
import { matchRoute, type SyncHealthOperation } from '../../src/server/handler/routes';
import { type DemoDataParameters, demoAdapter, demoDataset } from './demo-adapter';

/** Replaces the successful JSON answer of an operation (e.g. with a malformed body), or leaves it (`undefined`). */
export type AnswerOverride = (operation: SyncHealthOperation, body: unknown) => Response | undefined;

/** The operation a request to a handler served under `basePath` calls, when it calls one. */
function operationOf(request: Request, basePath: string): SyncHealthOperation | undefined {
  const path = new URL(request.url).pathname;
  const base = basePath.replace(/\/+$/, '');
  if (!path.startsWith(`${base}/`)) return undefined;
  try {
    const match = matchRoute(request.method, path.slice(base.length));
    return match && 'route' in match ? match.route.operation : undefined;
  } catch {
    return undefined;
  }
}

/** `handler`, except that `override` may replace each successful JSON answer. */
export function withAnswerOverride(handler: SyncHealthHandler, basePath: string, override: AnswerOverride): SyncHealthHandler {
  return async (request) => {
    const operation = operationOf(request, basePath);
    const response = await handler(request);
    if (operation === undefined || !response.ok || response.headers.get('Content-Type') !== 'application/json') return response;
    const body: unknown = await response.json();
    return override(operation, body) ?? jsonResponse(body, response.status);
  };
}

/** How the mock backend breaks a successful answer. */
export type MalformedBody =
  /** The body is cut off: not JSON at all. */
  | 'invalidJson'
  /** Valid JSON, but its first field is `null`, which the contract never allows. */
  | 'wrongShape';

/** Options of {@link createMockFetch}. */
export interface MockHttpBackendOptions {
  /**
   * The demo data and the simulated network behind the mock (`options: { latency, failRate, failOn }`:
   * a failure of kind `notFound` is answered 404, `unauthorized` 401, `network` 503, `unsupported` 501).
   * Ignored when `adapter` is given.
   */
  data?: DemoDataParameters;
  /** Serve this in-memory adapter instead of one over demo data. */
  adapter?: InMemoryAdapter;
  /** The path the contract is served under. Default `/api`. */
  basePath?: string;
  /** The company whose history `GET /customer/syncs` serves. Default: the company of the newest sync. */
  customerCompanyId?: string;
  /** Operations whose successful answers come back malformed. */
  malformed?: Partial<Record<SyncHealthOperation, MalformedBody>>;
}

function malformedResponse(kind: MalformedBody, body: unknown): Response {
  const json = JSON.stringify(body);
  if (kind === 'invalidJson') return new Response(json.slice(0, Math.max(1, Math.floor(json.length / 2))), { headers: { 'Content-Type': 'application/json' } });
  const [firstKey] = Object.keys(body as object);
  return jsonResponse(firstKey === undefined ? null : { ...(body as object), [firstKey]: null });
}

/** Rejects as `fetch` does when `signal` aborts: with an `AbortError`, whether or not the answer is ready. */
function unlessAborted(answer: Promise<Response>, signal: AbortSignal | null | undefined): Promise<Response> {
  if (!signal) return answer;
  const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
  if (signal.aborted) return Promise.reject(abortError());
  return Promise.race([answer, new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(abortError()), { once: true }))]);
}

/**
 * A `fetch` function that answers the REST contract from an in-memory adapter, without any network.
 * Everyone is signed in: as support staff for the support operations, and as a customer of
 * `customerCompanyId` for `GET /customer/syncs` (401 when there is none). Requests outside
 * `basePath` are answered 404. Aborting a request rejects with an `AbortError`, as the real `fetch` does.
 *
 * @example
 * const fetch = createMockFetch({ data: { syncs: 500, options: { latency: 600 } } });
 * const adapter = createHttpAdapter({ baseUrl: '/api', fetch });
 */
export function createMockFetch(options: MockHttpBackendOptions = {}): FetchFunction & { adapter: InMemoryAdapter } {
  const adapter = options.adapter ?? demoAdapter(options.data);
  const customerCompanyId = options.customerCompanyId ?? (options.adapter ? undefined : demoDataset(options.data).syncs[0]?.companyId);
  const basePath = options.basePath ?? '/api';
  const handler = createSyncHealthHandler({
    store: createAdapterBackedStore(adapter, { customerAdapterFor: (companyId) => adapter.forCompany(companyId) }),
    basePath,
    canRetry: (sync) => adapter.canRetry(sync),
    authorize: (request) => {
      if (operationOf(request, basePath) !== 'listCustomerSyncs') return { role: 'support' };
      return customerCompanyId === undefined ? null : { role: 'customer', companyId: customerCompanyId };
    },
  });
  const served = withAnswerOverride(handler, basePath, (operation, body) => {
    const kind = options.malformed?.[operation];
    return kind ? malformedResponse(kind, body) : undefined;
  });
  const mockFetch = (input: string, init: RequestInit = {}): Promise<Response> => {
    const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
    return unlessAborted(served(new Request(new URL(input, base), init)), init.signal);
  };
  return Object.assign(mockFetch, { adapter });
}
