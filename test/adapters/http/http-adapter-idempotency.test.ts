// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http/http-adapter';
import { newIdempotencyKey } from '../../../src/adapters/http/idempotency-key';
import type { LoopbackServer } from '../../support/loopback-server';
import { smallContractDataset, SYNC_WITH_ITEMS } from '../contract/contract-dataset';
import { startReferenceServer } from './reference-server';

const ctx = () => ({ signal: new AbortController().signal });
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let server: LoopbackServer | undefined;

afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

/** The attempts of the sync's failed items, by ID, as the backend now has them. */
async function attemptsOfFailedItems(baseUrl: string): Promise<Record<string, number | undefined>> {
  const page = await createHttpAdapter({ baseUrl }).listPushItems(SYNC_WITH_ITEMS, { statuses: ['failed', 'validationError', 'timedOut'], page: { index: 0, size: 50 } }, ctx());
  return Object.fromEntries(page.items.map((item) => [item.id, item.attempts]));
}

describe('createHttpAdapter: a retry carries an idempotency key', () => {
  it('sends a fresh key with each retry a person asks for', async () => {
    const reference = await startReferenceServer(smallContractDataset(), { adapter: { retry: { successRate: 0 } } });
    server = reference;
    const adapter = createHttpAdapter({ baseUrl: reference.baseUrl });
    await adapter.retryPushItems!(SYNC_WITH_ITEMS, { itemIds: 'allFailed' }, ctx());
    await adapter.retryPushItems!(SYNC_WITH_ITEMS, { itemIds: 'allFailed' }, ctx());
    const keys = reference.requests.filter((request) => request.method === 'POST').map((request) => request.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID_V4);
    expect(keys[1]).toMatch(UUID_V4);
    expect(keys[0]).not.toBe(keys[1]);
    // Two retries asked for: the failed items were pushed twice more.
    expect(Object.values(await attemptsOfFailedItems(reference.baseUrl)).every((attempts) => attempts === 3)).toBe(true);
  });

  it('retries once when the same request reaches the backend twice (a proxy resent it)', async () => {
    const reference = await startReferenceServer(smallContractDataset(), { adapter: { retry: { successRate: 0 } } });
    server = reference;
    const before = await attemptsOfFailedItems(reference.baseUrl);
    const resendingFetch = async (input: string, init: RequestInit) => {
      const first = await fetch(input, init);
      await first.text();
      return fetch(input, init);
    };
    const adapter = createHttpAdapter({ baseUrl: reference.baseUrl, fetch: resendingFetch });
    const outcome = await adapter.retryPushItems!(SYNC_WITH_ITEMS, { itemIds: 'allFailed' }, ctx());
    const posts = reference.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.headers.get('idempotency-key')).toBe(posts[1]!.headers.get('idempotency-key'));
    expect(outcome).toEqual({ retried: Object.keys(before).length, succeeded: 0, failed: Object.keys(before).length, pending: 0 });
    const after = await attemptsOfFailedItems(reference.baseUrl);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, attempts] of Object.entries(after)) expect(attempts, id).toBe((before[id] ?? 1) + 1);
  });

  it('makes a random key also where the page has no crypto.randomUUID (plain HTTP)', () => {
    const original = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => original.getRandomValues(array) });
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
});
