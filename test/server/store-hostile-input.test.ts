/**
 * The repo's injection corpus (test/support/hostile-strings.ts) in every text the store takes. Reads
 * answer exactly as the in-memory adapter does (usually: nothing matches) or refuse cleanly with a
 * `SyncHealthError` (`notFound`, `unsupported` for a time zone), and change nothing; writes store the
 * text exactly, or refuse text PostgreSQL cannot hold (NUL, unpaired surrogates) naming the field,
 * with nothing written.
 */
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import type { InMemoryDataset } from '../../src/adapters/in-memory/in-memory-dataset';
import { isSyncHealthError } from '../../src/core/errors';
import type { PushItem, Sync, SyncConfig } from '../../src/core/model';
import type { SyncFilter } from '../../src/core/query';
import { loadDataset } from '../../src/server/seed-demo-data';
import { isStorableText } from '../../src/server/sql/stored-text';
import type { SyncHealthStore } from '../../src/server/store';
import { SYNC_WITH_ITEMS, contractConfig, smallContractDataset } from '../adapters/contract/contract-dataset';
import { HOSTILE_STRINGS } from '../support/hostile-strings';
import { STORE_KINDS, clockAt, type TestStore } from './store-fixtures';

const ctx = { signal: new AbortController().signal };
const ALL = { index: 0, size: 500 };
const hostileValues = HOSTILE_STRINGS.map((hostile) => hostile.value);
/** Text PostgreSQL cannot store exactly. */
const unstorable = (text: string) => !isStorableText(text);

/** The contract's small data set, plus syncs named and worded with every hostile string PostgreSQL can hold. */
function hostileDataset(): InMemoryDataset {
  const dataset = smallContractDataset();
  const storable = hostileValues.filter((value) => !unstorable(value));
  storable.forEach((value, index) => {
    dataset.syncs.push({
      id: `hostile-${index}`,
      companyId: index % 2 === 0 ? `company-hostile-${index % 5}` : value.slice(0, 200),
      companyName: value,
      product: 'commerce',
      statusCode: 5130,
      statusText: value,
      startedAt: new Date(Date.parse('2026-11-01T00:00:00.000Z') + index * 3_600_000).toISOString(),
      messages: [{ severity: 'error', text: value }],
      internalMessage: value,
    });
  });
  return dataset;
}

/** Rejects unless `error` is one of the clean refusals a caller can act on. */
function expectCleanRefusal(error: unknown, label: string): void {
  expect(isSyncHealthError(error), `${label}: ${String(error)}`).toBe(true);
  expect(['notFound', 'invalidResponse', 'unsupported'], label).toContain((error as { kind: string }).kind);
}

/** What the store holds, as a caller can see it. */
async function everything(store: SyncHealthStore) {
  const syncs: Sync[] = [];
  for await (const batch of store.exportSyncs({})) syncs.push(...batch);
  return { syncs, items: await store.listPushItems(SYNC_WITH_ITEMS, { page: ALL }), config: await store.getSyncConfig(SYNC_WITH_ITEMS) };
}

describe.each(STORE_KINDS)('the SQL store on $kind, given hostile text to read with', ({ create }) => {
  const dataset = hostileDataset();
  const memory = createInMemoryAdapter(dataset);
  let subject: TestStore;
  beforeAll(async () => {
    subject = await create({ now: clockAt(dataset.now) });
    await loadDataset(subject.store, dataset);
  });
  afterAll(() => subject.close());

  it('filters by it in every text filter exactly as the in-memory adapter does, and changes nothing', async () => {
    const { store } = subject;
    const before = await everything(store);
    for (const value of hostileValues) {
      const label = JSON.stringify(value.slice(0, 40));
      const filters: SyncFilter[] = [
        { search: value },
        { companyId: value },
        { errorText: value },
        { errorTemplate: value },
        { product: value as Sync['product'] },
        { statusCategories: [value as 'success'] },
      ];
      for (const filter of filters) {
        expect(await store.listSyncs({ ...filter, page: ALL }), `${label} ${Object.keys(filter)[0]}`).toEqual(await memory.listSyncs({ ...filter, page: ALL }, ctx));
        expect(await store.getSyncTotals(filter), label).toEqual(await memory.getSyncTotals(filter, ctx));
      }
      expect(await store.getTopErrors({ search: value, limit: 50 }), label).toEqual(await memory.getTopErrors({ search: value, limit: 50 }, ctx));
      expect(await store.listFailingCompanies({ errorText: value }), label).toEqual(await memory.listFailingCompanies({ errorText: value }, ctx));
      expect(await store.listPushItems(SYNC_WITH_ITEMS, { search: value, page: ALL }), label).toEqual(
        await memory.listPushItems(SYNC_WITH_ITEMS, { search: value, page: ALL }, ctx),
      );
      expect(await store.listCustomerSyncs(value, { page: ALL }), label).toEqual(await memory.forCompany(value).listSyncs({ page: ALL }, ctx));
    }
    expect(await everything(store)).toEqual(before);
  });

  it('refuses it cleanly as a sync ID, a time zone or a job, and changes nothing', async () => {
    const { store } = subject;
    const before = await everything(store);
    for (const value of hostileValues) {
      const label = JSON.stringify(value.slice(0, 40));
      const refusals: [string, () => Promise<unknown>][] = [
        ['getSync', () => store.getSync(value)],
        ['getSyncConfig', () => store.getSyncConfig(value)],
        ['listPushItems', () => store.listPushItems(value, { page: ALL })],
        ['upsertPushItems', () => store.upsertPushItems(value, [])],
        ['putSyncConfig', () => store.putSyncConfig(value, { ...contractConfig, syncId: value })],
        ['requestRetry', () => store.requestRetry(value, { itemIds: 'allFailed' }, value)],
        ['getSyncTotals', () => store.getSyncTotals({ timeZone: value })],
        ['getTopErrors', () => store.getTopErrors({ timeZone: value })],
      ];
      for (const [name, call] of refusals) {
        const error = await call().then(() => undefined, (reason: unknown) => reason);
        expectCleanRefusal(error, `${name} ${label}`);
      }
      // Naming a sync's items by hostile IDs retries none of them.
      expect(await store.requestRetry(SYNC_WITH_ITEMS, { itemIds: [value] })).toEqual({ retried: 0, succeeded: 0, failed: 0, pending: 0 });
      await store.completeRetry(value, [{ itemId: value, status: 'success' }]);
    }
    expect(await everything(store)).toEqual(before);
    expect(await store.takeRetryRequests()).toEqual([]);
  });
});

