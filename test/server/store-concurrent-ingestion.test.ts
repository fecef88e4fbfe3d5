/**
 * Reading while a pipeline writes: every answer given during ingestion is whole and consistent in
 * itself (a batch is seen entirely or not at all; a page is in order; a total agrees with its own
 * counts), and once ingestion ends every read sees all of it.
 */
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import type { Page, Sync } from '../../src/core/model';
import type { SyncTotals } from '../../src/core/query';
import { STORE_KINDS, clockAt, type TestStore } from './store-fixtures';

const BATCH = 200;
const dataset = generateDemoDataset({ seed: 8, syncs: 3000 });
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

/** Checks one page and one set of totals read while batches were being written. */
function expectWholeAndConsistent(page: Page<Sync>, totals: SyncTotals): void {
  expect((page.totalCount ?? 0) % BATCH).toBe(0);
  const starts = page.items.map((sync) => sync.startedAt);
  expect(starts).toEqual([...starts].sort().reverse());
  expect(totals.total % BATCH).toBe(0);
  expect(totals.byStatusCode.reduce((total, entry) => total + entry.count, 0)).toBe(totals.total);
  expect(totals.timeline.reduce((total, bucket) => total + sum(bucket.byCategory), 0)).toBe(totals.total);
}

describe.each(STORE_KINDS)('the SQL store on $kind, read while it is written', ({ create }) => {
  let subject: TestStore;
  beforeAll(async () => {
    subject = await create({ now: clockAt(dataset.now) });
  });
  afterAll(() => subject.close());

  it('gives whole, consistent answers during ingestion and everything after it', async () => {
    const { store } = subject;
    let ingesting = true;
    const ingestion = (async () => {
      try {
        for (let start = 0; start < dataset.syncs.length; start += BATCH) await store.upsertSyncs(dataset.syncs.slice(start, start + BATCH));
      } finally {
        ingesting = false;
      }
    })();
    const reader = async () => {
      let reads = 0;
      do {
        const [page, totals] = await Promise.all([store.listSyncs({ page: { index: 0, size: 100 } }), store.getSyncTotals({ timeZone: 'Europe/Paris' })]);
        expectWholeAndConsistent(page, totals);
        reads += 1;
      } while (ingesting);
      return reads;
    };
    const [, ...reads] = await Promise.all([ingestion, reader(), reader(), reader()]);
    expect(reads.every((count) => count >= 1)).toBe(true);

    const memory = createInMemoryAdapter(dataset);
    const ctx = { signal: new AbortController().signal };
    const query = { statusCategories: ['failedServer' as const], page: { index: 2, size: 50 } };
    expect(await store.listSyncs(query)).toEqual(await memory.listSyncs(query, ctx));
    expect(await store.getSyncTotals({ timeZone: 'Europe/Paris' })).toEqual(await memory.getSyncTotals({ timeZone: 'Europe/Paris' }, ctx));
  });
});
