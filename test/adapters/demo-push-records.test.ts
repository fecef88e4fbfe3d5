import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import type { PushItem } from '../../src/core/model';
import { parsePushItem } from '../../src/core/validate';

const ctx = { signal: new AbortController().signal };
const demo = generateDemoDataset({ seed: 12, syncs: 1_500 });
const items = demo.syncs.filter((sync) => sync.itemCounts).slice(0, 300).flatMap((sync) => demo.pushItemsFor(sync).map((item) => ({ sync, item })));
const withStatus = (status: PushItem['status']) => items.filter(({ item }) => item.status === status);
const isDuplicate = (item: PushItem) => item.validationErrors[0]?.validatorName === 'DuplicateTransactionValidator';

describe('demo push items: the record pushed and the accounting software’s answer', () => {
  it('gives every item the record it pushed, in the company’s currency', () => {
    expect(items.length).toBeGreaterThan(500);
    for (const { sync, item } of items) {
      const record = item.pushedRecord as Record<string, unknown>;
      expect(record, item.dataType).toEqual(expect.any(Object));
      const company = demo.companies.find((candidate) => candidate.id === sync.companyId)!;
      const currencies = JSON.stringify(record).match(/"currency":"([A-Z]{3})"/g) ?? [];
      expect(currencies.length, item.dataType).toBeGreaterThan(0);
      expect(new Set(currencies)).toEqual(new Set([`"currency":"${company.country.currency}"`]));
    }
  });

  it('answers a success with the created record, and a refusal with the platform’s error naming the cause', () => {
    for (const { item } of withStatus('success')) {
      expect(item.platformResponse).toMatchObject({ id: expect.any(String), modifiedDate: item.completedAt });
    }
    const refused = withStatus('failed').filter(({ item }) => !isDuplicate(item));
    expect(refused.length).toBeGreaterThan(5);
    for (const { item } of refused) {
      expect(JSON.stringify(item.platformResponse)).toContain(JSON.stringify(item.validationErrors[0]?.message ?? item.errorMessage).slice(1, -1));
    }
    const targets = new Set(refused.map(({ sync }) => sync.targetPlatform));
    expect(targets.size).toBeGreaterThan(2);
  });

  it('has no answer where the software gave none: pending, timed out, invalid, or stopped as a duplicate', () => {
    const unanswered = [...withStatus('pending'), ...withStatus('timedOut'), ...withStatus('validationError'), ...withStatus('failed').filter(({ item }) => isDuplicate(item))];
    expect(unanswered.length).toBeGreaterThan(0);
    for (const { item } of unanswered) expect(item).not.toHaveProperty('platformResponse');
  });

  it('shows the archived account or missing tax rate a refusal names in the record', () => {
    const withLines = ['expenses', 'reimbursableExpenses', 'bills', 'invoices', 'creditNotes', 'journalEntries', 'directCosts'];
    const named = withStatus('failed').filter(
      ({ item }) => withLines.includes(item.dataType) && /^(Account \w+ is archived|Tax rate TAX\d+ does not exist)/.test(item.validationErrors[0]?.message ?? ''),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const { item } of named) {
      const culprit = /^(?:Account (\w+)|Tax rate (TAX\d+))/.exec(item.validationErrors[0]!.message)!.slice(1).find(Boolean)!;
      expect(JSON.stringify(item.pushedRecord)).toContain(`{"id":"${culprit}"}`);
    }
  });

  it('is deterministic, plain JSON within the validation bounds, and handed out as copies', async () => {
    const { sync } = items[0]!;
    expect(demo.pushItemsFor(sync)).toEqual(generateDemoDataset({ seed: 12, syncs: 1_500 }).pushItemsFor(sync));
    for (const { item } of items) expect(parsePushItem(JSON.parse(JSON.stringify(item)))).toEqual(item);
    const adapter = createInMemoryAdapter(demo);
    const first = (await adapter.listPushItems(sync.id, { page: { index: 0, size: 5 } }, ctx)).items[0]!;
    (first.pushedRecord as Record<string, unknown>).currency = 'changed';
    const again = (await adapter.listPushItems(sync.id, { page: { index: 0, size: 5 } }, ctx)).items[0]!;
    expect((again.pushedRecord as Record<string, unknown>).currency).not.toBe('changed');
  });

  it('drops the earlier refusal of an item a retry pushed successfully', async () => {
    const { sync } = withStatus('failed').find(({ sync: candidate }) => candidate.product === 'expenses' && candidate.endedAt !== undefined)!;
    const adapter = createInMemoryAdapter(demo, { retry: { successRate: 1 } });
    await adapter.retryPushItems!(sync.id, { itemIds: 'allFailed' }, ctx);
    const after = (await adapter.listPushItems(sync.id, { page: { index: 0, size: 500 } }, ctx)).items;
    for (const item of after.filter((candidate) => candidate.attempts > 1)) {
      expect(item.status).toBe('success');
      expect(item).not.toHaveProperty('platformResponse');
      expect(item.pushedRecord).toEqual(expect.any(Object));
    }
  });
});
