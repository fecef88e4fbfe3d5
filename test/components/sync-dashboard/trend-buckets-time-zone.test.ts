import { describe, expect, it } from 'vitest';
import { MAX_BUCKETS, toTrendBuckets } from '../../../src/components/sync-dashboard/trend-buckets';
import type { SyncTotals } from '../../../src/core/query';

const zero = { inProgress: 0, success: 0, failedConfiguration: 0, failedConnection: 0, failedServer: 0, unknown: 0 };
const iso = (time: number) => new Date(time).toISOString();

function totalsOf(bucket: 'day' | 'hour', points: [string, number][]): SyncTotals {
  return {
    total: points.reduce((sum, [, count]) => sum + count, 0),
    byStatusCode: [],
    byCategory: zero,
    bucket,
    timeline: points.map(([start, success]) => ({ start, byCategory: { ...zero, success } })),
  };
}

describe('trend buckets in a time zone', () => {
  it('fills the gap across the spring change in London with calendar days (one of 23 hours)', () => {
    const totals = totalsOf('day', [['2026-03-28T00:00:00.000Z', 1], ['2026-03-30T23:00:00.000Z', 2]]);
    const buckets = toTrendBuckets(totals, undefined, 'Europe/London');
    expect(buckets.map((bucket) => [iso(bucket.start), bucket.total])).toEqual([
      ['2026-03-28T00:00:00.000Z', 1],
      ['2026-03-29T00:00:00.000Z', 0],
      ['2026-03-29T23:00:00.000Z', 0],
      ['2026-03-30T23:00:00.000Z', 2],
    ]);
  });

  it('fills the gap across the day Santiago skips midnight, from a range in local days', () => {
    const totals = totalsOf('day', [['2026-09-07T03:00:00.000Z', 4]]);
    // 4 to 8 September, Santiago time.
    const buckets = toTrendBuckets(totals, { from: '2026-09-04T04:00:00.000Z', to: '2026-09-08T03:00:00.000Z' }, 'America/Santiago');
    expect(buckets.map((bucket) => [iso(bucket.start), bucket.total])).toEqual([
      ['2026-09-04T04:00:00.000Z', 0],
      ['2026-09-05T04:00:00.000Z', 0],
      ['2026-09-06T04:00:00.000Z', 0],
      ['2026-09-07T03:00:00.000Z', 4],
    ]);
  });

  it('steps hours on the local clock of a +05:30 zone', () => {
    const totals = totalsOf('hour', [['2026-11-22T09:30:00.000Z', 1], ['2026-11-22T11:30:00.000Z', 1]]);
    const buckets = toTrendBuckets(totals, undefined, 'Asia/Kolkata');
    expect(buckets.map((bucket) => iso(bucket.start))).toEqual(['2026-11-22T09:30:00.000Z', '2026-11-22T10:30:00.000Z', '2026-11-22T11:30:00.000Z']);
  });

  it('keeps the newest buckets of a long range, at most MAX_BUCKETS, across daylight-saving changes', () => {
    const totals = totalsOf('day', [['2026-11-01T04:00:00.000Z', 1]]);
    const buckets = toTrendBuckets(totals, { from: '2024-01-01T05:00:00.000Z', to: '2026-11-02T05:00:00.000Z' }, 'America/New_York');
    expect(buckets).toHaveLength(MAX_BUCKETS);
    expect(iso(buckets.at(-1)!.start)).toBe('2026-11-01T04:00:00.000Z');
    expect(buckets.at(-1)!.total).toBe(1);
  });
});
