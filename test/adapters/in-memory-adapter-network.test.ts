import { afterEach, describe, expect, it, vi } from 'vitest';
import { withCustomerValidation, withValidation } from '../../src/adapters/validating-adapter';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import { SyncHealthError } from '../../src/core/errors';
import type { Sync } from '../../src/core/model';
import { findTroubleshooting } from '../../src/core/troubleshooting';
import { makeSync } from '../support/fixtures';

const demo = generateDemoDataset({ seed: 21, syncs: 1_500 });
const page = { index: 0, size: 10 };
const signal = () => new AbortController().signal;

afterEach(() => {
  vi.useRealTimers();
});

describe('simulated latency', () => {
  it('waits the latency before answering', async () => {
    vi.useFakeTimers();
    const adapter = createInMemoryAdapter(demo, { latency: 300 });
    let settled = false;
    const answer = adapter.getSync(demo.syncs[0]!.id, { signal: signal() }).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(299);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await answer;
    expect(settled).toBe(true);
  });

  it('rejects with aborted as soon as the signal aborts during the wait', async () => {
    vi.useFakeTimers();
    const adapter = createInMemoryAdapter(demo, { latency: { min: 1_000, max: 2_000 } });
    const controller = new AbortController();
    const answer = adapter.listSyncs({ page }, { signal: controller.signal });
    const outcome = expect(answer).rejects.toMatchObject({ name: 'SyncHealthError', kind: 'aborted' });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await outcome;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when the signal is already aborted, and an aborted retry changes nothing', async () => {
    const adapter = createInMemoryAdapter(demo, { canRetry: () => true, retry: { successRate: 1 } });
    const failed = demo.syncs.find((sync) => sync.statusCode === 5130) as Sync;
    await expect(adapter.retryPushItems!(failed.id, { itemIds: 'allFailed' }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ kind: 'aborted' });
    expect(await adapter.getSync(failed.id, { signal: signal() })).toEqual(failed);
  });
});

describe('simulated failures', () => {
  it('fails chosen calls with the error, kind or network error it was told', async () => {
    const denied = new SyncHealthError('unauthorized', 'Signed out');
    const adapter = createInMemoryAdapter(demo, { failOn: { listSyncs: denied, getSyncTotals: 'invalidResponse', getSync: true, listCustomerSyncs: 'network' } });
    await expect(adapter.listSyncs({ page }, { signal: signal() })).rejects.toBe(denied);
    await expect(adapter.getSyncTotals({}, { signal: signal() })).rejects.toMatchObject({ kind: 'invalidResponse' });
    await expect(adapter.getSync(demo.syncs[0]!.id, { signal: signal() })).rejects.toMatchObject({ kind: 'network' });
    await expect(adapter.forCompany(demo.syncs[0]!.companyId).listSyncs({ page }, { signal: signal() })).rejects.toMatchObject({ kind: 'network' });
    await expect(adapter.getSyncConfig(demo.syncs[0]!.id, { signal: signal() })).resolves.toBeDefined();
  });

  it('fails a seeded share of calls with network errors', async () => {
    const run = async () => {
      const adapter = createInMemoryAdapter(demo, { failRate: 0.3, seed: 5 });
      const results: string[] = [];
      for (let call = 0; call < 200; call += 1) {
        results.push(await adapter.getSync(demo.syncs[call]!.id, { signal: signal() }).then(() => 'ok', (error: SyncHealthError) => error.kind));
      }
      return results;
    };
    const results = await run();
    const failures = results.filter((result) => result === 'network').length;
    expect(failures).toBeGreaterThan(35);
    expect(failures).toBeLessThan(85);
    expect(results.every((result) => result === 'ok' || result === 'network')).toBe(true);
    expect(await run()).toEqual(results);
  });
});

