/**
 * The reference backend of the REST contract, on a real loopback server: the stories' contract
 * handler over an in-memory adapter. The signed-in customer's company comes from the `X-Company-Id`
 * header, standing in for the host's auth.
 */
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { createInMemoryAdapter, type InMemoryAdapterOptions } from '../../../src/adapters/in-memory/in-memory-adapter';
import type { InMemoryDataset } from '../../../src/adapters/in-memory/in-memory-dataset';
import { handleRestRequest, type RestOperation } from '../../../stories/support/mock-http-backend';
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
  onAnswer?: (operation: RestOperation, body: unknown) => Response | undefined;
}

/** Starts the reference server over `dataset`; the API lives at `${origin}/api`. */
export async function startReferenceServer(dataset: InMemoryDataset, options: ReferenceServerOptions = {}): Promise<LoopbackServer & { baseUrl: string }> {
  const adapter = createInMemoryAdapter(dataset, options.adapter);
  const served: SyncHealthAdapter = { ...adapter };
  if (options.topErrors !== undefined) served.getTopErrors = options.topErrors || undefined;
  if (options.failingCompanies !== undefined) served.listFailingCompanies = options.failingCompanies || undefined;
  const backend = {
    adapter: served,
    customerFor: (request: Request) => {
      const companyId = request.headers.get('X-Company-Id');
      return companyId ? adapter.forCompany(companyId) : undefined;
    },
  };
  const server = await startLoopbackServer((request) => handleRestRequest(backend, request, { basePath: '/api', onAnswer: options.onAnswer }));
  return Object.assign(server, { baseUrl: `${server.origin}/api` });
}
