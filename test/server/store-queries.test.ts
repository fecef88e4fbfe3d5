/**
 * The store answers every read as the in-memory adapter (the contract's reference) does over the same
 * data, beyond the contract suite's cases: realistic demo data plus syncs made to tie (equal starts,
 * ends and codes) with IDs outside the Basic Multilingual Plane, in every order, exported in small
 * keyset batches; totals and error groups in zones with half-hour, 45-minute and skipped-midnight
 * clocks; failing companies; customers' histories.
 */
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import type { InMemoryDataset } from '../../src/adapters/in-memory/in-memory-dataset';
import { createSeededRandom, pickOne } from '../../src/adapters/in-memory/seeded-random';
import type { Sync } from '../../src/core/model';
import { SYNC_SORT_FIELDS, type SyncFilter, type SyncSort } from '../../src/core/query';
import { loadDataset } from '../../src/server/seed-demo-data';
import { STORE_KINDS, clockAt, type TestStore } from './store-fixtures';

const NOW = '2026-11-22T12:00:00.000Z';
const ctx = { signal: new AbortController().signal };

/** Syncs that tie on every sort field but their IDs, whose IDs compare differently by code unit and by code point. */
function tyingSyncs(): Sync[] {
  const random = createSeededRandom(99);
  const starts = ['2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.001Z', '2026-11-21T23:30:00.000Z', '2026-11-22T11:59:59.999Z'];
  const ends = ['running', '2026-11-22T11:59:59.999Z', '2026-11-22T11:59:59.999Z'];
  const idParts = ['a', 'A', 'a\u{1F600}', 'a\uFFFD', 'a\uE000', '\u00E9', 'e\u0301', 'z', 'Z_', '%'];
  const companies = ['co-\u{1F600}', 'co-\uFFFD', 'CO', 'co', 'co_', 'co%'];
  return Array.from({ length: 240 }, (_, index): Sync => {
    const startedAt = pickOne(random, starts);
    const endedAt = pickOne(random, ends);
    const companyName = pickOne(random, ['Tie & Co', 'TIE \u{1F600} Ltd', '']);
    return {
      id: `${pickOne(random, idParts)}${pickOne(random, idParts)}-${index}`,
      companyId: pickOne(random, companies),
      ...(companyName === '' ? {} : { companyName }),
      product: pickOne(random, ['commerce', 'expenses'] as const),
      statusCode: pickOne(random, [1000, 2000, 5130, 4200]),
      startedAt,
      ...(endedAt === 'running' || endedAt < startedAt ? {} : { endedAt }),
      messages: [{ severity: 'error', text: pickOne(random, ['Tax Rate TAX012 does not exist.', 'Tax Rate TAX999 does not exist.', '  ']) }],
    };
  });
}

const demo = generateDemoDataset({ seed: 5, syncs: 1500, now: NOW });
const dataset: InMemoryDataset = { syncs: [...demo.syncs, ...tyingSyncs()], now: NOW };
const companyIds = [...new Set(dataset.syncs.map((sync) => sync.companyId))];

const FILTERS: SyncFilter[] = [
  {},
  { statusCategories: ['failedServer', 'inProgress'], search: 'co' },
  { range: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-21T23:30:00.000Z' }, product: 'expenses' },
  { errorTemplate: 'Tax Rate {id} does not exist.' },
];
const ZONES = ['UTC', 'Europe/London', 'America/Santiago', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'];

describe.each(STORE_KINDS)('the SQL store on $kind answers as the in-memory adapter', ({ create }) => {
  const memory = createInMemoryAdapter(dataset);
  let subject: TestStore;
  beforeAll(async () => {
    subject = await create({ now: clockAt(NOW), exportBatchSize: 37 });
    await loadDataset(subject.store, dataset);
  });
  afterAll(() => subject.close());

  async function memoryIds(filter: SyncFilter, sort: SyncSort): Promise<string[]> {
    const page = await memory.listSyncs({ ...filter, sort, page: { index: 0, size: 500 } }, ctx);
    const ids = page.items.map((sync) => sync.id);
    for (let index = 1; index * 500 < (page.totalCount ?? 0); index += 1) {
      ids.push(...(await memory.listSyncs({ ...filter, sort, page: { index, size: 500 } }, ctx)).items.map((sync) => sync.id));
    }
    return ids;
  }

  it('exports every matching sync in every order, ties by ID as JavaScript compares IDs', async () => {
    for (const filter of FILTERS) {
      for (const field of SYNC_SORT_FIELDS) {
        for (const direction of ['asc', 'desc'] as const) {
          const sort = { field, direction };
          const exported: string[] = [];
          for await (const batch of subject.store.exportSyncs(filter, sort)) exported.push(...batch.map((sync) => sync.id));
          expect(exported, JSON.stringify({ filter, sort })).toEqual(await memoryIds(filter, sort));
        }
      }
    }
  });

  it('pages deep into a list as the in-memory adapter does, with the same total', async () => {
    for (const filter of FILTERS) {
      const query = { ...filter, sort: { field: 'duration', direction: 'desc' } as const, page: { index: 7, size: 25 } };
      expect(await subject.store.listSyncs(query)).toEqual(await memory.listSyncs(query, ctx));
    }
  });

  it('counts totals by day and by hour in zones whose days and hours are not UTC’s', async () => {
    for (const filter of FILTERS) {
      for (const timeZone of ZONES) {
        for (const bucket of ['day', 'hour'] as const) {
          const query = { ...filter, timeZone, bucket };
          expect(await subject.store.getSyncTotals(query), JSON.stringify(query)).toEqual(await memory.getSyncTotals(query, ctx));
        }
      }
    }
  });

  it('groups errors as the in-memory adapter does, days in each zone', async () => {
    for (const filter of FILTERS) {
      for (const timeZone of ZONES) {
        const query = { ...filter, timeZone, limit: 8 };
        expect(await subject.store.getTopErrors(query), JSON.stringify(query)).toEqual(await memory.getTopErrors(query, ctx));
      }
    }
  });

  it('lists failing companies as the in-memory adapter does, whatever the limit', async () => {
    for (const filter of FILTERS) {
      for (const limit of [1, 4, 1000]) {
        const query = { ...filter, limit };
        expect(await subject.store.listFailingCompanies(query), JSON.stringify(query)).toEqual(await memory.listFailingCompanies(query, ctx));
      }
    }
  });

  it("gives each company its own history, newest first, as the in-memory adapter's customer view", async () => {
    const range = { from: '2026-10-15T00:00:00.000Z' };
    for (const companyId of companyIds.slice(0, 12).concat(companyIds.slice(-6))) {
      for (const query of [{ page: { index: 0, size: 10 } }, { page: { index: 1, size: 3 }, range }]) {
        expect(await subject.store.listCustomerSyncs(companyId, query), companyId).toEqual(await memory.forCompany(companyId).listSyncs(query, ctx));
      }
    }
  });
});
