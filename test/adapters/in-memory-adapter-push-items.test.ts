import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import type { PushItem, Sync } from '../../src/core/model';

const ctx = { signal: new AbortController().signal };

function item(id: string, overrides: Partial<PushItem> = {}): PushItem {
  return {
    id,
    coreId: `exp_${id}`,
    dataType: 'expenses',
    status: 'success',
    requestedAt: '2026-11-22T09:01:00.000Z',
    completedAt: '2026-11-22T09:01:05.000Z',
    validationErrors: [],
    validationWarnings: [],
    attempts: 1,
    ...overrides,
  };
}

const failure = { errorMessage: 'Validation failed: account 4000 is archived.', validationErrors: [{ message: 'Account 4000 is archived', validatorName: 'AccountValidator' }] };

function expensesSync(overrides: Partial<Sync> = {}): Sync {
  return {
    id: 'sync-e',
    companyId: 'company-a',
    product: 'expenses',
    statusCode: 5130,
    statusText: 'PushError',
    startedAt: '2026-11-22T09:00:00.000Z',
    endedAt: '2026-11-22T09:04:00.000Z',
    messages: [{ severity: 'error', text: '3 of 5 items could not be written to Xero.' }, { severity: 'note', text: 'Keep me' }],
    internalMessage: 'System.Exception: boom',
    itemCounts: { failed: 2, validationError: 1, timedOut: 0, pending: 0, success: 2 },
    ...overrides,
  };
}

function explicitDataset() {
  return {
    syncs: [expensesSync(), expensesSync({ id: 'sync-c', product: 'commerce' })],
    pushItems: {
      'sync-e': [
        item('i1'),
        item('i2', { status: 'failed', dataType: 'bills', coreId: 'BILL-77', ...failure }),
        item('i3', { status: 'validationError', ...failure }),
        item('i4', { status: 'failed', ...failure }),
        item('i5', { dataType: 'transfers', coreId: 'TRF-9' }),
      ],
      'sync-c': [item('c1', { status: 'failed', ...failure })],
    },
    now: '2026-11-22T12:00:00.000Z',
  };
}

describe('listPushItems', () => {
  const adapter = createInMemoryAdapter(explicitDataset());

  it('lists items in request order with paging and totalCount', async () => {
    const page = await adapter.listPushItems('sync-e', { page: { index: 1, size: 2 } }, ctx);
    expect(page).toMatchObject({ pageIndex: 1, pageSize: 2, totalCount: 5, hasNextPage: true });
    expect(page.items.map((entry) => entry.id)).toEqual(['i3', 'i4']);
    const last = await adapter.listPushItems('sync-e', { page: { index: 2, size: 2 } }, ctx);
    expect(last).toMatchObject({ totalCount: 5, hasNextPage: false });
    expect(last.items.map((entry) => entry.id)).toEqual(['i5']);
  });

  it('searches core ID or data type (contains, ignoring case) and filters by status', async () => {
    const ids = async (query: { search?: string; statuses?: PushItem['status'][] }) =>
      (await adapter.listPushItems('sync-e', { ...query, page: { index: 0, size: 50 } }, ctx)).items.map((entry) => entry.id);
    expect(await ids({ search: ' bill-7 ' })).toEqual(['i2']);
    expect(await ids({ search: 'TRANSFER' })).toEqual(['i5']);
    expect(await ids({ statuses: ['failed', 'validationError'] })).toEqual(['i2', 'i3', 'i4']);
    expect(await ids({ statuses: ['failed'], search: 'exp_' })).toEqual(['i4']);
    expect(await ids({ statuses: [] })).toHaveLength(5);
    expect((await adapter.listPushItems('sync-e', { search: 'zzz', page: { index: 0, size: 5 } }, ctx)).totalCount).toBe(0);
  });

  it('rejects an unknown sync with notFound, and gives no items where none are known', async () => {
    await expect(adapter.listPushItems('nope', { page: { index: 0, size: 5 } }, ctx)).rejects.toMatchObject({ kind: 'notFound' });
    const bare = createInMemoryAdapter({ syncs: [expensesSync()] });
    expect((await bare.listPushItems('sync-e', { page: { index: 0, size: 5 } }, ctx)).items).toEqual([]);
  });

  it('makes demo items on demand, the same each time, including a 10,000-item sync', async () => {
    const demo = generateDemoDataset({ seed: 4, syncs: 1_000, largeSyncItems: 10_000 });
    const demoAdapter = createInMemoryAdapter(demo);
    const largeId = demo.largeSyncId as string;
    const page = await demoAdapter.listPushItems(largeId, { page: { index: 199, size: 50 } }, ctx);
    expect(page).toMatchObject({ totalCount: 10_000, hasNextPage: false });
    expect(page.items).toHaveLength(50);
    const failed = await demoAdapter.listPushItems(largeId, { statuses: ['failed', 'validationError', 'timedOut'], page: { index: 0, size: 500 } }, ctx);
    expect(failed.totalCount).toBe(300);
    const again = await createInMemoryAdapter(demo).listPushItems(largeId, { page: { index: 199, size: 50 } }, ctx);
    expect(again.items).toEqual(page.items);
  });
});