describe('forCompany', () => {
  const adapter = createInMemoryAdapter(demo);
  const companyId = demo.syncs[0]!.companyId;
  const own = demo.syncs.filter((sync) => sync.companyId === companyId);

  it('sees only that company’s syncs, newest first, with paging', async () => {
    const history = adapter.forCompany(companyId);
    const first = await history.listSyncs({ page: { index: 0, size: 5 } }, { signal: signal() });
    expect(first.totalCount).toBe(own.length);
    expect(first.hasNextPage).toBe(own.length > 5);
    expect(first.items.map((sync) => sync.id)).toEqual(own.slice(0, 5).map((sync) => sync.id));
    const all = await history.listSyncs({ page: { index: 0, size: 500 } }, { signal: signal() });
    const starts = all.items.map((sync) => sync.startedAt);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('restricts to a date range', async () => {
    const middle = own[Math.floor(own.length / 2)]!;
    const history = adapter.forCompany(companyId);
    const recent = await history.listSyncs({ page: { index: 0, size: 500 }, range: { from: middle.startedAt } }, { signal: signal() });
    expect(recent.items.map((sync) => sync.id)).toEqual(own.filter((sync) => sync.startedAt >= middle.startedAt).map((sync) => sync.id));
  });

  it('gives only customer-safe fields, never internal ones', async () => {
    const failedCompany = demo.syncs.find((sync) => sync.internalMessage !== undefined)!.companyId;
    const items = (await adapter.forCompany(failedCompany).listSyncs({ page: { index: 0, size: 500 } }, { signal: signal() })).items;
    expect(items.length).toBeGreaterThan(0);
    const allowed = ['id', 'statusCode', 'startedAt', 'endedAt', 'dataRange', 'messages'];
    for (const sync of items) {
      for (const key of Object.keys(sync)) expect(allowed).toContain(key);
      expect(JSON.stringify(sync)).not.toMatch(/internalMessage|companyId|configuration|System\./);
    }
    const running = demo.syncs.find((sync) => sync.endedAt === undefined)!;
    const runningItems = (await adapter.forCompany(running.companyId).listSyncs({ page: { index: 0, size: 1 } }, { signal: signal() })).items;
    expect(Object.keys(runningItems[0]!)).not.toContain('endedAt');
  });

  it('passes on only the messages the customer can act on, as the troubleshooting catalogue says', async () => {
    const sync = makeSync({
      companyId: 'company-1',
      statusCode: 5130,
      messages: [
        { severity: 'error', text: '3 of 12 items could not be written to Xero.' }, // unknown to the catalogue
        { severity: 'error', text: 'customer 8A1F does not exist' }, // the customer's, however it is written
        { severity: 'error', text: 'One or more transactions have previously been processed: t-1' }, // the team's
        { severity: 'error', text: 'No company was found with ID.' }, // the provider's support
        { severity: 'note', text: 'Order 1042 was updated. Please reconcile manually.', recordId: 'order-1042' }, // the team's
        { severity: 'warning', text: 'Tax Rate TAX014 does not exist.', recordId: 'exp-7' }, // the customer's
      ],
    });
    const [customerSync] = (await createInMemoryAdapter({ syncs: [sync] }).forCompany('company-1').listSyncs({ page }, { signal: signal() })).items;
    expect(customerSync!.messages).toEqual([
      { severity: 'error', text: 'customer 8A1F does not exist' },
      { severity: 'warning', text: 'Tax Rate TAX014 does not exist.', recordId: 'exp-7' },
    ]);
    // The support view still has every message.
    expect(sync.messages).toHaveLength(6);
  });

  it('keeps every customer message of the demo data and drops every other one', async () => {
    const history = createInMemoryAdapter(demo).forCompany(companyId);
    const { items } = await history.listSyncs({ page: { index: 0, size: 500 } }, { signal: signal() });
    const byId = new Map(own.map((sync) => [sync.id, sync]));
    for (const item of items) {
      const expected = byId.get(item.id)!.messages.filter((message) => findTroubleshooting(message.text)?.fixer === 'customer');
      expect(item.messages).toEqual(expected);
    }
  });

  it('has nothing for an unknown company', async () => {
    const result = await adapter.forCompany('no-such-company').listSyncs({ page }, { signal: signal() });
    expect(result).toMatchObject({ items: [], totalCount: 0, hasNextPage: false });
  });
});

describe('behind the library’s validation', () => {
  it('answers every call with data the validating wrapper accepts', async () => {
    const dataset = generateDemoDataset({ seed: 3, syncs: 800, largeSyncItems: 600 });
    const inMemory = createInMemoryAdapter(dataset);
    const adapter = withValidation(inMemory);
    const ctx = { signal: signal() };
    const syncs = await adapter.listSyncs({ page: { index: 0, size: 500 } }, ctx);
    expect(syncs.items).toHaveLength(500);
    await expect(adapter.getSyncTotals({ bucket: 'hour' }, ctx)).resolves.toMatchObject({ total: 800 });
    const largeId = dataset.largeSyncId as string;
    await expect(adapter.getSync(largeId, ctx)).resolves.toMatchObject({ id: largeId });
    await expect(adapter.getSyncConfig(largeId, ctx)).resolves.toMatchObject({ syncId: largeId });
    await expect(adapter.listPushItems(largeId, { page: { index: 0, size: 500 } }, ctx)).resolves.toMatchObject({ totalCount: 600 });
    await expect(adapter.retryPushItems!(largeId, { itemIds: 'allFailed' }, ctx)).resolves.toMatchObject({ retried: 18 });
    const history = withCustomerValidation(inMemory.forCompany(dataset.syncs[0]!.companyId));
    await expect(history.listSyncs({ page: { index: 0, size: 50 } }, ctx)).resolves.toMatchObject({ pageIndex: 0 });
  });
});
