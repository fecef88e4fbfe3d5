import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_NOW, generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import { FAILED_PUSH_ITEM_STATUSES, type PushItemCounts, type Sync } from '../../src/core/model';
import { SYNC_STATUS_CODES, statusCategoryOf } from '../../src/core/status';
import { findTroubleshooting } from '../../src/core/troubleshooting';
import { parsePushItem, parseSync, parseSyncConfig } from '../../src/core/validate';

const DAY_MS = 86_400_000;
const dataset = generateDemoDataset({ seed: 7, syncs: 5_000 });

function failedItems(counts: PushItemCounts | undefined): number {
  return counts ? FAILED_PUSH_ITEM_STATUSES.reduce((sum, status) => sum + counts[status], 0) : 0;
}

function countItems(counts: PushItemCounts): number {
  return counts.failed + counts.validationError + counts.timedOut + counts.pending + counts.success;
}

describe('generateDemoDataset: determinism', () => {
  it('gives identical data for the same seed, items and configurations included', () => {
    const again = generateDemoDataset({ seed: 7, syncs: 5_000 });
    expect(again.syncs).toEqual(dataset.syncs);
    expect(again.companies).toEqual(dataset.companies);
    const failed = dataset.syncs.find((sync) => sync.statusCode === 5130) as Sync;
    expect(again.pushItemsFor(failed)).toEqual(dataset.pushItemsFor(failed));
    expect(again.configFor(failed)).toEqual(dataset.configFor(failed));
  });

  it('gives different data for another seed', () => {
    const other = generateDemoDataset({ seed: 8, syncs: 5_000 });
    expect(other.syncs[0]?.id).not.toBe(dataset.syncs[0]?.id);
  });

  it('makes exactly the number of syncs asked for, for about one company per twenty syncs', () => {
    expect(dataset.syncs).toHaveLength(5_000);
    expect(dataset.companies).toHaveLength(250);
    expect(generateDemoDataset({ seed: 1, syncs: 37, companies: 3 }).syncs).toHaveLength(37);
    expect(generateDemoDataset({ seed: 1, syncs: 0 }).syncs).toEqual([]);
  });

  it('ends at the fixed default moment unless given another', () => {
    expect(dataset.now).toBe(DEFAULT_DEMO_NOW);
    const shifted = generateDemoDataset({ seed: 7, syncs: 200, now: '2025-01-10T08:00:00Z' });
    expect(shifted.now).toBe('2025-01-10T08:00:00.000Z');
    expect(shifted.syncs.every((sync) => sync.startedAt < shifted.now)).toBe(true);
  });
});

