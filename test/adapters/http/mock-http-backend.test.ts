import { describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http/http-adapter';
import { withCustomerValidation, withValidation } from '../../../src/adapters/validating-adapter';
import { createMockFetch } from '../../../stories/support/mock-http-backend';

const ctx = () => ({ signal: new AbortController().signal });
const firstPage = { page: { index: 0, size: 5 } };

describe('createMockFetch: the stories’ backend without a network', () => {
  it('serves the REST contract from demo data, for the HTTP adapter', async () => {
    const fetch = createMockFetch({ data: { syncs: 120, seed: 4 } });
    const adapter = withValidation(createHttpAdapter({ baseUrl: '/api', fetch }));
    const page = await adapter.listSyncs({ ...firstPage, statusCategories: ['failedServer'] }, ctx());
    const direct = await fetch.adapter.listSyncs({ ...firstPage, statusCategories: ['failedServer'] }, ctx());
    expect(page).toEqual(direct);
    expect(await adapter.getSync(page.items[0]!.id, ctx())).toEqual(page.items[0]);
    const customer = withCustomerValidation(createHttpAdapter({ baseUrl: '/api', fetch }).customer);
    expect((await customer.listSyncs(firstPage, ctx())).items.length).toBeGreaterThan(0);
  });

  it('shows the simulated network: failures as HTTP errors, and cancellation as an aborted fetch', async () => {
    const fetch = createMockFetch({ data: { syncs: 50, options: { latency: 60_000 } } });
    const adapter = createHttpAdapter({ baseUrl: '/api', fetch, timeoutMs: 0 });
    const controller = new AbortController();
    const pending = adapter.listSyncs(firstPage, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    const failing = createHttpAdapter({ baseUrl: '/api', fetch: createMockFetch({ data: { syncs: 50, options: { failOn: { getSync: 'unauthorized' } } } }) });
    await expect(failing.getSync('any', ctx())).rejects.toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
  });

  it('serves malformed bodies on demand', async () => {
    const fetch = createMockFetch({ data: { syncs: 50 }, malformed: { listSyncs: 'invalidJson', getSyncTotals: 'wrongShape' } });
    const adapter = withValidation(createHttpAdapter({ baseUrl: '/api', fetch }));
    await expect(adapter.listSyncs(firstPage, ctx())).rejects.toMatchObject({ kind: 'invalidResponse', message: 'The answer to GET /syncs is not valid JSON.' });
    await expect(adapter.getSyncTotals({}, ctx())).rejects.toMatchObject({ kind: 'invalidResponse', field: 'total' });
  });

  it('answers requests outside its base path with 404', async () => {
    const adapter = createHttpAdapter({ baseUrl: '/elsewhere', fetch: createMockFetch({ data: { syncs: 10 } }) });
    await expect(adapter.listSyncs(firstPage, ctx())).rejects.toMatchObject({ kind: 'notFound' });
  });
});
