import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import type { Sync } from '../../src/core/model';
import { SYNC_SORT_FIELDS, type SyncFilter, type SyncSortField } from '../../src/core/query';
import { SYNC_STATUS_CATEGORIES, statusCategoryOf } from '../../src/core/status';
import { toErrorTemplate } from '../../src/core/error-templates';
import { makeBareSync, makePushItem } from '../support/fixtures';
import { expectedIds } from './contract/contract-oracle';

const ctx = { signal: new AbortController().signal };
const NOW = '2026-11-22T12:00:00.000Z';

const sync = makeBareSync;

const small = [
  sync('SYNC-001', { startedAt: '2026-11-20T00:00:00.000Z', endedAt: '2026-11-20T00:10:00.000Z' }),
  sync('sync-002', { companyId: 'Company-B', startedAt: '2026-11-21T00:00:00.000Z', endedAt: '2026-11-21T00:01:00.000Z', statusCode: 5130, product: 'expenses' }),
  sync('sync-003', { startedAt: '2026-11-21T00:00:00.000Z', endedAt: '2026-11-21T00:30:00.000Z', statusCode: 4000 }),
  sync('sync-004', { companyId: 'company-c', startedAt: '2026-11-22T11:00:00.000Z', endedAt: undefined, statusCode: 1010 }),
  sync('sync-005', { startedAt: '2026-11-19T23:59:59.999Z', endedAt: '2026-11-20T00:00:30.000Z', statusCode: 4200 }),
  sync('sync-006', { companyId: 'Company-B', startedAt: '2026-11-22T00:00:00.000Z', endedAt: '2026-11-22T00:02:00.000Z', statusCode: 2040, product: 'expenses' }),
];
const smallAdapter = createInMemoryAdapter({ syncs: small, now: NOW });

async function ids(filter: SyncFilter & { sort?: { field: SyncSortField; direction: 'asc' | 'desc' } }): Promise<string[]> {
  const page = await smallAdapter.listSyncs({ ...filter, page: { index: 0, size: 500 } }, ctx);
  return page.items.map((item) => item.id);
}

