// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodatAdapter } from '../../../src/adapters/codat/codat-adapter';
import { retryAvailable } from '../../../src/adapters/contract';
import { withCustomerValidation, withValidation } from '../../../src/adapters/validating-adapter';
import type { Sync } from '../../../src/core/model';
import type { LoopbackServer } from '../../support/loopback-server';
import {
  COMPANY_A,
  COMPANY_B,
  SYNC_4200,
  SYNC_NOTHING_PUSHED,
  SYNC_PUSHED,
  SYNC_RECONCILE,
  commerceConfiguration,
  exampleCompanies,
  startCodat,
} from './codat-fixtures';
import examples from './fixtures/codat-spec-examples.json';

const ctx = () => ({ signal: new AbortController().signal });
const firstPage = { page: { index: 0, size: 50 } };

const expectedSyncs: Record<string, Sync> = {
  [SYNC_4200]: {
    id: SYNC_4200,
    companyId: COMPANY_B,
    product: 'commerce',
    statusCode: 4200,
    statusText: 'MapCoreError',
    startedAt: '2023-04-12T10:52:54.535Z',
    sourcePlatform: 'Partner Commerce',
    targetPlatform: 'QuickBooks Online',
    dataPushed: false,
    // The exception message only repeats the friendly one, so it is not shown twice.
    messages: [{ severity: 'error', text: "Cannot match the tax id '23vwUg7OhGIZvEUHdee7fw' to a mapped account on the accounting software for journal entry." }],
  },
  [SYNC_RECONCILE]: {
    id: SYNC_RECONCILE,
    companyId: COMPANY_A,
    companyName: 'Bramble & Co Coffee',
    product: 'commerce',
    statusCode: 2000,
    statusText: 'Complete',
    startedAt: '2023-02-01T09:30:00.000Z',
    sourcePlatform: 'Partner Commerce',
    targetPlatform: 'QuickBooks Online',
    dataPushed: true,
    messages: [{ severity: 'note', text: 'Please reconcile manually: order 1042 was updated but the original order was not found.' }],
    internalMessage: 'OrderNotFoundException: 1042',
  },
  [SYNC_NOTHING_PUSHED]: {
    id: SYNC_NOTHING_PUSHED,
    companyId: COMPANY_A,
    companyName: 'Bramble & Co Coffee',
    product: 'expenses',
    statusCode: 2040,
    statusText: 'Complete',
    startedAt: '2023-01-24T14:15:22.000Z',
    sourcePlatform: 'Pleo',
    targetPlatform: 'Sage Intacct',
    dataPushed: false,
    messages: [],
  },
  [SYNC_PUSHED]: {
    id: SYNC_PUSHED,
    companyId: COMPANY_A,
    companyName: 'Bramble & Co Coffee',
    product: 'commerce',
    statusCode: 2000,
    statusText: 'Complete',
    startedAt: '2023-01-24T14:15:22.000Z',
    sourcePlatform: 'Partner Commerce',
    targetPlatform: 'QuickBooks Online',
    dataPushed: true,
    messages: [],
  },
};

