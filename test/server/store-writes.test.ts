/**
 * Writing to the store as a pipeline does: resending gives the same state; a changed sync is found by
 * what it says now; a batch with an invalid sync writes nothing; push items are replaced by ID where
 * they stand and the sync's counts follow them; configurations belong to a known sync.
 */
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import type { PushItem, Sync } from '../../src/core/model';
import { loadDataset } from '../../src/server/seed-demo-data';
import type { SyncHealthStore } from '../../src/server/store';
import { SYNC_WITH_ITEMS, contractConfig, contractPushItems, contractSyncs, smallContractDataset } from '../adapters/contract/contract-dataset';
import { STORE_KINDS, type TestStore } from './store-fixtures';

const NOW = '2026-11-22T12:00:00.000Z';
const ALL = { index: 0, size: 500 };
const demo = generateDemoDataset({ seed: 11, syncs: 400, now: NOW });

/** Everything a caller can read about the syncs of a data set. */
async function stateOf(store: SyncHealthStore) {
  const syncs: Sync[] = [];
  for await (const batch of store.exportSyncs({}, { field: 'syncId', direction: 'asc' })) syncs.push(...batch);
  const details = [];
  for (const sync of syncs) {
    const items = (await store.listPushItems(sync.id, { page: ALL })).items;
    const config = await store.getSyncConfig(sync.id).catch((error: unknown) => String(error));
    details.push({ items, config });
  }
  const totals = await store.getSyncTotals({ timeZone: 'Europe/London' });
  const groups = await store.getTopErrors({ limit: 100 });
  return { syncs, details, totals, groups };
}

describe.each(STORE_KINDS)('writing to the SQL store on $kind', ({ create }) => {
  let subject: TestStore;
  let store: SyncHealthStore;
  beforeEach(async () => {
    subject = await create({ now: () => new Date(NOW) });
    store = subject.store;
  });
  afterEach(() => subject.close());

  it('gives the same state when a pipeline sends everything again, in other batches', async () => {
    await loadDataset(store, demo, { madeDetailsForNewest: 40 });
    await loadDataset(store, smallContractDataset());
    const first = await stateOf(store);
    expect(first.details.filter((detail) => detail.items.length > 0).length).toBeGreaterThan(30);
    await loadDataset(store, smallContractDataset(), { batchSize: 3 });
    await loadDataset(store, { ...demo, syncs: [...demo.syncs].reverse() }, { madeDetailsForNewest: 40, batchSize: 77 });
    expect(await stateOf(store)).toEqual(first);
  });

  it('finds a changed sync by what it says now, in every filter, sort and total', async () => {
    await loadDataset(store, smallContractDataset());
    const before = contractSyncs.find((sync) => sync.id === 'sync-003') as Sync;
    const after: Sync = {
      ...before,
      companyName: 'Renamed Roasters',
      statusCode: 5130,
      messages: [{ severity: 'error', text: 'Tax Rate TAX777 does not exist.' }],
      endedAt: '2026-11-21T05:00:00.000Z',
    };
    await store.upsertSyncs([after]);
    const ids = async (query: Parameters<SyncHealthStore['listSyncs']>[0]) => (await store.listSyncs(query)).items.map((sync) => sync.id);
    expect(await ids({ search: 'renamed', page: ALL })).toEqual(['sync-003']);
    expect(await ids({ statusCodes: [4000], page: ALL })).toEqual([]);
    expect(await ids({ statusCategories: ['failedServer'], page: ALL })).toContain('sync-003');
    expect(await ids({ errorText: 'No sales customer has been configured.', page: ALL })).toEqual([]);
    expect(await ids({ errorTemplate: 'Tax Rate {id} does not exist.', page: ALL })).toEqual(['sync-003']);
    expect((await ids({ sort: { field: 'duration', direction: 'desc' }, page: ALL })).slice(0, 2)).toEqual(['sync-003', 'sync-004']);
    expect((await store.getSyncTotals({})).byStatusCode.find((entry) => entry.code === 4000)).toBeUndefined();
    expect(await store.getSync('sync-003')).toEqual(after);
  });

  it('writes none of a batch when one sync in it is invalid, naming it', async () => {
    const good = contractSyncs[0] as Sync;
    const bad = { ...contractSyncs[2], startedAt: 'yesterday' } as Sync;
    await expect(store.upsertSyncs([good, bad])).rejects.toMatchObject({ kind: 'invalidResponse', field: '[1].startedAt' });
    await expect(store.getSync(good.id)).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('keeps the last of a sync sent twice in one batch', async () => {
    const first = contractSyncs[0] as Sync;
    await store.upsertSyncs([first, { ...first, statusCode: 5000 }]);
    expect((await store.getSync(first.id)).statusCode).toBe(5000);
  });

  it("replaces push items by ID where they stand, puts new ones after, and keeps the sync's counts equal to them", async () => {
    await loadDataset(store, smallContractDataset());
    const changed: PushItem = { ...contractPushItems[1]!, status: 'success', completedAt: '2026-11-21T00:10:00.000Z' };
    delete changed.errorMessage;
    const added: PushItem = { ...contractPushItems[0]!, id: 'item-new', coreId: 'EXP-9999', status: 'timedOut' };
    await store.upsertPushItems(SYNC_WITH_ITEMS, [added, changed]);
    const items = (await store.listPushItems(SYNC_WITH_ITEMS, { page: ALL })).items;
    expect(items.map((item) => item.id)).toEqual([...contractPushItems.map((item) => item.id), 'item-new']);
    expect(items[1]).toEqual(changed);
    expect((await store.getSync(SYNC_WITH_ITEMS)).itemCounts).toEqual({ pending: 1, success: 8, failed: 1, timedOut: 2, validationError: 1 });
    // The pipeline sends the sync again with the counts it knew: the stored items still decide them.
    await store.upsertSyncs([contractSyncs.find((sync) => sync.id === SYNC_WITH_ITEMS) as Sync]);
    expect((await store.getSync(SYNC_WITH_ITEMS)).itemCounts).toEqual({ pending: 1, success: 8, failed: 1, timedOut: 2, validationError: 1 });
    expect((await store.listPushItems(SYNC_WITH_ITEMS, { search: 'exp-9999', page: ALL })).items).toEqual([added]);
  });

  it('refuses items and configurations of a sync it does not know, and a configuration naming another sync', async () => {
    await loadDataset(store, smallContractDataset());
    await expect(store.upsertPushItems('no-such-sync', contractPushItems)).rejects.toMatchObject({ kind: 'notFound' });
    await expect(store.putSyncConfig('no-such-sync', { ...contractConfig, syncId: 'no-such-sync' })).rejects.toMatchObject({ kind: 'notFound' });
    await expect(store.putSyncConfig('sync-003', contractConfig)).rejects.toMatchObject({ kind: 'invalidResponse', field: 'syncId' });
    await expect(store.getSyncConfig('sync-003')).rejects.toMatchObject({ kind: 'notFound' });
    await store.putSyncConfig('sync-003', { ...contractConfig, syncId: 'sync-003', isSnapshot: false });
    expect(await store.getSyncConfig('sync-003')).toEqual({ ...contractConfig, syncId: 'sync-003', isSnapshot: false });
  });
});
