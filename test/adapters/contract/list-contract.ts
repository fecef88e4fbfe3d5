/**
 * The contract for lists and totals: every filter, every sort, paging and totals, exactly as
 * `src/core/query.ts` describes them (search has its own part, `search-contract.ts`).
 */
import { describe, expect, it } from 'vitest';
import { SYNC_SORT_FIELDS, type SyncFilter, type SyncListQuery, type SyncSort } from '../../../src/core/query';
import { SYNC_STATUS_CATEGORIES } from '../../../src/core/status';
import { type ContractSubjectFactory, useSubject } from './adapter-contract';
import { AWKWARD_SYNC_ID, CONTRACT_NOW, contractSyncs, demoContractDataset, smallContractDataset } from './contract-dataset';
import { expectedIds } from './contract-oracle';

const ctx = () => ({ signal: new AbortController().signal });

export function describeListContract(factory: ContractSubjectFactory): void {
  describe('listSyncs', () => {
    const subject = useSubject(factory, smallContractDataset);
    const ids = async (query: Omit<SyncListQuery, 'page'> & { page?: SyncListQuery['page'] }) => {
      const page = await subject.adapter().listSyncs({ page: { index: 0, size: 500 }, ...query }, ctx());
      return page.items.map((item) => item.id);
    };
    const expectOracle = async (filter: SyncFilter, sort?: SyncSort) =>
      expect(await ids({ ...filter, sort }), JSON.stringify({ filter, sort })).toEqual(expectedIds(contractSyncs, filter, sort, CONTRACT_NOW));

    it('lists newest first by default, with every field of each sync intact', async () => {
      const page = await subject.adapter().listSyncs({ page: { index: 0, size: 50 } }, ctx());
      expect(page.items.map((item) => item.id)).toEqual(['sync-004', 'sync-006', 'sync-003', 'sync-002', 'SYNC-001', 'sync-005', AWKWARD_SYNC_ID]);
      const withEverything = contractSyncs.find((sync) => sync.id === 'sync-002');
      expect(page.items.find((item) => item.id === 'sync-002')).toEqual(withEverything);
    });

    it('filters by exact company ID, start time (from inclusive, to exclusive), product', async () => {
      expect(await ids({ companyId: 'Company-B' })).toEqual(['sync-006', 'sync-002']);
      expect(await ids({ companyId: 'company-b' })).toEqual([]);
      expect(await ids({ range: { from: '2026-11-20T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } })).toEqual(['SYNC-001']);
      expect(await ids({ range: { to: '2026-11-20T00:00:00.000Z' } })).toEqual(['sync-005', AWKWARD_SYNC_ID]);
      expect(await ids({ product: 'expenses' })).toEqual(['sync-006', 'sync-002']);
    });

    it('combines status codes and categories with OR, every other filter with AND', async () => {
      expect(await ids({ statusCodes: [5130] })).toEqual(['sync-002']);
      expect(await ids({ statusCategories: ['unknown'] })).toEqual(['sync-005']);
      expect(await ids({ statusCategories: ['inProgress'], statusCodes: [4000, 5130] })).toEqual(['sync-004', 'sync-003', 'sync-002']);
      expect(await ids({ statusCodes: [], statusCategories: [] })).toHaveLength(contractSyncs.length);
      expect(await ids({ product: 'expenses', statusCategories: ['success'], search: 'company' })).toEqual(['sync-006']);
      const filters: SyncFilter[] = [
        { statusCategories: ['failedConnection', 'failedConfiguration'] },
        { statusCategories: ['success'], range: { from: '2026-11-20T00:00:00.000Z' } },
        { product: 'commerce', statusCodes: [4200, 1010], search: 'SYNC' },
      ];
      for (const filter of filters) await expectOracle(filter);
    });

    it('sorts by every field in both directions, ties by sync ID, descending exactly reversed', async () => {
      for (const field of SYNC_SORT_FIELDS) {
        for (const direction of ['asc', 'desc'] as const) await expectOracle({}, { field, direction });
      }
      // A running sync counts until "now" for duration and sorts after every ended one by end time.
      expect((await ids({ sort: { field: 'duration', direction: 'desc' } }))[0]).toBe('sync-004');
      expect((await ids({ sort: { field: 'endedAt', direction: 'asc' } })).at(-1)).toBe('sync-004');
    });

    it('pages: total count, next page, a short last page, an empty page past the end, sizes kept within 1 to 500', async () => {
      const first = await subject.adapter().listSyncs({ page: { index: 0, size: 3 } }, ctx());
      expect(first).toMatchObject({ pageIndex: 0, pageSize: 3, totalCount: 7, hasNextPage: true });
      const last = await subject.adapter().listSyncs({ page: { index: 2, size: 3 } }, ctx());
      expect(last).toMatchObject({ pageIndex: 2, totalCount: 7, hasNextPage: false });
      expect(last.items.map((item) => item.id)).toEqual([AWKWARD_SYNC_ID]);
      const beyond = await subject.adapter().listSyncs({ page: { index: 9, size: 3 } }, ctx());
      expect(beyond).toMatchObject({ items: [], totalCount: 7, hasNextPage: false });
      expect((await subject.adapter().listSyncs({ page: { index: 0, size: 0 } }, ctx())).items).toHaveLength(1);
    });
  });

  describe('listSyncs and totals at volume', () => {
    const subject = useSubject(factory, () => demoContractDataset);
    const filters: SyncFilter[] = [
      {},
      { statusCategories: ['failedServer', 'success'], product: 'commerce' },
      { search: 'a1', range: { from: '2026-10-01T00:00:00Z' } },
      { statusCodes: [2000, 5130], range: { from: '2026-09-15T00:00:00Z', to: '2026-11-01T00:00:00Z' } },
    ];

    it('pages through every matching sync in order, whatever the filter and sort', async () => {
      const sorts: SyncSort[] = [{ field: 'startedAt', direction: 'desc' }, { field: 'duration', direction: 'asc' }, { field: 'companyId', direction: 'desc' }];
      for (const [index, filter] of filters.entries()) {
        const sort = sorts[index % sorts.length] as SyncSort;
        const expected = expectedIds(demoContractDataset.syncs, filter, sort, CONTRACT_NOW);
        const seen: string[] = [];
        for (let pageIndex = 0; ; pageIndex += 1) {
          const page = await subject.adapter().listSyncs({ ...filter, sort, page: { index: pageIndex, size: 120 } }, ctx());
          expect(page.totalCount).toBe(expected.length);
          seen.push(...page.items.map((item) => item.id));
          if (!page.hasNextPage) break;
        }
        expect(seen, JSON.stringify(filter)).toEqual(expected);
      }
    });

    it('never returns more than 500 syncs a page', async () => {
      const page = await subject.adapter().listSyncs({ page: { index: 0, size: 5_000 } }, ctx());
      expect(page.items).toHaveLength(500);
      expect(page.hasNextPage).toBe(true);
    });

    it('counts totals that agree with the list, per code, per category and per day', async () => {
      for (const filter of filters) {
        const totals = await subject.adapter().getSyncTotals(filter, ctx());
        const expected = expectedIds(demoContractDataset.syncs, filter, undefined, CONTRACT_NOW);
        expect(totals.total).toBe(expected.length);
        expect(totals.bucket).toBe('day');
        expect(Object.keys(totals.byCategory).sort()).toEqual([...SYNC_STATUS_CATEGORIES].sort());
        expect(totals.byStatusCode.reduce((sum, entry) => sum + entry.count, 0)).toBe(totals.total);
        const timelineSum = totals.timeline.reduce((sum, bucket) => sum + Object.values(bucket.byCategory).reduce((a, b) => a + b, 0), 0);
        expect(timelineSum).toBe(totals.total);
        const starts = totals.timeline.map((bucket) => bucket.start);
        expect(starts).toEqual([...starts].sort());
        expect(starts.every((start) => start.endsWith('T00:00:00.000Z'))).toBe(true);
      }
    });
  });

  describe('getSyncTotals', () => {
    const subject = useSubject(factory, smallContractDataset);

    it('counts per status code, per category (all present) and per UTC day', async () => {
      const totals = await subject.adapter().getSyncTotals({}, ctx());
      expect(totals.total).toBe(7);
      expect(totals.byStatusCode).toEqual([
        { code: 1010, count: 1 }, { code: 2000, count: 1 }, { code: 2040, count: 1 }, { code: 4000, count: 1 },
        { code: 4040, count: 1 }, { code: 4200, count: 1 }, { code: 5130, count: 1 },
      ]);
      expect(totals.byCategory).toEqual({ inProgress: 1, success: 2, failedConfiguration: 1, failedConnection: 1, failedServer: 1, unknown: 1 });
      expect(totals.timeline.map((bucket) => bucket.start)).toEqual([
        '2026-11-18T00:00:00.000Z', '2026-11-19T00:00:00.000Z', '2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z',
      ]);
    });

    it('buckets by UTC hour and applies the filter', async () => {
      const totals = await subject.adapter().getSyncTotals({ companyId: 'Company-B', bucket: 'hour' }, ctx());
      expect(totals).toMatchObject({ total: 2, bucket: 'hour' });
      expect(totals.timeline.map((bucket) => bucket.start)).toEqual(['2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z']);
      expect(await subject.adapter().getSyncTotals({ search: 'no such sync' }, ctx())).toMatchObject({ total: 0, byStatusCode: [], timeline: [] });
    });
  });
}