describe('createInMemoryAdapter: filters', () => {
  it('lists newest first by default, ties by sync ID', async () => {
    expect(await ids({})).toEqual(['sync-004', 'sync-006', 'sync-003', 'sync-002', 'SYNC-001', 'sync-005']);
  });

  it('searches sync IDs and company IDs, ignoring case and surrounding white space', async () => {
    expect(await ids({ search: '  sync-00  ' })).toHaveLength(6);
    expect(await ids({ search: 'sync-001' })).toEqual(['SYNC-001']);
    expect(await ids({ search: 'COMPANY-b' })).toEqual(['sync-006', 'sync-002']);
    expect(await ids({ search: 'pany-c' })).toEqual(['sync-004']);
    expect(await ids({ search: '   ' })).toHaveLength(6);
    expect(await ids({ search: 'nothing like it' })).toEqual([]);
    // IDs are searched as one joined text; a line break must not match across two of them.
    expect(await ids({ search: '001\nsync' })).toEqual([]);
  });

  it('searches sync IDs, company IDs and company names as the contract says, whatever they hold', async () => {
    // Texts are searched joined, one per line, in lower case: line breaks, letters whose lower case
    // is longer ("İ"), surrogate pairs and pattern characters must not move a hit onto another sync.
    const unit = fc.constantFrom('a', 'A', 'İ', 'i', '\n', '%', '_', '.', '*', ' ', '\u{1F600}', 'ß');
    const record = fc.record({
      id: fc.string({ unit, minLength: 1, maxLength: 5 }),
      companyId: fc.string({ unit, minLength: 1, maxLength: 3 }),
      companyName: fc.option(fc.string({ unit, maxLength: 6 }), { nil: undefined }),
    });
    const bySyncId = { field: 'syncId', direction: 'asc' } as const;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(record, { selector: (entry) => entry.id, maxLength: 20 }), fc.string({ unit, minLength: 1, maxLength: 3 }), async (records, search) => {
        const syncs = records.map(({ id, companyId, companyName }) => sync(id, { companyId, companyName }));
        const page = await createInMemoryAdapter({ syncs, now: NOW }).listSyncs({ search, sort: bySyncId, page: { index: 0, size: 500 } }, ctx);
        expect(page.items.map((item) => item.id)).toEqual(expectedIds(syncs, { search }, bySyncId, NOW));
      }),
      { seed: 2026, numRuns: 300 },
    );
  });

  it('filters by exact company ID', async () => {
    expect(await ids({ companyId: 'Company-B' })).toEqual(['sync-006', 'sync-002']);
    expect(await ids({ companyId: 'company-b' })).toEqual([]);
    expect(await ids({ companyId: 'no-such-company' })).toEqual([]);
  });

  it('filters by start time, from inclusive and to exclusive', async () => {
    const range = { from: '2026-11-20T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' };
    expect(await ids({ range })).toEqual(['SYNC-001']);
    expect(await ids({ range: { from: '2026-11-21T00:00:00.000Z' } })).toEqual(['sync-004', 'sync-006', 'sync-003', 'sync-002']);
    expect(await ids({ range: { to: '2026-11-20T00:00:00.000Z' } })).toEqual(['sync-005']);
  });

  it('filters by status codes or categories, combined with OR', async () => {
    expect(await ids({ statusCodes: [5130] })).toEqual(['sync-002']);
    expect(await ids({ statusCategories: ['success'] })).toEqual(['sync-006', 'SYNC-001']);
    expect(await ids({ statusCategories: ['unknown'] })).toEqual(['sync-005']);
    expect(await ids({ statusCategories: ['inProgress'], statusCodes: [4000, 5130] })).toEqual(['sync-004', 'sync-003', 'sync-002']);
    expect(await ids({ statusCodes: [], statusCategories: [] })).toHaveLength(6);
  });

  it('filters by product, and combines every other filter with AND', async () => {
    expect(await ids({ product: 'expenses' })).toEqual(['sync-006', 'sync-002']);
    expect(await ids({ product: 'expenses', statusCategories: ['success'], search: 'company' })).toEqual(['sync-006']);
    expect(await ids({ product: 'commerce', companyId: 'Company-B' })).toEqual([]);
  });
});

