/**
 * A mock backend for stories: a `fetch` function (no network) that serves the REST contract
 * (`api/sync-health.openapi.yaml`) from an in-memory adapter, with its latency and failures, plus
 * malformed bodies on demand, so components can run over `createHttpAdapter({ baseUrl: '/api', fetch })`.
 *
 * At its heart is `handleRestRequest`, a reference implementation of the contract as a Fetch API
 * handler (`Request` in, `Response` out) over any `SyncHealthAdapter`; the tests run the same handler
 * behind a real HTTP server on loopback. Query parameters are parsed strictly (a malformed one is a 400
 * problem), answers are the adapter's own, and adapter errors become `application/problem+json` with
 * the matching status.
 */
import type { CustomerSyncHistoryAdapter, SyncHealthAdapter } from '../../src/adapters/contract';
import type { FetchFunction } from '../../src/adapters/http/json-request';
import type { InMemoryAdapter } from '../../src/adapters/in-memory';
import { type DemoDataParameters, demoAdapter, demoDataset } from './demo-adapter';
import { SyncHealthError, isSyncHealthError, type SyncHealthErrorKind } from '../../src/core/errors';
import { PUSH_ITEM_STATUSES } from '../../src/core/model';
import { BadRequest, filter, list, oneOf, page, range, retryBody, sort, text, timeZone, wholeNumber } from './rest-params';

/** The operations of the contract, named after the adapter methods that call them. */
export type RestOperation =
  | 'listSyncs'
  | 'getSyncTotals'
  | 'getTopErrors'
  | 'listFailingCompanies'
  | 'getSync'
  | 'getSyncConfig'
  | 'listPushItems'
  | 'retryPushItems'
  | 'listCustomerSyncs';

/** What the handler serves. */
export interface RestContractBackend {
  /** Answers the support-facing operations. */
  adapter: SyncHealthAdapter;
  /**
   * The customer adapter for a request, as the host's auth would pick it (one company per signed-in
   * customer). `undefined` answers 401. Absent: `GET /customer/syncs` answers 401.
   */
  customerFor?: (request: Request) => CustomerSyncHistoryAdapter | undefined;
}

const STATUS_OF_KIND: Record<SyncHealthErrorKind, number> = {
  notFound: 404,
  unauthorized: 401,
  network: 503,
  invalidResponse: 502,
  unsupported: 501,
  aborted: 499,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 405: 'Method Not Allowed', 499: 'Client Closed Request',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
};