describe('generateDemoDataset: realism', () => {
  it('has every documented status code, and the undocumented 4200 "MapCoreError"', () => {
    const codes = new Set(dataset.syncs.map((sync) => sync.statusCode));
    for (const { code } of SYNC_STATUS_CODES) expect(codes, `code ${code}`).toContain(code);
    const unknown = dataset.syncs.filter((sync) => sync.statusCode === 4200);
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((sync) => sync.statusText === 'MapCoreError')).toBe(true);
  });

  it('has realistic rates: mostly success, a few per cent per failure, running ones only at the very end', () => {
    const share = (code: number) => dataset.syncs.filter((sync) => sync.statusCode === code).length / dataset.syncs.length;
    expect(share(2000) + share(2040)).toBeGreaterThan(0.75);
    for (const code of [4000, 4040, 4220, 4260, 5000, 5080, 5120, 5130]) expect(share(code), `code ${code}`).toBeLessThan(0.08);
    expect(share(4200)).toBeLessThan(0.01);
    const running = dataset.syncs.filter((sync) => statusCategoryOf(sync.statusCode) === 'inProgress');
    expect(running.length).toBeGreaterThanOrEqual(2);
    expect(running.length).toBeLessThan(50);
    const nowMs = Date.parse(dataset.now);
    for (const sync of running) expect(nowMs - Date.parse(sync.startedAt)).toBeLessThan(60 * 60_000);
  });

  it('covers both products with their own platforms, and a company keeps its platforms', () => {
    const products = new Set(dataset.syncs.map((sync) => sync.product));
    expect(products).toEqual(new Set(['commerce', 'expenses']));
    const commerceSources = new Set(dataset.syncs.filter((sync) => sync.product === 'commerce').map((sync) => sync.sourcePlatform));
    expect(commerceSources).toContain('Shopify');
    expect([...commerceSources].some((source) => /Pleo|Payhawk|Expense cards/.test(source ?? ''))).toBe(false);
    const platformsByCompany = new Map<string, string>();
    for (const sync of dataset.syncs) {
      const platforms = `${sync.product}|${sync.sourcePlatform}|${sync.targetPlatform}|${sync.companyName}`;
      expect(platformsByCompany.get(sync.companyId) ?? platforms).toBe(platforms);
      platformsByCompany.set(sync.companyId, platforms);
    }
  });

  it('spreads syncs over the ninety days before now, newest first, at most a few per company per day', () => {
    const nowMs = Date.parse(dataset.now);
    const times = dataset.syncs.map((sync) => Date.parse(sync.startedAt));
    expect(Math.min(...times)).toBeGreaterThan(nowMs - 91 * DAY_MS);
    expect(Math.max(...times)).toBeLessThan(nowMs);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const perCompanyDay = new Map<string, number>();
    for (const sync of dataset.syncs) {
      const key = `${sync.companyId}|${sync.startedAt.slice(0, 10)}`;
      perCompanyDay.set(key, (perCompanyDay.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perCompanyDay.values())).toBeLessThanOrEqual(4);
  });

  it('keeps every sync consistent with its status code', () => {
    for (const sync of dataset.syncs) {
      const category = statusCategoryOf(sync.statusCode);
      expect(sync.endedAt === undefined, sync.id).toBe(category === 'inProgress');
      if (failedItems(sync.itemCounts) > 0) expect(['failedServer', 'failedConfiguration', 'failedConnection']).toContain(category);
      if (sync.statusCode === 2000) expect(sync.messages.every((message) => message.severity !== 'error')).toBe(true);
      if (category.startsWith('failed') || category === 'unknown') expect(sync.messages.length, sync.id).toBeGreaterThan(0);
      if (sync.endedAt) {
        const duration = Date.parse(sync.endedAt) - Date.parse(sync.startedAt);
        expect(duration).toBeGreaterThanOrEqual(1000);
        expect(duration).toBeLessThanOrEqual(50 * 60_000);
      }
      expect(sync.dataRange?.from && sync.dataRange.to && sync.dataRange.from < sync.dataRange.to).toBeTruthy();
      expect(sync.statusText).toBeTruthy();
    }
  });

  it('gives each company contiguous data ranges that catch up after a failure', () => {
    const company = dataset.companies.find((candidate) => candidate.product === 'commerce' && candidate.cadenceHours === 24) ?? dataset.companies[0];
    const syncs = dataset.syncs.filter((sync) => sync.companyId === company?.id).reverse();
    let coveredUntil: string | undefined;
    for (const sync of syncs) {
      if (coveredUntil !== undefined) expect(sync.dataRange?.from).toBe(coveredUntil);
      if (sync.statusCode === 2000 || sync.statusCode === 2040) coveredUntil = sync.dataRange?.to;
    }
    const typical = syncs.filter((sync) => sync.statusCode === 2000).map((sync) => Date.parse(sync.dataRange?.to ?? '') - Date.parse(sync.dataRange?.from ?? ''));
    expect(typical).toContain(DAY_MS);
  });

  it('uses the documented messages, with concrete values filled in', () => {
    const texts = dataset.syncs.flatMap((sync) => sync.messages.map((message) => ({ code: sync.statusCode, text: message.text })));
    for (const { text } of texts.filter((message) => message.code === 4000)) expect(findTroubleshooting(text), text).toBeDefined();
    expect(texts.some(({ text }) => /^Order #\d+ was updated but its original order was not found\. Please reconcile manually\.$/.test(text))).toBe(true);
    expect(texts.some(({ code, text }) => code === 5080 && /^One or more transactions have previously been processed: txn_/.test(text))).toBe(true);
    expect(texts.some(({ code, text }) => code === 5130 && /^\d+ of \d+ items? could not be written to /.test(text))).toBe(true);
    expect(dataset.syncs.some((sync) => sync.internalMessage?.startsWith('System.'))).toBe(true);
    expect(dataset.syncs.filter((sync) => sync.statusCode === 2000).every((sync) => sync.internalMessage === undefined)).toBe(true);
  });

  it('passes the library’s own validation', () => {
    for (const sync of dataset.syncs.slice(0, 500)) expect(() => parseSync(sync)).not.toThrow();
    const failed = dataset.syncs.find((sync) => sync.statusCode === 5130) as Sync;
    for (const item of dataset.pushItemsFor(failed)) expect(() => parsePushItem(item)).not.toThrow();
    expect(() => parseSyncConfig(dataset.configFor(failed))).not.toThrow();
  });
});

describe('generateDemoDataset: push items and configurations', () => {
  it('makes items whose statuses add up to the sync’s item counts', () => {
    const samples = [2000, 1000, 1010, 5000, 5080, 5130, 4000].map(
      (code) => dataset.syncs.find((sync) => sync.statusCode === code && sync.itemCounts) as Sync,
    );
    for (const sync of samples) {
      const items = dataset.pushItemsFor(sync);
      const counts = sync.itemCounts as PushItemCounts;
      expect(items, `${sync.statusCode}`).toHaveLength(countItems(counts));
      for (const status of Object.keys(counts) as (keyof PushItemCounts)[]) {
        expect(items.filter((item) => item.status === status), `${sync.statusCode} ${status}`).toHaveLength(counts[status]);
      }
      expect(items.map((item) => item.requestedAt)).toEqual(items.map((item) => item.requestedAt).sort());
      expect(items.every((item) => item.attempts === 1)).toBe(true);
      expect(items.every((item) => (item.completedAt === undefined) === (item.status === 'pending'))).toBe(true);
    }
  });

  it('gives failed items an error message and, when refused, a validation error naming its validator', () => {
    const sync = dataset.syncs.find((candidate) => candidate.statusCode === 5130 && (candidate.itemCounts?.failed ?? 0) > 0) as Sync;
    const failed = dataset.pushItemsFor(sync).filter((item) => item.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const item of failed) {
      expect(item.errorMessage).toBeTruthy();
      expect(item.validationErrors[0]?.validatorName).toMatch(/Validator$/);
    }
    const types = new Set(dataset.syncs.filter((candidate) => candidate.product === 'commerce').slice(0, 300).flatMap((candidate) => dataset.pushItemsFor(candidate).map((item) => item.dataType)));
    expect(types).toContain('invoices');
    expect(types).toContain('payments');
  });

  it('names the duplicate transactions of a 5080 expenses sync as its failed items', () => {
    const sync = dataset.syncs.find((candidate) => candidate.statusCode === 5080 && candidate.product === 'expenses') as Sync;
    const failedIds = dataset.pushItemsFor(sync).filter((item) => item.status === 'failed').map((item) => item.coreId);
    expect(failedIds.length).toBeGreaterThan(0);
    expect(sync.messages[0]?.text).toBe(`One or more transactions have previously been processed: ${failedIds.join(', ')}`);
  });

  it('makes snapshot configurations that show the gap a configuration error names', () => {
    const broken = dataset.syncs.find((sync) => sync.messages[0]?.text === 'No sales customer has been configured.');
    const healthy = dataset.syncs.find((sync) => sync.product === 'commerce' && sync.statusCode === 2000) as Sync;
    const config = dataset.configFor(healthy);
    expect(config).toMatchObject({ syncId: healthy.id, companyId: healthy.companyId, isSnapshot: true });
    expect(config.configuration).toMatchObject({ schedule: { selectedFrequency: expect.any(String) }, configuration: { sales: { grouping: expect.any(Object) }, payments: expect.any(Object), fees: expect.any(Object) } });
    if (broken) {
      expect(JSON.stringify(dataset.configFor(broken).configuration)).toContain('"selectedCustomerId":null');
    }
  });

  it('can give one failed expenses sync ten thousand items, without storing any', () => {
    const large = generateDemoDataset({ seed: 7, syncs: 2_000, largeSyncItems: 10_000 });
    const sync = large.syncs.find((candidate) => candidate.id === large.largeSyncId) as Sync;
    expect(sync).toMatchObject({ product: 'expenses', statusCode: 5130 });
    expect(countItems(sync.itemCounts as PushItemCounts)).toBe(10_000);
    const items = large.pushItemsFor(sync);
    expect(items).toHaveLength(10_000);
    expect(items.filter((item) => item.status !== 'success')).toHaveLength(failedItems(sync.itemCounts));
    expect(large).not.toHaveProperty('pushItems');
  });
});
