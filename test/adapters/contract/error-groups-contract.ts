/**
 * The contract for causes of errors: the error groups of `getTopErrors` (grouped by template, days in
 * a time zone) and the companies of `listFailingCompanies`, compared with `error-groups-oracle.ts`;
 * and the `errorTemplate` filter, which lists, totals and groups exactly a group's syncs.
 */
import { describe, expect, it } from 'vitest';
import { toErrorTemplate } from '../../../src/core/error-templates';
import { isSyncHealthError } from '../../../src/core/errors';
import type { SyncFilter } from '../../../src/core/query';
import { type ContractSubjectFactory, useSubject } from './adapter-contract';
import { AWKWARD_SYNC_ID, CONTRACT_NOW, contractSyncs, demoContractDataset, smallContractDataset } from './contract-dataset';
import { expectedIds } from './contract-oracle';
import { expectedFailingCompanies, expectedTopErrors } from './error-groups-oracle';

const ctx = () => ({ signal: new AbortController().signal });
const { syncs } = demoContractDataset;

/** Filters a dashboard asks with: none, a product and a period, failures only, a name search. */
const FILTERS: SyncFilter[] = [
  {},
  { product: 'commerce', range: { from: '2026-10-01T00:00:00Z' } },
  { statusCategories: ['failedServer', 'failedConnection'], product: 'expenses' },
  { search: 'ltd' },
];
/** Zones whose days differ from UTC's, one with a midnight the clocks skip (Santiago in September). */
const ZONES = ['UTC', 'Pacific/Auckland', 'America/Santiago', 'Asia/Kolkata'];

export function describeErrorGroupsContract(factory: ContractSubjectFactory): void {
  describe('error groups (getTopErrors)', () => {
    const subject = useSubject(factory, () => demoContractDataset);

    it('groups the matching syncs’ errors by template, whatever the filter and time zone', async () => {
      for (const [index, filter] of FILTERS.entries()) {
        const timeZone = ZONES[index % ZONES.length]!;
        const groups = await subject.adapter().getTopErrors!({ ...filter, limit: 6, timeZone }, ctx());
        expect(groups, JSON.stringify({ filter, timeZone })).toEqual(expectedTopErrors(syncs, filter, 6, timeZone));
      }
      expect((await subject.adapter().getTopErrors!({ limit: 1000 }, ctx())).length).toBeGreaterThan(10);
    });

    it('filters by a group’s template to exactly its syncs, in the list, its totals and its groups', async () => {
      const adapter = subject.adapter();
      const filter: SyncFilter = { product: 'commerce' };
      const groups = await adapter.getTopErrors!({ ...filter, limit: 4 }, ctx());
      expect(groups.length).toBe(4);
      for (const group of groups) {
        const narrowed = { ...filter, errorTemplate: group.template };
        const page = await adapter.listSyncs({ ...narrowed, page: { index: 0, size: 500 } }, ctx());
        expect(page.totalCount, group.template).toBe(group.count);
        expect(page.items.map((sync) => sync.id)).toEqual(expectedIds(syncs, narrowed, undefined, CONTRACT_NOW));
        expect(new Set(page.items.map((sync) => sync.companyId)).size).toBe(group.companyCount);
        expect((await adapter.getSyncTotals(narrowed, ctx())).total).toBe(group.count);
        const [self] = (await adapter.getTopErrors!({ ...narrowed, limit: 1000 }, ctx())).filter((other) => other.template === group.template);
        expect(self).toEqual(group);
      }
      expect((await adapter.listSyncs({ errorTemplate: 'No such {id} template', page: { index: 0, size: 5 } }, ctx())).items).toEqual([]);
    });

    it('counts each group’s syncs once per day of the time zone, and rejects an unknown zone', async () => {
      const adapter = subject.adapter();
      for (const timeZone of ZONES) {
        for (const group of await adapter.getTopErrors!({ limit: 5, timeZone }, ctx())) {
          expect(group.byDay.reduce((sum, day) => sum + day.count, 0), `${timeZone} ${group.template}`).toBe(group.count);
        }
      }
      const utc = await adapter.getTopErrors!({ limit: 3 }, ctx());
      const auckland = await adapter.getTopErrors!({ limit: 3, timeZone: 'Pacific/Auckland' }, ctx());
      expect(auckland.map((group) => group.byDay)).not.toEqual(utc.map((group) => group.byDay));
      const rejection = await adapter.getTopErrors!({ timeZone: 'Mars/Olympus_Mons' }, ctx()).then(() => undefined, (error: unknown) => error);
      expect(isSyncHealthError(rejection)).toBe(true);
    });
  });

  describe('failing companies (listFailingCompanies)', () => {
    const small = useSubject(factory, smallContractDataset);
    const demo = useSubject(factory, () => demoContractDataset);

    it('lists the companies whose latest matching sync failed, most affected first', async () => {
      const companies = await small.adapter().listFailingCompanies!({}, ctx());
      expect(companies).toEqual([
        { companyId: 'company-d', consecutiveFailures: 1, failingSince: '2026-11-18T08:00:00.000Z', latestSyncId: AWKWARD_SYNC_ID, latestStatusCode: 4040 },
        {
          companyId: 'company-a',
          consecutiveFailures: 1,
          failingSince: '2026-11-21T00:00:00.000Z',
          latestSyncId: 'sync-003',
          latestStatusCode: 4000,
          errorTemplate: toErrorTemplate('No sales customer has been configured.'),
          errorText: 'No sales customer has been configured.',
          fixer: 'customer',
        },
      ]);
      expect(companies).toEqual(expectedFailingCompanies(contractSyncs, {}, 10));
      expect((await small.adapter().listFailingCompanies!({ statusCodes: [5130] }, ctx())).map((company) => company.latestSyncId)).toEqual(['sync-002']);
      expect(await small.adapter().listFailingCompanies!({ product: 'expenses' }, ctx())).toEqual([]);
    });

    it('agrees with the oracle at volume, whatever the filter and limit', async () => {
      for (const [index, filter] of FILTERS.entries()) {
        const limit = [10, 3, 25, 1][index]!;
        const companies = await demo.adapter().listFailingCompanies!({ ...filter, limit }, ctx());
        expect(companies, JSON.stringify(filter)).toEqual(expectedFailingCompanies(syncs, filter, limit));
      }
      expect((await demo.adapter().listFailingCompanies!({ limit: 1000 }, ctx())).length).toBeGreaterThan(10);
    });
  });
}
