import type { PushItem } from '../../src/core/model';
import { MAX_RETRY_BODY_BYTES, MAX_RETRY_ITEM_IDS } from '../../src/server/handler/retry-request';
import { SYNC_WITH_ITEMS } from '../adapters/contract/contract-dataset';
import { contractHandler, postJson, problemOf, recordingHandler, request } from './handler-fixtures';

const RETRY = `/api/syncs/${SYNC_WITH_ITEMS}/push-items/retry`;

/** The attempts of every push item of the sync, by ID. */
async function attemptsOf(handler: (request: Request) => Promise<Response>): Promise<Record<string, number | undefined>> {
  const page = (await (await handler(request(`/api/syncs/${SYNC_WITH_ITEMS}/push-items?pageSize=500`))).json()) as { items: PushItem[] };
  return Object.fromEntries(page.items.map((item) => [item.id, item.attempts]));
}

describe('createSyncHealthHandler: retry', () => {
  it('passes the body and the Idempotency-Key to the store', async () => {
    const { store, handler } = recordingHandler();
    const key = '3f8e6a2c-5b1d-4c9e-8f0a-7d2b6e4c1a90';
    const response = await handler(postJson(RETRY, { itemIds: ['item-02', 'item-05'], note: 'ignored' }, { 'Idempotency-Key': key }));
    expect(await response.json()).toEqual({ retried: 1, succeeded: 1, failed: 0, pending: 0 });
    await handler(postJson(RETRY, { itemIds: 'allFailed' }));
    expect(store.calls.filter((call) => call.method === 'requestRetry').map((call) => call.args)).toEqual([
      [SYNC_WITH_ITEMS, { itemIds: ['item-02', 'item-05'] }, key],
      [SYNC_WITH_ITEMS, { itemIds: 'allFailed' }, undefined],
    ]);
  });

  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(256)],
    ['with a space', 'two words'],
    ['outside ASCII', 'clé'],
    ['with a control character', 'key\u0001'],
    ['sent twice', 'one, two'],
  ])('answers an Idempotency-Key %s 400, retrying nothing', async (_, key) => {
    const { store, handler } = recordingHandler();
    const response = await handler(postJson(RETRY, { itemIds: 'allFailed' }, { 'Idempotency-Key': key }));
    expect((await problemOf(response, 400)).detail).toBe('"Idempotency-Key" should be 1 to 255 visible ASCII characters, such as a UUID.');
    expect(store.calls).toEqual([]);
  });

  it('takes a key of 255 visible ASCII characters', async () => {
    const { store, handler } = recordingHandler();
    const key = '!~'.repeat(127) + 'k';
    expect((await handler(postJson(RETRY, { itemIds: 'allFailed' }, { 'Idempotency-Key': key }))).status).toBe(200);
    expect(store.calls.at(-1)?.args[2]).toBe(key);
  });

  it('takes only JSON sent as application/json (a cross-site form cannot send it)', async () => {
    const { store, handler } = recordingHandler();
    for (const contentType of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const headers: Record<string, string> = contentType ? { 'Content-Type': contentType } : {};
      const response = await handler(request(RETRY, { method: 'POST', headers, body: '{"itemIds":"allFailed"}' }));
      expect((await problemOf(response, 415)).detail, contentType).toBe('The body should be JSON, sent as Content-Type: application/json.');
    }
    expect((await handler(postJson(RETRY, { itemIds: 'allFailed' }, { 'Content-Type': 'Application/JSON; charset=utf-8' }))).status).toBe(200);
    expect(store.calls.filter((call) => call.method === 'requestRetry')).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"itemIds": [', 'The body should be JSON.'],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'The body should be JSON.'],
    ['empty', '', 'The body should be JSON.'],
    ['null', 'null', undefined],
    ['a list', '["item-02"]', undefined],
    ['a number of items', '{"itemIds": 42}', undefined],
    ['another word', '{"itemIds": "all"}', undefined],
    ['a blank ID', '{"itemIds": ["item-02", " "]}', undefined],
    ['a non-string ID', '{"itemIds": ["item-02", 3]}', undefined],
    ['too many IDs', JSON.stringify({ itemIds: Array.from({ length: MAX_RETRY_ITEM_IDS + 1 }, (_, index) => `item-${index}`) }), undefined],
  ])('answers a body that is %s 400, retrying nothing', async (_, body, detail) => {
    const { store, handler } = recordingHandler();
    const response = await handler(request(RETRY, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
    const problem = await problemOf(response, 400);
    expect(problem.detail).toBe(detail ?? `"itemIds" should be "allFailed" or a list of at most ${MAX_RETRY_ITEM_IDS} push item IDs, each 1 to 100000 characters long.`);
    expect(store.calls).toEqual([]);
  });

  it('answers a body larger than 1 MiB 413, whether it says so or not', async () => {
    const { store, handler } = recordingHandler();
    const large = JSON.stringify({ itemIds: ['x'.repeat(MAX_RETRY_BODY_BYTES)] });
    expect((await problemOf(await handler(postJson(RETRY, large)), 413)).detail).toBe(`The body should be at most ${MAX_RETRY_BODY_BYTES} bytes.`);
    // Streamed without a length: read only until it is too large.
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const streamed = new Request(`http://localhost${RETRY}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    await problemOf(await handler(streamed), 413);
    expect(pulled).toBeLessThan(40);
    expect(store.calls).toEqual([]);
  });

  it('answers 404 for an unknown sync and 501 where canRetry says no, without retrying', async () => {
    const handler = contractHandler({ canRetry: () => false });
    const before = await attemptsOf(handler);
    expect((await problemOf(await handler(postJson(RETRY, { itemIds: 'allFailed' })), 501)).detail).toBe(`Retry is not available for sync ${SYNC_WITH_ITEMS}.`);
    expect(await attemptsOf(handler)).toEqual(before);
    expect((await problemOf(await contractHandler()(postJson('/api/syncs/no-such-sync/push-items/retry', { itemIds: 'allFailed' })), 404)).detail).toBe(
      'No sync with ID no-such-sync.',
    );
    // The contract's rule by default: Sync for Expenses only (SYNC-001 is a commerce sync).
    await problemOf(await contractHandler({ canRetry: undefined })(postJson('/api/syncs/SYNC-001/push-items/retry', { itemIds: 'allFailed' })), 501);
  });

  it('retries once for a key sent again, also at the same moment, and again for a new key', async () => {
    const handler = contractHandler({}, { retry: { successRate: 0 } });
    const before = await attemptsOf(handler);
    const send = (key: string) => handler(postJson(RETRY, { itemIds: 'allFailed' }, { 'Idempotency-Key': key }));
    const answers = await Promise.all([send('first'), send('first'), send('first')]);
    const outcomes = await Promise.all(answers.map((answer) => answer.json()));
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
    expect(await (await send('first')).json()).toEqual(outcomes[0]);
    const once = await attemptsOf(handler);
    const retried = Object.keys(before).filter((id) => once[id] !== before[id]);
    expect(retried.length).toBe((outcomes[0] as { retried: number }).retried);
    for (const id of retried) expect(once[id]).toBe((before[id] ?? 1) + 1);
    await send('second');
    const twice = await attemptsOf(handler);
    for (const id of retried) expect(twice[id]).toBe((before[id] ?? 1) + 2);
  });
});