describe('createInMemoryAdapter: sorting', () => {
  it('sorts by each field, ties by sync ID, descending exactly reversed', async () => {
    const byDuration = await ids({ sort: { field: 'duration', direction: 'asc' } });
    // sync-004 is running since 11:00, so at 12:00 it has run an hour: the longest.
    expect(byDuration).toEqual(['sync-005', 'sync-002', 'sync-006', 'SYNC-001', 'sync-003', 'sync-004']);
    expect(await ids({ sort: { field: 'endedAt', direction: 'asc' } })).toEqual(['sync-005', 'SYNC-001', 'sync-002', 'sync-003', 'sync-006', 'sync-004']);
    expect(await ids({ sort: { field: 'statusCode', direction: 'asc' } })).toEqual(['sync-004', 'SYNC-001', 'sync-006', 'sync-003', 'sync-005', 'sync-002']);
    expect(await ids({ sort: { field: 'companyId', direction: 'asc' } })).toEqual(['sync-002', 'sync-006', 'SYNC-001', 'sync-003', 'sync-005', 'sync-004']);
    expect(await ids({ sort: { field: 'syncId', direction: 'asc' } })).toEqual(['SYNC-001', 'sync-002', 'sync-003', 'sync-004', 'sync-005', 'sync-006']);
    for (const field of SYNC_SORT_FIELDS) {
      const ascending = await ids({ sort: { field, direction: 'asc' } });
      expect(await ids({ sort: { field, direction: 'desc' } }), field).toEqual([...ascending].reverse());
    }
  });

  it('breaks a tie in start time by sync ID', async () => {
    expect(await ids({ sort: { field: 'startedAt', direction: 'asc' }, range: { from: '2026-11-21T00:00:00.000Z', to: '2026-11-21T00:00:00.001Z' } })).toEqual(['sync-002', 'sync-003']);
  });

  const demo = generateDemoDataset({ seed: 11, syncs: 2_000 });
  const demoAdapter = createInMemoryAdapter(demo);
  const nowMs = Date.parse(demo.now);
  const keyOf: Record<SyncSortField, (item: Sync) => number | string> = {
    startedAt: (item) => Date.parse(item.startedAt),
    endedAt: (item) => (item.endedAt ? Date.parse(item.endedAt) : Number.POSITIVE_INFINITY),
    duration: (item) => (item.endedAt ? Date.parse(item.endedAt) : nowMs) - Date.parse(item.startedAt),
    statusCode: (item) => item.statusCode,
    companyId: (item) => item.companyId,
    syncId: (item) => item.id,
  };
  const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);

  it.each(SYNC_SORT_FIELDS.flatMap((field) => (['asc', 'desc'] as const).map((direction) => [field, direction] as const)))(
    'agrees with a plain sort of 2,000 demo syncs by %s %s, filtered and across pages',
    async (field, direction) => {
      const filter: SyncFilter = { statusCategories: ['failedServer', 'success'], product: 'commerce' };
      const expected = demo.syncs
        .filter((item) => item.product === 'commerce' && ['failedServer', 'success'].includes(statusCategoryOf(item.statusCode)))
        .sort((a, b) => compare(keyOf[field](a), keyOf[field](b)) || compare(a.id, b.id))
        .map((item) => item.id);
      if (direction === 'desc') expected.reverse();
      const seen: string[] = [];
      for (let index = 0; ; index += 1) {
        const page = await demoAdapter.listSyncs({ ...filter, sort: { field, direction }, page: { index, size: 250 } }, ctx);
        expect(page.totalCount).toBe(expected.length);
        seen.push(...page.items.map((item) => item.id));
        if (!page.hasNextPage) break;
      }
      expect(seen).toEqual(expected);
    },
  );

  it('agrees with a plain sort on IDs that share their first characters or hold non-ASCII, equal times, unreadable and running ones', async () => {
    const times = ['2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.001Z', '2026-11-21T00:00:00.000Z', 'not a time'];
    const record = fc.record({
      id: fc.string({ unit: fc.constantFrom('s', 'S', 'y', '0', 'é', '\u{1F600}', '-'), maxLength: 7 }),
      start: fc.nat(3),
      end: fc.option(fc.nat(3), { nil: undefined }),
    });
    const startMs = (item: Sync) => (Number.isNaN(Date.parse(item.startedAt)) ? Number.NEGATIVE_INFINITY : Date.parse(item.startedAt));
    const endMs = (item: Sync) => (item.endedAt === undefined || Number.isNaN(Date.parse(item.endedAt)) ? Number.POSITIVE_INFINITY : Date.parse(item.endedAt));
    const keyOfEdge: Partial<Record<SyncSortField, (item: Sync) => number | string>> = {
      startedAt: startMs,
      endedAt: endMs,
      duration: (item) => {
        const duration = (endMs(item) === Number.POSITIVE_INFINITY ? Date.parse(NOW) : endMs(item)) - startMs(item);
        return Number.isFinite(duration) ? Math.max(0, duration) : 0;
      },
      syncId: (item) => item.id,
    };
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(record, { selector: (entry) => entry.id, maxLength: 40 }), async (records) => {
        const syncs = records.map((entry) => sync(entry.id, { startedAt: times[entry.start]!, endedAt: entry.end === undefined ? undefined : times[entry.end] }));
        const adapter = createInMemoryAdapter({ syncs, now: NOW });
        for (const [field, key] of Object.entries(keyOfEdge) as [SyncSortField, (item: Sync) => number | string][]) {
          const expected = [...syncs].sort((a, b) => compare(key(a), key(b)) || compare(a.id, b.id)).map((item) => item.id);
          const page = await adapter.listSyncs({ sort: { field, direction: 'asc' }, page: { index: 0, size: 500 } }, ctx);
          expect(page.items.map((item) => item.id), field).toEqual(expected);
        }
      }),
      { seed: 2026, numRuns: 200 },
    );
  });
});

