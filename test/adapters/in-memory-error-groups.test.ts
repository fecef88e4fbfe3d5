import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import { toErrorTemplate } from '../../src/core/error-templates';
import type { SyncMessage } from '../../src/core/model';
import { matchTroubleshootingPattern } from '../../src/core/troubleshooting';
import { makeBareSync } from '../support/fixtures';

const ctx = { signal: new AbortController().signal };
const error = (text: string): SyncMessage => ({ severity: 'error', text });

const WRITE_1 = '1 of 10 items could not be written to Xero.';
const WRITE_2 = '2 of 13 items could not be written to Xero.';
const TAX = 'Tax Rate TAX012 does not exist.';

const syncs = [
  makeBareSync('s-1', { companyId: 'a', statusCode: 5130, startedAt: '2026-11-20T23:30:00.000Z', messages: [error(WRITE_1), error(WRITE_2)] }),
  makeBareSync('s-2', { companyId: 'a', statusCode: 5130, startedAt: '2026-11-21T08:00:00.000Z', messages: [error(WRITE_2), { severity: 'note', text: WRITE_1 }] }),
  makeBareSync('s-3', { companyId: 'b', statusCode: 4000, startedAt: '2026-11-22T09:00:00.000Z', messages: [error(TAX), error('   ')] }),
  // Same start as s-3: the newest of the two is the one listed first, the greater sync ID.
  makeBareSync('s-4', { companyId: 'c', statusCode: 5130, startedAt: '2026-11-22T09:00:00.000Z', messages: [error(WRITE_1)] }),
  makeBareSync('s-0', { companyId: 'c', statusCode: 5130, startedAt: '2026-11-22T09:00:00.000Z', messages: [error(WRITE_2), error('')] }),
  makeBareSync('s-5', { companyId: 'b', statusCode: 2000, startedAt: '2026-11-22T10:00:00.000Z', messages: [{ severity: 'warning', text: TAX }] }),
];
const adapter = createInMemoryAdapter({ syncs, now: '2026-11-22T12:00:00.000Z' });

describe('in-memory error groups (getTopErrors)', () => {
  it('groups messages that differ only in their values, counting each sync once', async () => {
    const groups = await adapter.getTopErrors({}, ctx);
    expect(toErrorTemplate(WRITE_1)).toBe(toErrorTemplate(WRITE_2));
    expect(groups).toEqual([
      {
        template: toErrorTemplate(WRITE_1),
        text: WRITE_1,
        count: 4,
        companyCount: 2,
        firstSeenAt: '2026-11-20T23:30:00.000Z',
        lastSeenAt: '2026-11-22T09:00:00.000Z',
        byDay: [
          { day: '2026-11-20', count: 1 },
          { day: '2026-11-21', count: 1 },
          { day: '2026-11-22', count: 2 },
        ],
        // The catalogue knows the "N of M items could not be written" summary: the team's to look into.
        fixer: 'team',
      },
      {
        template: toErrorTemplate(TAX),
        text: TAX,
        count: 1,
        companyCount: 1,
        firstSeenAt: '2026-11-22T09:00:00.000Z',
        lastSeenAt: '2026-11-22T09:00:00.000Z',
        byDay: [{ day: '2026-11-22', count: 1 }],
        fixer: matchTroubleshootingPattern(TAX)!.fixer,
      },
    ]);
  });

  it('counts days in the time zone asked for, and rejects a zone the runtime does not know', async () => {
    const [writes] = await adapter.getTopErrors({ timeZone: 'Australia/Sydney', limit: 1 }, ctx);
    // 23:30 UTC on the 20th is the morning of the 21st in Sydney (UTC+11 in November).
    expect(writes!.byDay).toEqual([
      { day: '2026-11-21', count: 2 },
      { day: '2026-11-22', count: 2 },
    ]);
    expect(writes!.firstSeenAt).toBe('2026-11-20T23:30:00.000Z');
    await expect(adapter.getTopErrors({ timeZone: 'Mars/Olympus_Mons' }, ctx)).rejects.toMatchObject({ kind: 'unsupported' });
  });

  it('applies the filter and the limit', async () => {
    expect((await adapter.getTopErrors({ companyId: 'b' }, ctx)).map((group) => group.text)).toEqual([TAX]);
    expect(await adapter.getTopErrors({ limit: 1 }, ctx)).toHaveLength(1);
    expect(await adapter.getTopErrors({ search: 'nothing' }, ctx)).toEqual([]);
  });

  it('filters syncs by a group: exactly the group’s syncs, combined with every other filter', async () => {
    const ids = async (filter: object) => (await adapter.listSyncs({ ...filter, page: { index: 0, size: 50 } }, ctx)).items.map((sync) => sync.id);
    const template = toErrorTemplate(WRITE_1);
    expect(await ids({ errorTemplate: template })).toEqual(['s-4', 's-0', 's-2', 's-1']);
    expect(await ids({ errorTemplate: template, companyId: 'a' })).toEqual(['s-2', 's-1']);
    expect(await ids({ errorTemplate: toErrorTemplate(TAX) })).toEqual(['s-3']);
    expect(await ids({ errorTemplate: 'No such template' })).toEqual([]);
    // A blank template does not filter (as over HTTP, where a blank parameter is left out).
    expect(await ids({ errorTemplate: '  ' })).toHaveLength(syncs.length);
    expect((await adapter.getSyncTotals({ errorTemplate: template }, ctx)).total).toBe(4);
  });
});

describe('in-memory error groups at volume', () => {
  const demo = generateDemoDataset({ seed: 31, syncs: 3_000 });
  const demoAdapter = createInMemoryAdapter(demo);

  it('agrees with the list: each group’s syncs, companies and days are those the errorTemplate filter lists', async () => {
    const groups = await demoAdapter.getTopErrors({ product: 'commerce', limit: 6, timeZone: 'America/New_York' }, ctx);
    expect(groups.length).toBeGreaterThan(3);
    for (const group of groups) {
      const page = await demoAdapter.listSyncs({ product: 'commerce', errorTemplate: group.template, page: { index: 0, size: 500 } }, ctx);
      expect(page.totalCount, group.template).toBe(group.count);
      expect(new Set(page.items.map((sync) => sync.companyId)).size).toBe(group.companyCount);
      expect(page.items[0]!.startedAt).toBe(group.lastSeenAt);
      expect(page.items.at(-1)!.startedAt).toBe(group.firstSeenAt);
      expect(page.items[0]!.messages.map((message) => message.text)).toContain(group.text);
      expect(group.byDay.reduce((sum, day) => sum + day.count, 0)).toBe(group.count);
      expect(group.byDay.map((day) => day.day)).toEqual([...group.byDay.map((day) => day.day)].sort());
    }
    const counts = groups.map((group) => group.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