describe.each(STORE_KINDS)('the SQL store on $kind, given hostile text to keep', ({ create }) => {
  let subject: TestStore;
  beforeAll(async () => {
    subject = await create();
  });
  afterAll(() => subject.close());

  const syncWith = (value: string, id: string): Sync => ({
    id,
    companyId: value.length <= 256 ? value : `company-${id}`,
    companyName: value,
    product: 'expenses',
    statusCode: 5130,
    statusText: value,
    startedAt: '2026-11-20T10:00:00.000Z',
    endedAt: '2026-11-20T10:05:00.000Z',
    messages: [{ severity: 'error', text: value, recordId: value }],
    internalMessage: value,
    dataRange: { from: '2026-11-19T00:00:00.000Z' },
  });
  const itemWith = (value: string): PushItem => ({
    id: 'item-1',
    coreId: value,
    dataType: value,
    status: 'failed',
    requestedAt: '2026-11-20T10:01:00.000Z',
    completedAt: '2026-11-20T10:02:00.000Z',
    errorMessage: value,
    validationErrors: [{ message: value, validatorName: value }],
    validationWarnings: [],
    attempts: 1,
    pushedRecord: { [value]: value, list: [value, 1, null] },
    platformResponse: value,
  });

  it('keeps every hostile text PostgreSQL can hold exactly as it was written, findable by it', async () => {
    const { store } = subject;
    for (const [index, value] of hostileValues.entries()) {
      if (unstorable(value)) continue;
      const label = JSON.stringify(value.slice(0, 40));
      const sync = syncWith(value, `keep-${index}`);
      const config: SyncConfig = { syncId: sync.id, companyId: sync.companyId, isSnapshot: true, configuration: { [value]: [value] } };
      await store.upsertSyncs([sync]);
      await store.upsertPushItems(sync.id, [itemWith(value)]);
      await store.putSyncConfig(sync.id, config);
      expect(await store.getSync(sync.id), label).toEqual({ ...sync, itemCounts: { pending: 0, success: 0, failed: 1, timedOut: 0, validationError: 0 } });
      expect((await store.listPushItems(sync.id, { page: ALL })).items, label).toEqual([itemWith(value)]);
      expect(await store.getSyncConfig(sync.id), label).toEqual(config);
      expect((await store.listSyncs({ companyId: sync.companyId, errorText: value, page: ALL })).items.map((found) => found.id), label).toContain(sync.id);
      expect((await store.listSyncs({ search: value, page: ALL })).items.map((found) => found.id), label).toContain(sync.id);
    }
  });

  it('refuses text PostgreSQL cannot hold, naming the field, and writes nothing', async () => {
    const { store } = subject;
    const refused = hostileValues.filter(unstorable);
    expect(refused.length).toBeGreaterThan(2);
    for (const [index, value] of refused.entries()) {
      const label = JSON.stringify(value.slice(0, 40));
      const good = syncWith('fine', `refused-neighbour-${index}`);
      const bad = { ...good, id: `refused-${index}`, companyName: value };
      const error = await store.upsertSyncs([good, bad]).then(() => undefined, (reason: unknown) => reason);
      expectCleanRefusal(error, label);
      expect((error as { field?: string }).field, label).toBe('[1].companyName');
      await expect(store.getSync(good.id)).rejects.toMatchObject({ kind: 'notFound' });
    }
    const kept = syncWith('fine', 'kept-for-items');
    await store.upsertSyncs([kept]);
    const itemError = await store.upsertPushItems(kept.id, [itemWith(refused[0]!)]).then(() => undefined, (reason: unknown) => reason);
    expectCleanRefusal(itemError, 'push item');
    expect((await store.listPushItems(kept.id, { page: ALL })).items).toEqual([]);
  });

  it('refuses an ID longer than 256 characters, naming it', async () => {
    const long = syncWith('fine', 'x'.repeat(257));
    await expect(subject.store.upsertSyncs([long])).rejects.toMatchObject({ kind: 'invalidResponse', field: '[0].id' });
  });
});
