/**
 * What the handler tests share: handlers over the contract's small data set (through the
 * adapter-backed store) or over a store that records what it was asked, callers, and requests.
 */
import { createInMemoryAdapter, type InMemoryAdapterOptions } from '../../src/adapters/in-memory/in-memory-adapter';
import type { Sync } from '../../src/core/model';
import { createAdapterBackedStore } from '../../src/server/adapter-store';
import type { SyncHealthHandlerStore } from '../../src/server/handler/answer-operation';
import type { AuthorizeRequest } from '../../src/server/handler/authorization';
import { createSyncHealthHandler, type SyncHealthHandler, type SyncHealthHandlerOptions } from '../../src/server/handler/create-sync-health-handler';
import { contractSyncs, smallContractDataset } from '../adapters/contract/contract-dataset';

/** Everyone is support staff. */
export const asSupport: AuthorizeRequest = () => ({ role: 'support' });

/** Everyone is a customer of this company. */
export const asCustomerOf =
  (companyId: string): AuthorizeRequest =>
  () => ({ role: 'customer', companyId });

/** A handler at `/api` over the contract's small data set, support staff calling unless told. */
export function contractHandler(options: Partial<SyncHealthHandlerOptions> = {}, adapterOptions: InMemoryAdapterOptions = {}): SyncHealthHandler {
  const adapter = createInMemoryAdapter(smallContractDataset(), adapterOptions);
  return createSyncHealthHandler({
    store: createAdapterBackedStore(adapter, { customerAdapterFor: (companyId) => adapter.forCompany(companyId) }),
    authorize: asSupport,
    basePath: '/api',
    onError: () => {},
    ...options,
  });
}

/** A request to `http://localhost` + `path`. */
export function request(path: string, init: RequestInit = {}): Request {
  return new Request(`http://localhost${path}`, init);
}

/** A POST of a JSON body. */
export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** A store call, as {@link recordingStore} saw it. */
export interface StoreCall {
  method: keyof SyncHealthHandlerStore;
  args: unknown[];
}

/**
 * A store that answers from the contract's syncs (one page, whatever is asked) and records every
 * call; `fail` makes every call throw it instead.
 */
export function recordingStore(fail?: unknown): SyncHealthHandlerStore & { calls: StoreCall[] } {
  const calls: StoreCall[] = [];
  const page = <T>(items: T[]) => ({ items, pageIndex: 0, pageSize: 50, totalCount: items.length, hasNextPage: false });
  const answer = <T>(method: keyof SyncHealthHandlerStore, args: unknown[], value: T): Promise<T> => {
    calls.push({ method, args });
    return fail === undefined ? Promise.resolve(value) : Promise.reject(fail);
  };
  const sync = contractSyncs[1] as Sync;
  return {
    calls,
    listSyncs: (...args) => answer('listSyncs', args, page(contractSyncs)),
    getSyncTotals: (...args) => answer('getSyncTotals', args, { total: 0, byStatusCode: [], byCategory: { inProgress: 0, success: 0, failedConfiguration: 0, failedConnection: 0, failedServer: 0, unknown: 0 }, bucket: 'day' as const, timeline: [] }),
    getTopErrors: (...args) => answer('getTopErrors', args, []),
    listFailingCompanies: (...args) => answer('listFailingCompanies', args, []),
    getSync: (...args) => answer('getSync', args, { ...sync, id: String(args[0]) }),
    getSyncConfig: (...args) => answer('getSyncConfig', args, { syncId: String(args[0]), companyId: sync.companyId, isSnapshot: true, configuration: {} }),
    listPushItems: (...args) => answer('listPushItems', args, page([])),
    listCustomerSyncs: (...args) => answer('listCustomerSyncs', args, page([])),
    requestRetry: (...args) => answer('requestRetry', args, { retried: 1, succeeded: 1, failed: 0, pending: 0 }),
    async *exportSyncs(...args) {
      calls.push({ method: 'exportSyncs', args });
      if (fail !== undefined) throw fail;
      yield contractSyncs;
    },
  };
}

/** A handler at `/api` over a {@link recordingStore}. */
export function recordingHandler(options: Partial<SyncHealthHandlerOptions> = {}, fail?: unknown) {
  const store = recordingStore(fail);
  const handler = createSyncHealthHandler({ store, authorize: asSupport, basePath: '/api', canRetry: () => true, onError: () => {}, ...options });
  return { store, handler };
}

/** The problem document of a response, with its status and content type checked. */
export async function problemOf(response: Response, status: number): Promise<{ type: string; title: string; status: number; detail: string }> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await response.json()) as { type: string; title: string; status: number; detail: string };
  expect(body).toMatchObject({ type: 'about:blank', status });
  return body;
}
