import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import { toErrorTemplate } from '../../src/core/error-templates';
import { isFailedCategory, statusCategoryOf } from '../../src/core/status';
import { matchTroubleshootingPattern } from '../../src/core/troubleshooting';
import { makeBareSync, makePushItem } from '../support/fixtures';

const ctx = { signal: new AbortController().signal };
const MISSING = 'Customer 8a1f does not exist.';
const day = (date: number, hour = 9) => `2026-11-${String(date).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

const syncs = [
  // Company a: failed three times in a row after a success.
  makeBareSync('a-1', { companyId: 'a', companyName: 'Acme', statusCode: 2000, startedAt: day(10) }),
  makeBareSync('a-2', { companyId: 'a', statusCode: 4000, startedAt: day(11) }),
  makeBareSync('a-3', { companyId: 'a', statusCode: 5130, startedAt: day(12), messages: [{ severity: 'error', text: 'Other.' }] }),
  makeBareSync('a-4', { companyId: 'a', companyName: 'Acme', statusCode: 4040, startedAt: day(13), messages: [{ severity: 'note', text: 'n' }, { severity: 'error', text: MISSING }] }),
  // Company b: three failures too, but since later: ranked after a.
  makeBareSync('b-1', { companyId: 'b', statusCode: 5000, startedAt: day(12, 10) }),
  makeBareSync('b-2', { companyId: 'b', statusCode: 5000, startedAt: day(13) }),
  makeBareSync('b-3', { companyId: 'b', statusCode: 5000, product: 'expenses', startedAt: day(14) }),
  // Company c: failed once, after a success; d: running now (not failing); e: unknown code (not failing).
  makeBareSync('c-1', { companyId: 'c', statusCode: 2000, startedAt: day(12) }),
  makeBareSync('c-2', { companyId: 'c', statusCode: 4220, startedAt: day(13) }),
  makeBareSync('d-1', { companyId: 'd', statusCode: 5130, startedAt: day(12) }),
  makeBareSync('d-2', { companyId: 'd', statusCode: 1010, startedAt: day(14), endedAt: undefined }),
  makeBareSync('e-1', { companyId: 'e', statusCode: 9999, startedAt: day(14) }),
  // Companies f and g: one failure each, at the same moment: ties by company ID.
  makeBareSync('g-1', { companyId: 'g', statusCode: 4000, startedAt: day(13) }),
  makeBareSync('f-1', { companyId: 'f', statusCode: 4000, startedAt: day(13) }),
];
const adapter = createInMemoryAdapter({ syncs, now: day(20) });

describe('in-memory failing companies (listFailingCompanies)', () => {
  it('lists the companies whose latest sync failed: most failures in a row, then failing longest, then by ID', async () => {
    const companies = await adapter.listFailingCompanies({}, ctx);
    expect(companies.map((company) => [company.companyId, company.consecutiveFailures, company.failingSince])).toEqual([
      ['a', 3, day(11)],
      ['b', 3, day(12, 10)],
      ['c', 1, day(13)],
      ['f', 1, day(13)],
      ['g', 1, day(13)],
    ]);
    expect(companies[0]).toEqual({
      companyId: 'a',
      companyName: 'Acme',
      consecutiveFailures: 3,
      failingSince: day(11),
      latestSyncId: 'a-4',
      latestStatusCode: 4040,
      errorTemplate: toErrorTemplate(MISSING),
      errorText: MISSING,
      fixer: matchTroubleshootingPattern(MISSING)!.fixer,
    });
    expect(companies[1]).toEqual({ companyId: 'b', consecutiveFailures: 3, failingSince: day(12, 10), latestSyncId: 'b-3', latestStatusCode: 5000 });
  });

  it('counts only the syncs the filter matches, and keeps to the limit', async () => {
    const ids = async (query: object) => (await adapter.listFailingCompanies(query, ctx)).map((company) => `${company.companyId}:${company.consecutiveFailures}`);
    expect(await ids({ limit: 2 })).toEqual(['a:3', 'b:3']);
    expect(await ids({ limit: 0 })).toEqual([]);
    // Without the expenses sync b-3, b's latest is b-2.
    expect(await ids({ product: 'commerce', companyId: 'b' })).toEqual(['b:2']);
    // Before the 13th, d's latest sync (d-1) failed, and earlier than b's; a's run is a-2 and a-3.
    expect(await ids({ range: { to: day(13) } })).toEqual(['a:2', 'd:1', 'b:1']);
    expect(await ids({ statusCategories: ['success'] })).toEqual([]);
    expect(await ids({ search: 'no such company' })).toEqual([]);
  });

  it('sees a retry that fixed the latest sync', async () => {
    const fresh = createInMemoryAdapter({ syncs, pushItems: { 'a-4': [makePushItem()] }, now: day(20) }, { canRetry: () => true, retry: { successRate: 1 } });
    expect((await fresh.listFailingCompanies({ limit: 1 }, ctx))[0]!.companyId).toBe('a');
    await fresh.retryPushItems!('a-4', { itemIds: 'allFailed' }, ctx);
    expect((await fresh.listFailingCompanies({}, ctx)).map((company) => company.companyId)).toEqual(['b', 'c', 'f', 'g']);
  });
});

describe('in-memory failing companies at volume', () => {
  const demo = generateDemoDataset({ seed: 47, syncs: 3_000 });
  const demoAdapter = createInMemoryAdapter(demo);

  it('names, for each company, a run of failures the company’s own history shows', async () => {
    const companies = await demoAdapter.listFailingCompanies({ limit: 25 }, ctx);
    expect(companies.length).toBeGreaterThan(5);
    for (const company of companies) {
      const history = (await demoAdapter.listSyncs({ companyId: company.companyId, page: { index: 0, size: 500 } }, ctx)).items;
      const run = history.slice(0, company.consecutiveFailures);
      expect(history[0]!.id).toBe(company.latestSyncId);
      expect(run.every((sync) => isFailedCategory(statusCategoryOf(sync.statusCode)))).toBe(true);
      const next = history[company.consecutiveFailures];
      expect(next === undefined || !isFailedCategory(statusCategoryOf(next.statusCode))).toBe(true);
      expect(run.at(-1)!.startedAt).toBe(company.failingSince);
    }
  });
});
