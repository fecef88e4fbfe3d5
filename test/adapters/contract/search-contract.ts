/**
 * The contract for search, as people search: a sync is found by its ID, its company ID or its
 * company name, any part of them, in any case. The text is plain text whatever it holds, and the
 * list, its pages, its totals and its top errors all count the same syncs.
 */
import { describe, expect, it } from 'vitest';
import type { SyncFilter, SyncSort } from '../../../src/core/query';
import { type ContractSubjectFactory, useSubject } from './adapter-contract';
import { AWKWARD_SYNC_ID, CONTRACT_NOW, UNICODE_COMPANY_NAME, contractSyncs, demoContractDataset, smallContractDataset } from './contract-dataset';
import { expectedIds } from './contract-oracle';
import { expectedTopErrors } from './error-groups-oracle';

const ctx = () => ({ signal: new AbortController().signal });

/** Texts a search box may receive: pattern syntax of SQL `LIKE`, regular expressions and globs, quotes, markup, control and odd Unicode, and very long text. */
const HOSTILE_SEARCHES = [
  '%', '%%', '_', '_%_', 'sync_00%', '.*', '.', '^sync', 'ee$', '[a-z]', '(', ')', '\\', '\\d', '*', '+', '?', '|', '{1}',
  "'", '"', "' OR '1'='1", '--', ';', '<script>alert(1)</script>', '&amp;', '&', '\u0000', '\uD800', '\u{1F600}', 'é', 'e\u0301',
  'ÆRØ', 'ß', '\t', 'x'.repeat(5_000), 'Bramble & Co Coffee '.repeat(200),
];

export function describeSearchContract(factory: ContractSubjectFactory): void {
  describe('search', () => {
    const subject = useSubject(factory, smallContractDataset);
    const ids = async (search: string) =>
      (await subject.adapter().listSyncs({ search, page: { index: 0, size: 500 } }, ctx())).items.map((item) => item.id);
    const expected = (search: string) => expectedIds(contractSyncs, { search }, undefined, CONTRACT_NOW);

    it('searches sync IDs and company IDs, ignoring case and surrounding white space', async () => {
      expect(await ids('sync-001')).toEqual(['SYNC-001']);
      expect(await ids('  COMPANY-b ')).toEqual(['sync-006', 'sync-002']);
      expect(await ids('pany-c')).toEqual(['sync-004']);
      expect(await ids('007/#?&')).toEqual([AWKWARD_SYNC_ID]);
      expect(await ids('nothing like it')).toEqual([]);
      expect(await ids('   ')).toHaveLength(contractSyncs.length);
    });

    it('searches company names: any part of them, in any case', async () => {
      expect(await ids('bramble')).toEqual(['SYNC-001']);
      expect(await ids('  HARTLEY & sons ')).toEqual(['sync-006', 'sync-002']);
      expect(await ids('bike wor')).toEqual(['sync-006', 'sync-002']);
      expect(await ids('Co Coffee')).toEqual(['SYNC-001']);
      expect(await ids(UNICODE_COMPANY_NAME)).toEqual(['sync-004']);
      expect(await ids('ærø KAFFEBRÆNDERI')).toEqual(['sync-004']);
      expect(await ids('北京')).toEqual(['sync-004']);
      expect(await ids('☕')).toEqual(['sync-004']);
    });

    it('finds by a name only the syncs that carry it, never unrelated ones', async () => {
      // company-a's name is on SYNC-001 only: its other syncs are not found by a name they do not show.
      expect(await ids('bramble & co')).toEqual(['SYNC-001']);
      // "Contains", not "has these words": neither reordered words nor more than the name match.
      expect(await ids('coffee bramble')).toEqual([]);
      expect(await ids('Bramble & Co Coffee Ltd')).toEqual([]);
      // Never across two names or two IDs (some backends search them as one joined text).
      expect(await ids('coffee\nhartley')).toEqual([]);
      expect(await ids('001\nsync')).toEqual([]);
      expect(await ids('coffee sync-001')).toEqual([]);
    });

    it('treats every search as plain text: pattern characters, Unicode and very long text', async () => {
      expect(await ids('%')).toEqual([AWKWARD_SYNC_ID]);
      expect(await ids('_')).toEqual([]);
      expect(await ids('.*')).toEqual([]);
      expect(await ids('&')).toEqual(['sync-006', 'sync-002', 'SYNC-001', AWKWARD_SYNC_ID]);
      for (const search of HOSTILE_SEARCHES) expect(await ids(search), JSON.stringify(search.slice(0, 40))).toEqual(expected(search));
    });

    it('counts the same syncs in pages, totals and top errors as in the list', async () => {
      const adapter = subject.adapter();
      for (const search of ['bramble', 'HARTLEY', 'company', 'sync-00', '%', '☕', 'no such company']) {
        const matching = expected(search);
        const page = await adapter.listSyncs({ search, page: { index: 0, size: 2 } }, ctx());
        expect(page, search).toMatchObject({ totalCount: matching.length, hasNextPage: matching.length > 2 });
        expect(page.items.map((item) => item.id)).toEqual(matching.slice(0, 2));
        const totals = await adapter.getSyncTotals({ search }, ctx());
        expect(totals.total, search).toBe(matching.length);
        expect(totals.byStatusCode.reduce((sum, entry) => sum + entry.count, 0)).toBe(matching.length);
        expect(await adapter.getTopErrors!({ search, limit: 5 }, ctx()), search).toEqual(expectedTopErrors(contractSyncs, { search }, 5));
      }
    });
  });

  describe('search at volume', () => {
    const subject = useSubject(factory, () => demoContractDataset);
    const { companies, syncs } = demoContractDataset;
    const firstWord = (name: string) => name.split(' ')[0] as string;
    // What a ticket gives: one word of a name in capitals, a part from the middle of a name, a legal suffix.
    const filters: SyncFilter[] = [
      { search: firstWord(companies[0]!.name).toUpperCase() },
      { search: companies[3]!.name.slice(2, 7).toLowerCase(), statusCategories: ['success', 'failedServer'] },
      { search: ' LTD ', product: 'commerce', range: { from: '2026-10-01T00:00:00Z' } },
    ];
    const sorts: SyncSort[] = [{ field: 'startedAt', direction: 'desc' }, { field: 'companyId', direction: 'asc' }, { field: 'duration', direction: 'desc' }];

    it('pages through every sync a name search matches, with totals and top errors that agree', async () => {
      const adapter = subject.adapter();
      for (const [index, filter] of filters.entries()) {
        const sort = sorts[index] as SyncSort;
        const matching = expectedIds(syncs, filter, sort, CONTRACT_NOW);
        expect(matching.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(matching.length).toBeLessThan(syncs.length);
        const seen: string[] = [];
        for (let pageIndex = 0; ; pageIndex += 1) {
          const page = await adapter.listSyncs({ ...filter, sort, page: { index: pageIndex, size: 25 } }, ctx());
          expect(page.totalCount).toBe(matching.length);
          seen.push(...page.items.map((item) => item.id));
          if (!page.hasNextPage) break;
        }
        expect(seen, JSON.stringify(filter)).toEqual(matching);
        expect((await adapter.getSyncTotals(filter, ctx())).total).toBe(matching.length);
        expect(await adapter.getTopErrors!({ ...filter, limit: 3 }, ctx())).toEqual(expectedTopErrors(syncs, filter, 3));
      }
    });
  });
}
