import { describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import type { SyncTotals } from '../../src/core/query';
import { cachedOffsetsIn } from '../../src/core/zoned-dates';
import { makeBareSync } from '../support/fixtures';

// The real offsets, with their reads counted: a read is a zone the totals did not keep.
vi.mock('../../src/core/zoned-dates', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/zoned-dates')>();
  return { ...actual, cachedOffsetsIn: vi.fn(actual.cachedOffsetsIn) };
});

const ctx = { signal: new AbortController().signal };
const ZONES = [
  'Pacific/Auckland',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Africa/Nairobi',
  'Europe/London',
  'UTC',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/New_York',
  'America/Los_Angeles',
];
/** How many zones the totals keep (`ZONES_KEPT`). */
const KEPT = 8;

const readsOf = (timeZone: string) => vi.mocked(cachedOffsetsIn).mock.calls.filter(([zone]) => zone === timeZone).length;
const perBucket = (totals: SyncTotals) => totals.timeline.map((bucket) => [bucket.start, bucket.byCategory.success]);

describe('in-memory totals: the zones whose offsets are kept', () => {
  it(`keeps the ${KEPT} zones counted in last, reads a forgotten one again, and counts the same either way`, async () => {
    // Syncs either side of midnight in most of these zones, so each zone puts them in its own days.
    const starts = ['2026-11-01T10:30:00Z', '2026-11-01T23:30:00Z', '2026-11-02T04:00:00Z', '2026-11-02T13:00:00Z'];
    const syncs = starts.map((start, index) => makeBareSync(`sync-${index}`, { startedAt: start, endedAt: start }));
    const adapter = createInMemoryAdapter({ syncs, now: '2026-12-01T00:00:00.000Z' });
    const count = async (timeZone: string) => perBucket(await adapter.getSyncTotals({ timeZone }, ctx));

    const first = new Map<string, ReturnType<typeof perBucket>>();
    for (const zone of ZONES) first.set(zone, await count(zone));
    expect(first.get('Asia/Tokyo')).not.toEqual(first.get('America/Los_Angeles'));
    const readsBefore = new Map(ZONES.map((zone) => [zone, readsOf(zone)]));

    // The last KEPT zones are answered from the cache; the ones counted in before them were forgotten.
    const kept = ZONES.slice(-KEPT);
    const forgotten = ZONES.slice(0, -KEPT);
    for (const zone of kept) expect(await count(zone)).toEqual(first.get(zone));
    for (const zone of kept) expect(readsOf(zone)).toBe(readsBefore.get(zone));
    for (const zone of forgotten) {
      expect(await count(zone)).toEqual(first.get(zone));
      expect(readsOf(zone)).toBe(readsBefore.get(zone)! + 1);
    }
  });
});