describe('createInMemoryAdapter: paging', () => {
  it('reports totalCount and hasNextPage, with a short last page and an empty page past the end', async () => {
    const first = await smallAdapter.listSyncs({ page: { index: 0, size: 4 } }, ctx);
    expect(first).toMatchObject({ pageIndex: 0, pageSize: 4, totalCount: 6, hasNextPage: true });
    expect(first.items).toHaveLength(4);
    const last = await smallAdapter.listSyncs({ page: { index: 1, size: 4 } }, ctx);
    expect(last).toMatchObject({ pageIndex: 1, totalCount: 6, hasNextPage: false });
    expect(last.items.map((item) => item.id)).toEqual(['SYNC-001', 'sync-005']);
    const exact = await smallAdapter.listSyncs({ page: { index: 1, size: 3 } }, ctx);
    expect(exact.hasNextPage).toBe(false);
    const beyond = await smallAdapter.listSyncs({ page: { index: 9, size: 4 } }, ctx);
    expect(beyond).toMatchObject({ items: [], totalCount: 6, hasNextPage: false });
  });

  it('keeps page sizes within 1 to 500', async () => {
    expect((await smallAdapter.listSyncs({ page: { index: 0, size: 0 } }, ctx)).items).toHaveLength(1);
    const demo = createInMemoryAdapter(generateDemoDataset({ seed: 3, syncs: 800 }));
    expect((await demo.listSyncs({ page: { index: 0, size: 5_000 } }, ctx)).items).toHaveLength(500);
  });
});

describe('createInMemoryAdapter: totals', () => {
  it('counts per code, per category (every category present) and per UTC day', async () => {
    const totals = await smallAdapter.getSyncTotals({}, ctx);
    expect(totals.total).toBe(6);
    expect(totals.byStatusCode).toEqual([
      { code: 1010, count: 1 }, { code: 2000, count: 1 }, { code: 2040, count: 1 }, { code: 4000, count: 1 }, { code: 4200, count: 1 }, { code: 5130, count: 1 },
    ]);
    expect(Object.keys(totals.byCategory).sort()).toEqual([...SYNC_STATUS_CATEGORIES].sort());
    expect(totals.byCategory).toMatchObject({ inProgress: 1, success: 2, failedConfiguration: 1, failedConnection: 0, failedServer: 1, unknown: 1 });
    expect(totals.bucket).toBe('day');
    expect(totals.timeline.map((bucket) => bucket.start)).toEqual([
      '2026-11-19T00:00:00.000Z', '2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z',
    ]);
    expect(totals.timeline[2]?.byCategory).toMatchObject({ failedServer: 1, failedConfiguration: 1, success: 0 });
  });

  it('buckets by UTC hour and applies the filter', async () => {
    const totals = await smallAdapter.getSyncTotals({ companyId: 'Company-B', bucket: 'hour' }, ctx);
    expect(totals).toMatchObject({ total: 2, bucket: 'hour' });
    expect(totals.timeline.map((bucket) => bucket.start)).toEqual(['2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z']);
  });

  it('agrees with listSyncs counts on demo data, for every filter', async () => {
    const demo = createInMemoryAdapter(generateDemoDataset({ seed: 5, syncs: 3_000 }));
    const filters: SyncFilter[] = [{}, { statusCategories: ['failedServer'] }, { product: 'expenses', statusCodes: [2000] }, { search: 'a1', range: { from: '2026-11-01T00:00:00Z' } }];
    for (const filter of filters) {
      const totals = await demo.getSyncTotals(filter, ctx);
      const page = await demo.listSyncs({ ...filter, page: { index: 0, size: 1 } }, ctx);
      expect(totals.total).toBe(page.totalCount);
      expect(totals.byStatusCode.reduce((sum, entry) => sum + entry.count, 0)).toBe(totals.total);
      expect(Object.values(totals.byCategory).reduce((sum, count) => sum + count, 0)).toBe(totals.total);
      const timelineSum = totals.timeline.reduce((sum, bucket) => sum + Object.values(bucket.byCategory).reduce((a, b) => a + b, 0), 0);
      expect(timelineSum).toBe(totals.total);
      for (const { code, count } of totals.byStatusCode) {
        expect((await demo.listSyncs({ ...filter, statusCodes: [code], statusCategories: [], page: { index: 0, size: 1 } }, ctx)).totalCount).toBe(count);
      }
    }
  });
});

