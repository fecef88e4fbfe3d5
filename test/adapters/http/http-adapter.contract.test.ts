// @vitest-environment node
import { createHttpAdapter } from '../../../src/adapters/http/http-adapter';
import { describeAdapterContract } from '../contract/adapter-contract';
import { startReferenceServer } from './reference-server';

describeAdapterContract('HTTP adapter over the reference server', async (dataset) => {
  const server = await startReferenceServer(dataset);
  return {
    adapter: createHttpAdapter({ baseUrl: server.baseUrl }),
    customerFor: (companyId) => createHttpAdapter({ baseUrl: server.baseUrl, headers: { 'X-Company-Id': companyId } }).customer,
    close: () => server.close(),
  };
});
