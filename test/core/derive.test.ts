import { describe, expect, it } from 'vitest';
import { deriveSyncHealth, describeItemSummary, summarizeItems, syncDurationMs } from '../../src/core/derive';
import type { PushItemCounts } from '../../src/core/model';

const counts = (partial: Partial<PushItemCounts>): PushItemCounts => ({
  pending: 0,
  success: 0,
  failed: 0,
  timedOut: 0,
  validationError: 0,
  ...partial,
});

describe('derived facts', () => {
  it('counts failed, timed out and validation errors as failed items', () => {
    expect(summarizeItems(counts({ success: 9, failed: 1, timedOut: 1, validationError: 1 }))).toEqual({
      total: 12,
      pushed: 9,
      failed: 3,
      pending: 0,
    });
    expect(summarizeItems(undefined)).toBeUndefined();
  });

  it('words the item summary', () => {
    expect(describeItemSummary(summarizeItems(counts({ success: 9, failed: 3 })))).toBe('3 of 12 items failed');
    expect(describeItemSummary(summarizeItems(counts({ success: 12 })))).toBe('All 12 items pushed');
    expect(describeItemSummary(summarizeItems(counts({ success: 1 })))).toBe('1 item pushed');
    expect(describeItemSummary(summarizeItems(counts({ success: 2, pending: 1 })))).toBe('1 of 3 items pending');
    expect(describeItemSummary(summarizeItems(counts({})))).toBe('No items');
    expect(describeItemSummary(undefined)).toBe('');
  });

  it('shows a sync with any failed item as failed, even when its code says success', () => {
    const health = deriveSyncHealth({ statusCode: 2000, itemCounts: counts({ success: 9, failed: 3 }) });
    expect(health.outcome).toBe('failed');
    expect(health.failedByItems).toBe(true);
    expect(health.status.code).toBe(2000);
  });

  it('keeps the code outcome when no item failed', () => {
    expect(deriveSyncHealth({ statusCode: 2000, itemCounts: counts({ success: 4 }) })).toMatchObject({
      outcome: 'success',
      failedByItems: false,
    });
    expect(deriveSyncHealth({ statusCode: 5130, itemCounts: counts({ failed: 2 }) })).toMatchObject({
      outcome: 'failed',
      failedByItems: false,
    });
    expect(deriveSyncHealth({ statusCode: 4200 }).outcome).toBe('unknown');
    expect(deriveSyncHealth({ statusCode: 1000, itemCounts: counts({ failed: 1, pending: 3 }) }).outcome).toBe('inProgress');
  });

  it('measures duration, until now for a sync still running', () => {
    expect(syncDurationMs({ statusCode: 2000, startedAt: '2026-11-22T10:00:00Z', endedAt: '2026-11-22T10:05:30Z' })).toBe(330_000);
    expect(syncDurationMs({ statusCode: 1000, startedAt: '2026-11-22T10:00:00Z' }, Date.parse('2026-11-22T10:01:00Z'))).toBe(60_000);
    expect(syncDurationMs({ statusCode: 1000, startedAt: 'not a date' })).toBeUndefined();
    // A finished sync without an end time (Codat reports none) has no known duration, not "until now".
    expect(syncDurationMs({ statusCode: 2000, startedAt: '2026-11-22T10:00:00Z' })).toBeUndefined();
  });
});