describe('retryPushItems', () => {
  it('retries every failed item, counts add up, and the state is kept', async () => {
    const adapter = createInMemoryAdapter(explicitDataset(), { retry: { successRate: 1 } });
    const outcome = await adapter.retryPushItems!('sync-e', { itemIds: 'allFailed' }, ctx);
    expect(outcome).toEqual({ retried: 3, succeeded: 3, failed: 0, pending: 0 });
    const items = (await adapter.listPushItems('sync-e', { page: { index: 0, size: 50 } }, ctx)).items;
    expect(items.every((entry) => entry.status === 'success')).toBe(true);
    expect(items.map((entry) => entry.attempts)).toEqual([1, 2, 2, 2, 1]);
    expect(items[1]).not.toHaveProperty('errorMessage');
    expect(items[1]?.validationErrors).toEqual([]);
    expect(items[1]?.requestedAt).toBe('2026-11-22T12:00:00.000Z');
    const sync = await adapter.getSync('sync-e', ctx);
    expect(sync).toMatchObject({ statusCode: 2000, statusText: 'Complete', itemCounts: { failed: 0, validationError: 0, success: 5 } });
    expect(sync.messages).toEqual([{ severity: 'note', text: 'Keep me' }]);
    expect(sync).not.toHaveProperty('internalMessage');
  });

  it('moves the sync between status filters and totals after a retry', async () => {
    const adapter = createInMemoryAdapter(explicitDataset(), { retry: { successRate: 1 } });
    const before = await adapter.getSyncTotals({}, ctx);
    expect(before.byCategory.failedServer).toBe(2);
    await adapter.listSyncs({ statusCodes: [2000], page: { index: 0, size: 10 } }, ctx);
    await adapter.listSyncs({ sort: { field: 'statusCode', direction: 'asc' }, page: { index: 0, size: 10 } }, ctx);
    await adapter.retryPushItems!('sync-e', { itemIds: 'allFailed' }, ctx);
    expect((await adapter.getSyncTotals({}, ctx)).byCategory).toMatchObject({ failedServer: 1, success: 1 });
    const successes = await adapter.listSyncs({ statusCodes: [2000], page: { index: 0, size: 10 } }, ctx);
    expect(successes.items.map((entry) => entry.id)).toEqual(['sync-e']);
    const byCode = await adapter.listSyncs({ sort: { field: 'statusCode', direction: 'asc' }, page: { index: 0, size: 10 } }, ctx);
    expect(byCode.items.map((entry) => entry.statusCode)).toEqual([2000, 5130]);
  });

  it('retries only the chosen failed items, ignoring successful and unknown IDs', async () => {
    const adapter = createInMemoryAdapter(explicitDataset(), { retry: { successRate: 0 } });
    const outcome = await adapter.retryPushItems!('sync-e', { itemIds: ['i2', 'i1', 'no-such-item'] }, ctx);
    expect(outcome).toEqual({ retried: 1, succeeded: 0, failed: 1, pending: 0 });
    const items = (await adapter.listPushItems('sync-e', { page: { index: 0, size: 50 } }, ctx)).items;
    expect(items.map((entry) => [entry.id, entry.status, entry.attempts])).toEqual([
      ['i1', 'success', 1], ['i2', 'failed', 2], ['i3', 'validationError', 1], ['i4', 'failed', 1], ['i5', 'success', 1],
    ]);
    expect(items[1]?.errorMessage).toBe(failure.errorMessage);
    const sync = await adapter.getSync('sync-e', ctx);
    expect(sync.statusCode).toBe(5130);
    expect(sync.messages[0]?.text).toBe('3 of 5 items could not be written to Xero.');
  });

  it('succeeds by a seeded rate, and the outcome always adds up', async () => {
    const demo = generateDemoDataset({ seed: 12, syncs: 600, largeSyncItems: 2_000 });
    const adapter = createInMemoryAdapter(demo, { retry: { successRate: 0.5 } });
    const syncId = demo.largeSyncId as string;
    const outcome = await adapter.retryPushItems!(syncId, { itemIds: 'allFailed' }, ctx);
    expect(outcome.retried).toBe(60);
    expect(outcome.succeeded + outcome.failed + outcome.pending).toBe(outcome.retried);
    expect(outcome.succeeded).toBeGreaterThan(15);
    expect(outcome.failed).toBeGreaterThan(15);
    const sync = await adapter.getSync(syncId, ctx);
    expect(sync.itemCounts!.success).toBe(1_940 + outcome.succeeded);
    expect(sync.messages[0]?.text).toMatch(new RegExp(`^${outcome.failed} of 2000 items could not be written to `));
    const again = createInMemoryAdapter(demo, { retry: { successRate: 0.5 } });
    expect(await again.retryPushItems!(syncId, { itemIds: 'allFailed' }, ctx)).toEqual(outcome);
    const twice = await adapter.retryPushItems!(syncId, { itemIds: 'allFailed' }, ctx);
    expect(twice.retried).toBe(outcome.failed);
  });

  it('rejects commerce syncs with unsupported by default, changing nothing', async () => {
    const adapter = createInMemoryAdapter(explicitDataset(), { retry: { successRate: 1 } });
    expect(adapter.canRetry(await adapter.getSync('sync-c', ctx))).toBe(false);
    await expect(adapter.retryPushItems!('sync-c', { itemIds: 'allFailed' }, ctx)).rejects.toMatchObject({ kind: 'unsupported' });
    expect((await adapter.listPushItems('sync-c', { page: { index: 0, size: 5 } }, ctx)).items[0]).toMatchObject({ status: 'failed', attempts: 1 });
    await expect(adapter.retryPushItems!('nope', { itemIds: 'allFailed' }, ctx)).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('follows a host’s canRetry, and leaves retry out when told to', async () => {
    const everything = createInMemoryAdapter(explicitDataset(), { canRetry: () => true, retry: { successRate: 1 } });
    expect(await everything.retryPushItems!('sync-c', { itemIds: 'allFailed' }, ctx)).toMatchObject({ retried: 1, succeeded: 1 });
    expect(createInMemoryAdapter(explicitDataset(), { retry: false }).retryPushItems).toBeUndefined();
  });

  it('never changes the data set it was given', async () => {
    const dataset = explicitDataset();
    const snapshot = structuredClone(dataset);
    const adapter = createInMemoryAdapter(dataset, { retry: { successRate: 1 } });
    await adapter.retryPushItems!('sync-e', { itemIds: 'allFailed' }, ctx);
    expect(dataset).toEqual(snapshot);
  });
});
