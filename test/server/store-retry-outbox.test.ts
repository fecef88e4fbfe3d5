/**
 * The retry outbox as the host's worker and the support team meet it: a request marks the failed
 * items pending and queues one job; an idempotency key makes any number of identical requests (20
 * at once here) one request with one outcome; jobs go to one worker at a time under a lease and come
 * back when a worker dies; completing a job records the worker's results once.
 */
import { FAILED_PUSH_ITEM_STATUSES, type PushItem, type Sync } from '../../src/core/model';
import type { SyncHealthStore } from '../../src/server/store';
import { storeAdapter } from '../../src/server/store-adapter';
import { SYNC_WITH_ITEMS, contractPushItems, contractSyncs } from '../adapters/contract/contract-dataset';
import { STORE_KINDS, type TestStore } from './store-fixtures';

const ALL = { index: 0, size: 500 };
const START = Date.parse('2026-11-22T12:00:00.000Z');
const syncWithItems = contractSyncs.find((sync) => sync.id === SYNC_WITH_ITEMS) as Sync;
const failedIds = contractPushItems.filter((item) => FAILED_PUSH_ITEM_STATUSES.includes(item.status)).map((item) => item.id);
const noRetry = { retried: 0, succeeded: 0, failed: 0, pending: 0 };

describe.each(STORE_KINDS)('the retry outbox of the SQL store on $kind', ({ create }) => {
  let now = START;
  let subject: TestStore;
  let store: SyncHealthStore;
  let syncIds: string[] = [];
  let round = 0;

  /** A fresh copy of the contract's sync with failed items (a new ID per test), and its items. */
  async function addSyncWithFailedItems(product: Sync['product'] = 'expenses'): Promise<string> {
    round += 1;
    const id = `retry-${round}`;
    await store.upsertSyncs([{ ...syncWithItems, id, product }]);
    await store.upsertPushItems(id, contractPushItems);
    syncIds.push(id);
    return id;
  }
  const itemsOf = async (syncId: string): Promise<PushItem[]> => (await store.listPushItems(syncId, { page: ALL })).items;
  /** Opens as many connections as a burst can use (PostgreSQL), so that requests sent at once do run at once. */
  const warmUp = (syncId: string) => Promise.all(Array.from({ length: 10 }, () => store.getSync(syncId)));
  /** Every job waiting now, without holding them (their lease is over at once). */
  const waitingJobs = async () => store.takeRetryRequests({ limit: 1000, leaseMs: 0 });

  beforeAll(async () => {
    subject = await create({ now: () => new Date(now) });
    store = subject.store;
  });
  afterAll(() => subject.close());
  beforeEach(async () => {
    // Each test starts with an empty outbox: whatever an earlier test left is completed as refused.
    now += 24 * 3_600_000;
    for (const job of await waitingJobs()) await store.completeRetry(job.id, []);
    syncIds = [];
  });

  it('marks the failed items pending, one more attempt each, and queues one job with them', async () => {
    const syncId = await addSyncWithFailedItems();
    expect(await store.requestRetry(syncId, { itemIds: 'allFailed' })).toEqual({ retried: 4, succeeded: 0, failed: 0, pending: 4 });
    const items = await itemsOf(syncId);
    for (const item of items.filter((candidate) => failedIds.includes(candidate.id))) {
      expect(item).toMatchObject({ status: 'pending', attempts: 2, requestedAt: new Date(now).toISOString() });
      expect(item.completedAt).toBeUndefined();
    }
    expect(items.filter((item) => !failedIds.includes(item.id))).toEqual(contractPushItems.filter((item) => !failedIds.includes(item.id)));
    expect((await store.getSync(syncId)).itemCounts).toEqual({ pending: 5, success: 7, failed: 0, timedOut: 0, validationError: 0 });
    const [job, ...others] = await store.takeRetryRequests();
    expect(others).toEqual([]);
    expect(job).toMatchObject({ syncId, itemIds: failedIds, requestedAt: new Date(now).toISOString(), attempts: 1 });
  });

  it('retries only the listed items that failed, ignoring the others', async () => {
    const syncId = await addSyncWithFailedItems();
    expect(await store.requestRetry(syncId, { itemIds: [failedIds[1]!, 'item-01', 'no-such-item'] })).toEqual({ ...noRetry, retried: 1, pending: 1 });
    expect((await waitingJobs()).map((job) => job.itemIds)).toEqual([[failedIds[1]]]);
  });

  it('answers twenty identical requests sent at once with one key with one outcome, and queues one job', async () => {
    const syncId = await addSyncWithFailedItems();
    await warmUp(syncId);
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.requestRetry(syncId, { itemIds: 'allFailed' }, 'retry-key-1')));
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome)))).toEqual(new Set([JSON.stringify({ retried: 4, succeeded: 0, failed: 0, pending: 4 })]));
    const jobs = await waitingJobs();
    expect(jobs.map((job) => job.syncId)).toEqual([syncId]);
    // Later, with the items failed again, the same key still gives the first outcome and queues nothing.
    await store.completeRetry(jobs[0]!.id, failedIds.map((itemId) => ({ itemId, status: 'failed' })));
    expect(await store.requestRetry(syncId, { itemIds: 'allFailed' }, 'retry-key-1')).toEqual({ retried: 4, succeeded: 0, failed: 0, pending: 4 });
    expect(await waitingJobs()).toEqual([]);
    // Another key is another request.
    expect(await store.requestRetry(syncId, { itemIds: 'allFailed' }, 'retry-key-2')).toMatchObject({ retried: 4 });
  });

  it('retries each failed item once when requests without a key come at once', async () => {
    const syncId = await addSyncWithFailedItems();
    await warmUp(syncId);
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.requestRetry(syncId, { itemIds: 'allFailed' })));
    expect(outcomes.reduce((sum, outcome) => sum + outcome.retried, 0)).toBe(4);
    expect(await waitingJobs()).toHaveLength(1);
  });

  it('keeps any idempotency key apart from every other, however long or odd', async () => {
    const syncId = await addSyncWithFailedItems();
    const keys = ['\u0000', '\uD800', '\uFFFD', 'k'.repeat(10_000), `${'k'.repeat(9_999)}K`];
    expect(await store.requestRetry(syncId, { itemIds: [failedIds[0]!] }, keys[0])).toMatchObject({ retried: 1 });
    for (const [index, key] of keys.entries()) {
      expect(await store.requestRetry(syncId, { itemIds: [failedIds[index] ?? 'none'] }, key), JSON.stringify(key.slice(0, 5))).toMatchObject({
        retried: index < failedIds.length ? 1 : 0,
      });
      expect(await store.requestRetry(syncId, { itemIds: 'allFailed' }, key)).toMatchObject({ retried: index < failedIds.length ? 1 : 0 });
    }
  });

  it('hands each job to one worker at a time, oldest first, and again once its lease is over', async () => {
    const first = await addSyncWithFailedItems();
    await store.requestRetry(first, { itemIds: 'allFailed' });
    now += 1000;
    const second = await addSyncWithFailedItems();
    await store.requestRetry(second, { itemIds: 'allFailed' });
    const taken = await store.takeRetryRequests({ leaseMs: 60_000 });
    expect(taken.map((job) => [job.syncId, job.attempts])).toEqual([
      [first, 1],
      [second, 1],
    ]);
    expect(await store.takeRetryRequests({ leaseMs: 60_000 })).toEqual([]);
    now += 59_000;
    expect(await store.takeRetryRequests()).toEqual([]);
    now += 2_000;
    // The worker that took them died: they are handed out again, counted as a second attempt.
    const again = await store.takeRetryRequests({ limit: 1 });
    expect(again.map((job) => [job.id, job.attempts])).toEqual([[taken[0]!.id, 2]]);
  });

  it('never hands one job to two workers asking at once', async () => {
    for (let index = 0; index < 6; index += 1) {
      const syncId = await addSyncWithFailedItems();
      await store.requestRetry(syncId, { itemIds: 'allFailed' });
    }
    await warmUp(syncIds[0]!);
    const takes = await Promise.all(Array.from({ length: 8 }, () => store.takeRetryRequests({ limit: 1 })));
    const jobIds = takes.flat().map((job) => job.id);
    expect(jobIds).toHaveLength(6);
    expect(new Set(jobIds).size).toBe(6);
  });

  it("records the worker's results once: statuses, errors, attempts, the sync's counts; then the job is gone", async () => {
    const syncId = await addSyncWithFailedItems();
    await store.requestRetry(syncId, { itemIds: 'allFailed' });
    await store.takeRetryRequests({ leaseMs: 0 });
    now += 5_000;
    const [job] = await store.takeRetryRequests();
    const [pushed, refused, waiting] = failedIds;
    await store.completeRetry(job!.id, [
      { itemId: pushed!, status: 'success', platformResponse: { Id: 'created-1' } },
      { itemId: refused!, status: 'failed', errorMessage: 'Account 4000 is still archived', platformResponse: { ErrorNumber: 10 } },
      { itemId: waiting!, status: 'pending' },
      { itemId: 'item-01', status: 'failed', errorMessage: 'not part of the job' },
    ]);
    const items = await itemsOf(syncId);
    const byId = new Map(items.map((item) => [item.id, item]));
    const completedAt = new Date(now).toISOString();
    // Taken twice (the first lease ran out): two pushes of this retry, three in all.
    expect(byId.get(pushed!)).toMatchObject({ status: 'success', attempts: 3, completedAt, validationErrors: [], platformResponse: { Id: 'created-1' } });
    expect(byId.get(pushed!)?.errorMessage).toBeUndefined();
    expect(byId.get(refused!)).toMatchObject({ status: 'failed', attempts: 3, completedAt, errorMessage: 'Account 4000 is still archived' });
    expect(byId.get(waiting!)).toMatchObject({ status: 'pending', attempts: 3 });
    expect(byId.get('item-01')).toEqual(contractPushItems[0]);
    expect((await store.getSync(syncId)).itemCounts).toEqual({ pending: 3, success: 8, failed: 1, timedOut: 0, validationError: 0 });
    // Completing it again, or late, changes nothing; it is never handed out again.
    await store.completeRetry(job!.id, [{ itemId: refused!, status: 'success' }]);
    expect(await itemsOf(syncId)).toEqual(items);
    now += 3_600_000;
    expect(await waitingJobs()).toEqual([]);
  });

  it('refuses results that are not results, and keeps the job', async () => {
    const syncId = await addSyncWithFailedItems();
    await store.requestRetry(syncId, { itemIds: 'allFailed' });
    const [job] = await waitingJobs();
    const before = await itemsOf(syncId);
    await expect(store.completeRetry(job!.id, [{ itemId: failedIds[0]!, status: 'done' as 'success' }])).rejects.toMatchObject({ kind: 'invalidResponse', field: '[0].status' });
    await expect(store.completeRetry(job!.id, [{ itemId: failedIds[0]!, status: 'failed', platformResponse: { bad: '\u0000' } }])).rejects.toMatchObject({ kind: 'invalidResponse' });
    expect(await itemsOf(syncId)).toEqual(before);
    expect((await waitingJobs()).map((waiting) => waiting.id)).toEqual([job!.id]);
  });

  it('through the adapter: retries Sync for Expenses syncs only, leaving the items pending for the worker', async () => {
    const adapter = storeAdapter(store);
    const ctx = { signal: new AbortController().signal };
    const commerce = await addSyncWithFailedItems('commerce');
    await expect(adapter.retryPushItems(commerce, { itemIds: 'allFailed' }, ctx)).rejects.toMatchObject({ kind: 'unsupported' });
    expect(await itemsOf(commerce)).toEqual(contractPushItems);
    const expenses = await addSyncWithFailedItems('expenses');
    expect(await adapter.retryPushItems(expenses, { itemIds: 'allFailed' }, ctx)).toEqual({ retried: 4, succeeded: 0, failed: 0, pending: 4 });
    await expect(adapter.retryPushItems('no-such-sync', { itemIds: 'allFailed' }, ctx)).rejects.toMatchObject({ kind: 'notFound' });
    expect((await waitingJobs()).map((job) => job.syncId)).toEqual([expenses]);
  });
});