describe('createInMemoryAdapter: top errors', () => {
  it('groups the matching syncs again after a retry cleared one of their errors', async () => {
    const archived = { severity: 'error' as const, text: '1 of 1 item could not be written to Xero.' };
    const missing = { severity: 'error' as const, text: 'Customer 8a1f does not exist.' };
    const adapter = createInMemoryAdapter(
      {
        syncs: [
          sync('sync-x', { product: 'expenses', statusCode: 5130, messages: [archived, missing] }),
          sync('sync-y', { product: 'expenses', statusCode: 5130, messages: [missing] }),
        ],
        pushItems: { 'sync-x': [makePushItem()] },
        now: NOW,
      },
      { retry: { successRate: 1 } },
    );
    const summary = async () => (await adapter.getTopErrors({ product: 'expenses' }, ctx)).map(({ template, count }) => ({ template, count }));
    expect(await summary()).toEqual([
      { template: toErrorTemplate(missing.text), count: 2 },
      { template: toErrorTemplate(archived.text), count: 1 },
    ]);
    expect((await adapter.retryPushItems!('sync-x', { itemIds: 'allFailed' }, ctx)).succeeded).toBe(1);
    expect(await summary()).toEqual([{ template: toErrorTemplate(missing.text), count: 1 }]);
    expect((await adapter.listSyncs({ errorTemplate: toErrorTemplate(archived.text), page: { index: 0, size: 5 } }, ctx)).items).toEqual([]);
    expect(await adapter.getTopErrors({ product: 'expenses', limit: 0 }, ctx)).toEqual([]);
  });
});

describe('createInMemoryAdapter: single syncs and configurations', () => {
  const demo = generateDemoDataset({ seed: 9, syncs: 300 });
  const adapter = createInMemoryAdapter(demo);
  const first = demo.syncs[0] as Sync;

  it('gets a sync by ID, and rejects an unknown ID with notFound', async () => {
    expect(await adapter.getSync(first.id, ctx)).toEqual(first);
    await expect(adapter.getSync('no-such-sync', ctx)).rejects.toMatchObject({ name: 'SyncHealthError', kind: 'notFound' });
  });

  it('gets configurations made on demand or stored, and notFound without either', async () => {
    expect(await adapter.getSyncConfig(first.id, ctx)).toMatchObject({ syncId: first.id, companyId: first.companyId, isSnapshot: true });
    const stored = { syncId: 'sync-001', companyId: 'company-a', isSnapshot: false, configuration: { schedule: { frequency: 'Daily' } } };
    const explicit = createInMemoryAdapter({ syncs: [sync('sync-001'), sync('sync-002')], configs: { 'sync-001': stored } });
    expect(await explicit.getSyncConfig('sync-001', ctx)).toEqual(stored);
    await expect(explicit.getSyncConfig('sync-002', ctx)).rejects.toMatchObject({ kind: 'notFound' });
    await expect(explicit.getSyncConfig('sync-404', ctx)).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('returns copies, so callers cannot change its state', async () => {
    const page = await adapter.listSyncs({ page: { index: 0, size: 1 } }, ctx);
    const listed = page.items[0] as Sync;
    listed.statusCode = 1;
    listed.messages.push({ severity: 'note', text: 'edited' });
    if (listed.itemCounts) listed.itemCounts.success = -1;
    const fetched = await adapter.getSync(first.id, ctx);
    expect(fetched).toEqual(first);
    fetched.companyId = 'someone-else';
    const config = await adapter.getSyncConfig(first.id, ctx);
    (config.configuration as Record<string, unknown>).schedule = null;
    expect(await adapter.getSync(first.id, ctx)).toEqual(first);
    expect((await adapter.getSyncConfig(first.id, ctx)).configuration.schedule).not.toBeNull();
  });

  it('rejects a data set with duplicate sync IDs', () => {
    expect(() => createInMemoryAdapter({ syncs: [sync('same'), sync('same')] })).toThrow(/Duplicate sync ID/);
  });
});
