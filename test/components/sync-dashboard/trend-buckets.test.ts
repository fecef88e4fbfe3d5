import { describe, expect, it } from 'vitest';
import { bucketFor, toTrendBuckets } from '../../../src/components/sync-dashboard/trend-buckets';
import type { SyncTotals } from '../../../src/core/query';

const zero = { inProgress: 0, success: 0, failedConfiguration: 0, failedConnection: 0, failedServer: 0, unknown: 0 };

describe('trend buckets', () => {
  it('uses hours for ranges up to two days, days otherwise', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    expect(bucketFor({ from: '2026-11-21T12:00:00Z' }, now)).toBe('hour');
    expect(bucketFor({ from: '2026-11-01T00:00:00Z' }, now)).toBe('day');
    expect(bucketFor(undefined, now)).toBe('day');
  });

  it('fills days without syncs with zeros, across the filter range', () => {
    const totals: SyncTotals = {
      total: 3,
      byStatusCode: [],
      byCategory: zero,
      bucket: 'day',
      timeline: [
        { start: '2026-11-20T00:00:00.000Z', byCategory: { ...zero, success: 2 } },
        { start: '2026-11-22T00:00:00.000Z', byCategory: { ...zero, failedServer: 1 } },
      ],
    };
    const buckets = toTrendBuckets(totals, { from: '2026-11-19T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' });
    expect(buckets.map((bucket) => [new Date(bucket.start).toISOString().slice(0, 10), bucket.total])).toEqual([
      ['2026-11-19', 0],
      ['2026-11-20', 2],
      ['2026-11-21', 0],
      ['2026-11-22', 1],
    ]);
    expect(toTrendBuckets({ ...totals, timeline: [] }, undefined)).toEqual([]);
  });
});
