import { afterEach, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http/http-adapter';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory/in-memory-adapter';
import type { LoopbackServer } from '../../support/loopback-server';
import { smallContractDataset } from '../contract/contract-dataset';
import { startReferenceServer } from './reference-server';

const ctx = () => ({ signal: new AbortController().signal });
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('HTTP adapter: totals in a time zone', () => {
  it('sends timeZone, and the reference server buckets by it as the in-memory adapter does', async () => {
    const reference = await startReferenceServer(smallContractDataset());
    server = reference;
    const adapter = createHttpAdapter({ baseUrl: reference.baseUrl });
    const totals = await adapter.getSyncTotals({ bucket: 'hour', timeZone: 'Asia/Kolkata' }, ctx());
    expect(decodeURIComponent(reference.requests.at(-1)!.url)).toBe('/api/syncs/totals?bucket=hour&timeZone=Asia/Kolkata');
    const direct = await createInMemoryAdapter(smallContractDataset()).getSyncTotals({ bucket: 'hour', timeZone: 'Asia/Kolkata' }, ctx());
    expect(totals.timeline).toEqual(direct.timeline);
    // Hours on the Indian clock start on the half hour in UTC.
    expect(totals.timeline.length).toBeGreaterThan(0);
    for (const bucket of totals.timeline) expect(bucket.start).toMatch(/:30:00\.000Z$/);
  });

  it('leaves timeZone out when the query has none, and the server counts UTC days', async () => {
    const reference = await startReferenceServer(smallContractDataset());
    server = reference;
    const totals = await createHttpAdapter({ baseUrl: reference.baseUrl }).getSyncTotals({}, ctx());
    expect(decodeURIComponent(reference.requests.at(-1)!.url)).toBe('/api/syncs/totals');
    for (const bucket of totals.timeline) expect(bucket.start).toMatch(/T00:00:00\.000Z$/);
  });

  it('turns the server\'s 400 for an unknown zone into a clear error, not a crash', async () => {
    const reference = await startReferenceServer(smallContractDataset());
    server = reference;
    const error: unknown = await createHttpAdapter({ baseUrl: reference.baseUrl })
      .getSyncTotals({ timeZone: 'Mars/Olympus_Mons' }, ctx())
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ httpStatus: 400 });
    expect((error as Error).message).toMatch(/timeZone/);
  });
});