/** An `application/problem+json` response (RFC 9457). */
export function problemResponse(status: number, detail: string): Response {
  const body = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

/** A JSON response. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Which operation a method and path name, and the sync ID in the path. */
export function routeOf(method: string, path: string): { operation: RestOperation; syncId?: string } | 'methodNotAllowed' | undefined {
  const parts = path.split('/').filter((part) => part !== '').map(decodeURIComponent);
  const get = (operation: RestOperation, syncId?: string) => (method === 'GET' ? { operation, syncId } : 'methodNotAllowed' as const);
  if (parts[0] === 'customer' && parts[1] === 'syncs' && parts.length === 2) return get('listCustomerSyncs');
  if (parts[0] === 'failing-companies' && parts.length === 1) return get('listFailingCompanies');
  if (parts[0] !== 'syncs') return undefined;
  const [, syncId, child, action] = parts;
  if (syncId === undefined) return get('listSyncs');
  if (syncId === 'totals' && child === undefined) return get('getSyncTotals');
  if (syncId === 'top-errors' && child === undefined) return get('getTopErrors');
  if (child === undefined) return get('getSync', syncId);
  if (child === 'config' && action === undefined) return get('getSyncConfig', syncId);
  if (child === 'push-items' && action === undefined) return get('listPushItems', syncId);
  if (child === 'push-items' && action === 'retry' && parts.length === 4) {
    return method === 'POST' ? { operation: 'retryPushItems', syncId } : 'methodNotAllowed';
  }
  return undefined;
}

/** The `limit` parameter, when given. */
function limit(params: URLSearchParams): { limit?: number } {
  return text(params, 'limit') === undefined ? {} : { limit: wholeNumber(params, 'limit', 0) };
}

async function answer(backend: RestContractBackend, operation: RestOperation, syncId: string, request: Request, params: URLSearchParams) {
  const ctx = { signal: request.signal };
  const { adapter } = backend;
  switch (operation) {
    case 'listSyncs':
      return adapter.listSyncs({ ...filter(params), sort: sort(params), page: page(params) }, ctx);
    case 'getSyncTotals':
      return adapter.getSyncTotals({ ...filter(params), bucket: oneOf(params, 'bucket', ['day', 'hour'] as const), timeZone: timeZone(params) }, ctx);
    case 'getTopErrors': {
      if (!adapter.getTopErrors) throw new SyncHealthError('unsupported', 'This backend does not count top errors.');
      return adapter.getTopErrors({ ...filter(params), ...limit(params), timeZone: timeZone(params) }, ctx);
    }
    case 'listFailingCompanies': {
      if (!adapter.listFailingCompanies) throw new SyncHealthError('unsupported', 'This backend does not list failing companies.');
      return adapter.listFailingCompanies({ ...filter(params), ...limit(params) }, ctx);
    }
    case 'getSync':
      return adapter.getSync(syncId, ctx);
    case 'getSyncConfig':
      return adapter.getSyncConfig(syncId, ctx);
    case 'listPushItems':
      return adapter.listPushItems(syncId, { search: text(params, 'search'), statuses: list(params, 'statuses', PUSH_ITEM_STATUSES), page: page(params) }, ctx);
    case 'retryPushItems': {
      if (!adapter.retryPushItems) throw new SyncHealthError('unsupported', 'This backend cannot retry push items.');
      return adapter.retryPushItems(syncId, await retryBody(request), ctx);
    }
    case 'listCustomerSyncs': {
      const customer = backend.customerFor?.(request);
      if (!customer) throw new SyncHealthError('unauthorized', 'Sign in as a customer to see your sync history.');
      return customer.listSyncs({ page: page(params), range: range(params) }, ctx);
    }
  }
}

/**
 * Answers one request of the REST contract. `basePath` is the part of the URL path before `/syncs`
 * (e.g. `/api`). `onAnswer` may replace a successful answer (the mock uses it to serve malformed bodies).
 */
export async function handleRestRequest(
  backend: RestContractBackend,
  request: Request,
  options: { basePath?: string; onAnswer?: (operation: RestOperation, body: unknown) => Response | undefined } = {},
): Promise<Response> {
  const url = new URL(request.url);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  if (!url.pathname.startsWith(`${basePath}/`)) return problemResponse(404, `No route for ${url.pathname}.`);
  const route = routeOf(request.method, url.pathname.slice(basePath.length));
  if (route === undefined) return problemResponse(404, `No route for ${request.method} ${url.pathname}.`);
  if (route === 'methodNotAllowed') return problemResponse(405, `${request.method} is not allowed on ${url.pathname}.`);
  try {
    const body = await answer(backend, route.operation, route.syncId ?? '', request, url.searchParams);
    return options.onAnswer?.(route.operation, body) ?? jsonResponse(body);
  } catch (error) {
    if (error instanceof BadRequest) return problemResponse(400, error.message);
    if (isSyncHealthError(error)) return problemResponse(STATUS_OF_KIND[error.kind], error.message);
    return problemResponse(503, error instanceof Error ? error.message : 'The backend failed.');
  }
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
  malformed?: Partial<Record<RestOperation, MalformedBody>>;
}

function malformedResponse(kind: MalformedBody, body: unknown): Response {
  const json = JSON.stringify(body);
  if (kind === 'invalidJson') return new Response(json.slice(0, Math.max(1, Math.floor(json.length / 2))), { headers: { 'Content-Type': 'application/json' } });
  const [firstKey] = Object.keys(body as object);
  return jsonResponse(firstKey === undefined ? null : { ...(body as object), [firstKey]: null });
}

/**
 * A `fetch` function that answers the REST contract from an in-memory adapter, without any network.
 * Requests outside `basePath` are answered 404. Aborting a request rejects with an `AbortError`, as
 * the real `fetch` does.
 *
 * @example
 * const fetch = createMockFetch({ data: { syncs: 500, options: { latency: 600 } } });
 * const adapter = createHttpAdapter({ baseUrl: '/api', fetch });
 */
export function createMockFetch(options: MockHttpBackendOptions = {}): FetchFunction & { adapter: InMemoryAdapter } {
  const adapter = options.adapter ?? demoAdapter(options.data);
  const customerCompanyId = options.customerCompanyId ?? (options.adapter ? undefined : demoDataset(options.data).syncs[0]?.companyId);
  const backend: RestContractBackend = {
    adapter,
    customerFor: () => (customerCompanyId === undefined ? undefined : adapter.forCompany(customerCompanyId)),
  };
  const onAnswer = (operation: RestOperation, body: unknown) => {
    const kind = options.malformed?.[operation];
    return kind ? malformedResponse(kind, body) : undefined;
  };
  const mockFetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
    const request = new Request(new URL(input, base), init);
    const response = await handleRestRequest(backend, request, { basePath: options.basePath ?? '/api', onAnswer });
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    return response;
  };
  return Object.assign(mockFetch, { adapter });
}
