import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import { isSyncHealthError } from '../../src/core/errors';
import type { SyncTotals } from '../../src/core/query';
import { makeBareSync } from '../support/fixtures';

const ctx = { signal: new AbortController().signal };

/** An adapter over syncs that started at these moments (one sync each). */
function adapterStartingAt(...startedAt: string[]) {
  const syncs = startedAt.map((start, index) => makeBareSync(`sync-${index}`, { startedAt: start, endedAt: start }));
  return createInMemoryAdapter({ syncs, now: '2026-12-01T00:00:00.000Z' });
}

const perBucket = (totals: SyncTotals) => totals.timeline.map((bucket) => [bucket.start, bucket.byCategory.success]);

describe('in-memory totals: days and hours in a time zone', () => {
  it('counts days from local midnight across the spring change in London (a 23-hour day)', async () => {
    const adapter = adapterStartingAt(
      '2026-03-28T23:30:00Z', // 28 March, 23:30 GMT
      '2026-03-29T00:30:00Z', // 29 March, 00:30 GMT
      '2026-03-29T22:59:00Z', // 29 March, 23:59 BST
      '2026-03-29T23:00:00Z', // 30 March, 00:00 BST
    );
    const totals = await adapter.getSyncTotals({ timeZone: 'Europe/London' }, ctx);
    expect(perBucket(totals)).toEqual([
      ['2026-03-28T00:00:00.000Z', 1],
      ['2026-03-29T00:00:00.000Z', 2],
      ['2026-03-29T23:00:00.000Z', 1],
    ]);
    // The same syncs in UTC days.
    expect(perBucket(await adapter.getSyncTotals({}, ctx))).toEqual([
      ['2026-03-28T00:00:00.000Z', 1],
      ['2026-03-29T00:00:00.000Z', 3],
    ]);
  });

  it('starts the day Santiago skips midnight at 01:00 local, and counts each sync on its local day', async () => {
    const adapter = adapterStartingAt(
      '2026-09-06T03:30:00Z', // 5 September, 23:30 (-04)
      '2026-09-06T04:00:00Z', // 6 September, 01:00 (-03): the first moment of the day
      '2026-09-07T02:59:00Z', // 6 September, 23:59 (-03)
    );
    const totals = await adapter.getSyncTotals({ timeZone: 'America/Santiago' }, ctx);
    expect(perBucket(totals)).toEqual([
      ['2026-09-05T04:00:00.000Z', 1],
      ['2026-09-06T04:00:00.000Z', 2],
    ]);
  });

  it('buckets hours on the local clock in +05:30 and +05:45 zones', async () => {
    const adapter = adapterStartingAt('2026-11-22T10:20:00Z', '2026-11-22T10:40:00Z');
    expect(perBucket(await adapter.getSyncTotals({ bucket: 'hour', timeZone: 'Asia/Kolkata' }, ctx))).toEqual([
      ['2026-11-22T09:30:00.000Z', 1],
      ['2026-11-22T10:30:00.000Z', 1],
    ]);
    expect(perBucket(await adapter.getSyncTotals({ bucket: 'hour', timeZone: 'Asia/Kathmandu' }, ctx))).toEqual([
      ['2026-11-22T10:15:00.000Z', 2],
    ]);
  });

  it('keeps the hour London repeats in October as two hours', async () => {
    const adapter = adapterStartingAt('2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'); // 01:30 BST, then 01:30 GMT
    expect(perBucket(await adapter.getSyncTotals({ bucket: 'hour', timeZone: 'Europe/London' }, ctx))).toEqual([
      ['2026-10-25T00:00:00.000Z', 1],
      ['2026-10-25T01:00:00.000Z', 1],
    ]);
  });

  it('agrees with a direct count on demo data in a zone with daylight saving', async () => {
    const dataset = generateDemoDataset({ seed: 7, syncs: 2_000 });
    const totals = await createInMemoryAdapter(dataset).getSyncTotals({ timeZone: 'America/New_York' }, ctx);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });
    const expected = new Map<string, number>();
    for (const sync of dataset.syncs) {
      const key = day.format(Date.parse(sync.startedAt));
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const counted = new Map(totals.timeline.map((bucket) => [day.format(Date.parse(bucket.start)), Object.values(bucket.byCategory).reduce((a, b) => a + b, 0)]));
    expect(counted).toEqual(expected);
  });

  it('rejects a time zone it does not know with a clear error', async () => {
    const adapter = adapterStartingAt('2026-11-22T10:20:00Z');
    const error: unknown = await adapter.getSyncTotals({ timeZone: 'Mars/Olympus_Mons' }, ctx).catch((caught: unknown) => caught);
    expect(isSyncHealthError(error) && error.kind).toBe('unsupported');
    expect((error as Error).message).toMatch(/Unknown time zone "Mars\/Olympus_Mons"/);
  });
});
