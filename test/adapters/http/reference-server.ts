/**
 * The reference backend of the REST contract, on a real loopback server: the library's handler
 * (`createSyncHealthHandler`) over an in-memory adapter. The `X-Company-Id` header stands in for the
 * host's auth: a request with it is a customer of that company, one without it support staff.
 */
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { createInMemoryAdapter, type InMemoryAdapterOptions } from '../../../src/adapters/in-memory/in-memory-adapter';
import type { InMemoryDataset } from '../../../src/adapters/in-memory/in-memory-dataset';
import { createAdapterBackedStore } from '../../../src/server/adapter-store';
import type { SyncHealthCaller } from '../../../src/server/handler/authorization';
import { createSyncHealthHandler, type SyncHealthHandler } from '../../../src/server/handler/create-sync-health-handler';
import { withAnswerOverride, type AnswerOverride } from '../../../stories/support/mock-http-backend';
import { startLoopbackServer, type LoopbackServer } from '../../support/loopback-server';

/** Options of {@link startReferenceServer}. */
export interface ReferenceServerOptions {
  /** Options of the in-memory adapter behind the server (latency, failures, retry). */
  adapter?: InMemoryAdapterOptions;
  /**
   * Replaces the in-memory adapter's answer to `GET /syncs/top-errors`, or `false` for a backend
   * without top errors (501).
   */
  topErrors?: SyncHealthAdapter['getTopErrors'] | false;
  /**
   * Replaces the in-memory adapter's answer to `GET /failing-companies`, or `false` for a backend
   * without it (501).
   */
  failingCompanies?: SyncHealthAdapter['listFailingCompanies'] | false;
  /** Replace the answer of an operation (e.g. with a malformed body). */
  onAnswer?: AnswerOverride;
}

/** The caller a request stands for: a customer of its `X-Company-Id`, or support staff. */
export function callerByCompanyHeader(request: Request): SyncHealthCaller {
  const companyId = request.headers.get('X-Company-Id');
  return companyId ? { role: 'customer', companyId } : { role: 'support' };
}

/** The reference handler over `dataset`, serving the contract under `/api`. */
export function referenceHandler(dataset: InMemoryDataset, options: ReferenceServerOptions = {}): SyncHealthHandler {
  const adapter = createInMemoryAdapter(dataset, options.adapter);
  const served: SyncHealthAdapter = { ...adapter };
  if (options.topErrors !== undefined) served.getTopErrors = options.topErrors || undefined;
  if (options.failingCompanies !== undefined) served.listFailingCompanies = options.failingCompanies || undefined;
  const handler = createSyncHealthHandler({
    store: createAdapterBackedStore(served, { customerAdapterFor: (companyId) => adapter.forCompany(companyId) }),
    authorize: callerByCompanyHeader,
    basePath: '/api',
    canRetry: (sync) => adapter.canRetry(sync),
  });
  return options.onAnswer ? withAnswerOverride(handler, '/api', options.onAnswer) : handler;
}

/** Starts the reference server over `dataset`; the API lives at `${origin}/api`. */
export async function startReferenceServer(dataset: InMemoryDataset, options: ReferenceServerOptions = {}): Promise<LoopbackServer & { baseUrl: string }> {
  const server = await startLoopbackServer(referenceHandler(dataset, options));
  return Object.assign(server, { baseUrl: `${server.origin}/api` });
}