describe('createCodatAdapter over responses shaped like the specs’ examples', () => {
  let server: LoopbackServer;
  let raw: CodatAdapter;
  let adapter: ReturnType<typeof withValidation>;
  beforeAll(async () => {
    ({ server, adapter: raw } = await startCodat(exampleCompanies(), { adapter: { companies: [{ id: COMPANY_A, name: 'Bramble & Co Coffee' }, COMPANY_B] } }));
    adapter = withValidation(raw);
  });
  afterAll(() => server.close());

  it('turns every company’s sync statuses into syncs: codes, texts, times, messages and platforms', async () => {
    const page = await adapter.listSyncs(firstPage, ctx());
    // Newest first; the two examples at the same moment are ordered by sync ID, descending.
    expect(page.items.map((sync) => sync.id)).toEqual([SYNC_4200, SYNC_RECONCILE, SYNC_NOTHING_PUSHED, SYNC_PUSHED]);
    expect(page.items).toEqual(page.items.map((sync) => expectedSyncs[sync.id]));
    expect(page).toMatchObject({ totalCount: 4, hasNextPage: false });
  });

  it('searches, filters, sorts, pages and counts across the companies like every adapter', async () => {
    const ids = async (query: Parameters<typeof adapter.listSyncs>[0]) => (await adapter.listSyncs(query, ctx())).items.map((sync) => sync.id);
    expect(await ids({ ...firstPage, search: COMPANY_B.slice(0, 8).toUpperCase() })).toEqual([SYNC_4200]);
    expect(await ids({ ...firstPage, search: 'cc5d0e1f' })).toEqual([SYNC_RECONCILE]);
    expect(await ids({ ...firstPage, statusCategories: ['unknown'], statusCodes: [2040] })).toEqual([SYNC_4200, SYNC_NOTHING_PUSHED]);
    expect(await ids({ ...firstPage, product: 'expenses' })).toEqual([SYNC_NOTHING_PUSHED]);
    expect(await ids({ ...firstPage, companyId: COMPANY_A, range: { from: '2023-01-25T00:00:00Z' } })).toEqual([SYNC_RECONCILE]);
    expect(await ids({ ...firstPage, companyId: 'not-a-configured-company' })).toEqual([]);
    expect(await ids({ page: { index: 1, size: 3 }, sort: { field: 'statusCode', direction: 'asc' } })).toEqual([SYNC_4200]);
    const totals = await adapter.getSyncTotals({ bucket: 'day' }, ctx());
    expect(totals).toMatchObject({ total: 4, byStatusCode: [{ code: 2000, count: 2 }, { code: 2040, count: 1 }, { code: 4200, count: 1 }] });
    expect(totals.byCategory).toMatchObject({ success: 3, unknown: 1 });
    expect(totals.timeline.map((bucket) => bucket.start)).toEqual(['2023-01-24T00:00:00.000Z', '2023-02-01T00:00:00.000Z', '2023-04-12T00:00:00.000Z']);
  });

  it('finds a company by the name it was configured with, any part in any case, in the list and its totals', async () => {
    const ids = async (search: string) => (await adapter.listSyncs({ ...firstPage, search }, ctx())).items.map((sync) => sync.id);
    const bramble = [SYNC_RECONCILE, SYNC_NOTHING_PUSHED, SYNC_PUSHED];
    expect(await ids('bramble')).toEqual(bramble);
    expect(await ids('  & CO coff ')).toEqual(bramble);
    // More than the name, or a pattern character, finds nothing (company B, configured by ID only, has no name).
    expect(await ids('co coffee ltd')).toEqual([]);
    expect(await ids('%')).toEqual([]);
    expect((await adapter.getSyncTotals({ search: 'BRAMBLE', product: 'commerce' }, ctx())).total).toBe(2);
  });

  it('gets one sync fresh from its status endpoint, with item counts for an expenses sync', async () => {
    server.requests.length = 0;
    expect(await adapter.getSync(SYNC_4200, ctx())).toEqual(expectedSyncs[SYNC_4200]);
    expect(server.requests.map((request) => request.url)).toContain(`/companies/${COMPANY_B}/sync/commerce/syncs/${SYNC_4200}/status`);
    const expenses = await adapter.getSync(SYNC_NOTHING_PUSHED, ctx());
    expect(expenses).toEqual({ ...expectedSyncs[SYNC_NOTHING_PUSHED], itemCounts: { success: 3, validationError: 1, failed: 1, pending: 2, timedOut: 0 } });
    await expect(adapter.getSync('no-such-sync', ctx())).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('turns expenses transactions into push items, paged by Codat', async () => {
    server.requests.length = 0;
    const page = await adapter.listPushItems(SYNC_NOTHING_PUSHED, { page: { index: 0, size: 4 } }, ctx());
    expect(server.requests.at(-1)?.url).toBe(`/companies/${COMPANY_A}/sync/expenses/syncs/${SYNC_NOTHING_PUSHED}/transactions?page=1&pageSize=4`);
    expect(page).toMatchObject({ pageIndex: 0, pageSize: 4, totalCount: 7, hasNextPage: true });
    const [first, , , unsuccessful] = page.items;
    expect(first).toEqual({
      id: 'aa02271d-ed5f-47f5-be76-778d5905225a',
      coreId: 'aa02271d-ed5f-47f5-be76-778d5905225a',
      dataType: 'expenses',
      status: 'success',
      requestedAt: '2023-01-24T14:15:22.000Z',
      validationErrors: [],
      validationWarnings: [],
      attempts: 1,
    });
    expect(unsuccessful).toMatchObject({
      id: examples.unsuccessfulTransaction.example.transactionId,
      status: 'validationError',
      validationErrors: [{ message: examples.unsuccessfulTransaction.example.message }],
    });
    const rest = await adapter.listPushItems(SYNC_NOTHING_PUSHED, { page: { index: 1, size: 4 } }, ctx());
    expect(rest.items.map((item) => [item.status, item.errorMessage])).toEqual([
      ['failed', 'Supplier is not in an Active state.'],
      ['pending', undefined],
      ['pending', undefined],
    ]);
    expect(rest.hasNextPage).toBe(false);
  });

  it('searches and filters push items over every transaction, which Codat cannot do', async () => {
    const found = await adapter.listPushItems(SYNC_NOTHING_PUSHED, { search: 'BANKFEEDS', page: { index: 0, size: 10 } }, ctx());
    expect(found.items.map((item) => item.coreId)).toEqual(['d1f0c2a4-0000-4000-8000-000000000003']);
    const failing = await adapter.listPushItems(SYNC_NOTHING_PUSHED, { statuses: ['failed', 'validationError'], page: { index: 0, size: 1 } }, ctx());
    expect(failing).toMatchObject({ totalCount: 2, hasNextPage: true });
  });

  it('has no push items for commerce syncs and never offers retry', async () => {
    await expect(adapter.listPushItems(SYNC_PUSHED, firstPage, ctx())).rejects.toMatchObject({
      kind: 'unsupported',
      message: "Codat's API does not list the push items of Sync for Commerce syncs.",
    });
    expect(raw.retryPushItems).toBeUndefined();
    expect(retryAvailable(adapter, expectedSyncs[SYNC_NOTHING_PUSHED]!)).toBe(false);
  });

  it("gets the company's current configuration for the sync's product", async () => {
    expect(await adapter.getSyncConfig(SYNC_PUSHED, ctx())).toEqual({ syncId: SYNC_PUSHED, companyId: COMPANY_A, isSnapshot: false, configuration: commerceConfiguration });
    expect(await adapter.getSyncConfig(SYNC_NOTHING_PUSHED, ctx())).toEqual({
      syncId: SYNC_NOTHING_PUSHED,
      companyId: COMPANY_A,
      isSnapshot: false,
      configuration: examples.expensesConfigExample.example,
    });
  });

  it("gives a customer only their own company's syncs, newest first, with customer-safe fields", async () => {
    const customer = withCustomerValidation(raw.forCompany(COMPANY_A));
    const page = await customer.listSyncs({ page: { index: 0, size: 2 } }, ctx());
    expect(page.items.map((sync) => sync.id)).toEqual([SYNC_RECONCILE, SYNC_NOTHING_PUSHED]);
    expect(page).toMatchObject({ totalCount: 3, hasNextPage: true });
    expect(Object.keys(page.items[0]!).sort()).toEqual(['id', 'messages', 'startedAt', 'statusCode']);
    // "Please reconcile manually" is for the team: the customer mapping passes on only messages the customer can act on.
    expect(expectedSyncs[SYNC_RECONCILE]!.messages).toHaveLength(1);
    expect(page.items[0]!.messages).toEqual([]);
    expect(raw.forCompany(COMPANY_A)).toBe(raw.forCompany(COMPANY_A));
  });
});

describe('createCodatAdapter with an expenses sync of many transactions', () => {
  const syncId = 'ee000000-0000-4000-8000-000000000001';
  const transactions = Array.from({ length: 2_500 }, (_, index) => ({
    transactionId: `tx-${String(index + 1).padStart(4, '0')}`,
    status: index % 100 === 99 ? 'PushError' : 'Completed',
    message: index % 100 === 99 ? 'Tax Rate TAX014 does not exist.' : undefined,
    integrationType: 'expenses',
  }));
  let server: LoopbackServer;
  let adapter: ReturnType<typeof withValidation>;
  beforeAll(async () => {
    const company = { expenses: [{ ...examples.successDataPushed.example, companyId: 'big-company', syncId }], transactions: { [syncId]: transactions } };
    const started = await startCodat({ 'big-company': company });
    server = started.server;
    adapter = withValidation(started.adapter);
  });
  afterAll(() => server.close());

  it('opens the sync without waiting for every transaction (no item counts), and pages them through Codat', async () => {
    expect((await adapter.getSync(syncId, ctx())).itemCounts).toBeUndefined();
    const last = await adapter.listPushItems(syncId, { page: { index: 4, size: 500 } }, ctx());
    expect(last).toMatchObject({ totalCount: 2_500, hasNextPage: false });
    expect(last.items.at(-1)?.coreId).toBe('tx-2500');
  });

  it('fetches every page of transactions to filter them', async () => {
    server.requests.length = 0;
    const failed = await adapter.listPushItems(syncId, { statuses: ['failed'], page: { index: 0, size: 50 } }, ctx());
    expect(failed.totalCount).toBe(25);
    expect(failed.items.at(-1)).toMatchObject({ coreId: 'tx-2500', errorMessage: 'Tax Rate TAX014 does not exist.' });
    expect(server.requests.map((request) => request.url.split('?')[1])).toEqual(['page=1&pageSize=2000', 'page=2&pageSize=2000']);
  });
});
