// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { LoopbackServer } from '../../support/loopback-server';
import { startCodat } from './codat-fixtures';
import type { MockCodatCompany } from './codat-mock';
import examples from './fixtures/codat-spec-examples.json';

const firstPage = { page: { index: 0, size: 50 } };
const ctx = () => ({ signal: new AbortController().signal });
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** `count` companies, each with one sync per product shaped like the "Success Data Pushed" example. */
function manyCompanies(count: number): Record<string, MockCodatCompany> {
  const companies: Record<string, MockCodatCompany> = {};
  for (let index = 0; index < count; index += 1) {
    const companyId = `company-${String(index).padStart(2, '0')}`;
    const status = (product: string) => ({ ...examples.successDataPushed.example, companyId, syncId: `${product}-sync-${index}`, syncUtc: `2023-01-${String(index + 1).padStart(2, '0')}T10:00:00Z` });
    companies[companyId] = { commerce: [status('commerce')], expenses: [status('expenses')], commerceMetaStatus: examples.commerceStatus4200.example };
  }
  return companies;
}

const listRequests = (server: LoopbackServer) => server.requests.filter((request) => request.url.endsWith('/list/status'));

describe('createCodatAdapter: fanning out over companies', () => {
  it.each([4, 2])('keeps at most %i requests in flight at the proxy', async (concurrency) => {
    const started = await startCodat(manyCompanies(10), { delayMs: 20, adapter: concurrency === 4 ? {} : { concurrency } });
    server = started.server;
    const page = await started.adapter.listSyncs(firstPage, ctx());
    expect(page.totalCount).toBe(20);
    // Ten companies, two products: a list and a platforms request each.
    expect(server.requests).toHaveLength(40);
    expect(server.maxConcurrent()).toBe(concurrency);
  });

  it('reuses the lists within the cache time, shares loads between concurrent calls, and refetches after refresh()', async () => {
    const started = await startCodat(manyCompanies(3), { delayMs: 5 });
    server = started.server;
    const { adapter } = started;
    await Promise.all([adapter.listSyncs(firstPage, ctx()), adapter.getSyncTotals({}, ctx()), adapter.listSyncs({ ...firstPage, search: 'company-01' }, ctx())]);
    expect(listRequests(server)).toHaveLength(6);
    await adapter.listSyncs({ ...firstPage, sort: { field: 'companyId', direction: 'asc' } }, ctx());
    expect(listRequests(server)).toHaveLength(6);
    adapter.refresh();
    await adapter.listSyncs(firstPage, ctx());
    expect(listRequests(server)).toHaveLength(12);
  });

  it('asks only for the company a filter names, and only its products', async () => {
    const started = await startCodat(manyCompanies(5), { adapter: { companies: ['company-00', { id: 'company-03', name: 'Copper Kettle', products: ['expenses'] }] } });
    server = started.server;
    const page = await started.adapter.listSyncs({ ...firstPage, companyId: 'company-03' }, ctx());
    expect(page.items.map((sync) => [sync.id, sync.companyName])).toEqual([['expenses-sync-3', 'Copper Kettle']]);
    expect(listRequests(server).map((request) => request.url)).toEqual(['/companies/company-03/sync/expenses/syncs/list/status']);
  });

  it('with no cache time, fetches every call afresh', async () => {
    const started = await startCodat(manyCompanies(1), { adapter: { cacheTtlMs: 0 } });
    server = started.server;
    await started.adapter.listSyncs(firstPage, ctx());
    await started.adapter.listSyncs(firstPage, ctx());
    expect(listRequests(server)).toHaveLength(4);
  });

  it('cancels the fan-out on the wire when the only caller aborts, and rejects with kind aborted', async () => {
    const started = await startCodat(manyCompanies(6), { delayMs: 10_000 });
    server = started.server;
    const controller = new AbortController();
    const call = started.adapter.listSyncs(firstPage, { signal: controller.signal });
    const { requests } = server;
    await server.waitForRequest(() => requests.length === 4);
    controller.abort();
    await expect(call).rejects.toMatchObject({ kind: 'aborted' });
    await server.waitForRequest(() => requests.every((request) => request.abandoned));
    // The requests still queued behind the concurrency limit never went out.
    expect(requests).toHaveLength(4);
  });

  it('keeps a shared load going while another caller still needs it', async () => {
    const started = await startCodat(manyCompanies(2), { delayMs: 30 });
    server = started.server;
    const leaving = new AbortController();
    const first = started.adapter.listSyncs(firstPage, { signal: leaving.signal });
    const second = started.adapter.getSyncTotals({}, ctx());
    await server.waitForRequest();
    leaving.abort();
    await expect(first).rejects.toMatchObject({ kind: 'aborted' });
    expect((await second).total).toBe(4);
    expect(server.requests.some((request) => request.abandoned)).toBe(false);
  });
});
