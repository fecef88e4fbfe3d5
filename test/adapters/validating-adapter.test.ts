import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REQUEST_TIMEOUT_MS, withCustomerValidation, withValidation } from '../../src/adapters/validating-adapter';
import { isTimeoutError, SyncHealthError } from '../../src/core/errors';
import { fakeAdapter } from '../support/fake-adapter';
import { makeSync } from '../support/fixtures';

const ctx = { signal: new AbortController().signal };
const query = { page: { index: 0, size: 10 } };

describe('withValidation', () => {
  it('passes well-formed answers through, with a signal that aborts when the caller aborts', async () => {
    const adapter = fakeAdapter();
    const caller = new AbortController();
    const page = await withValidation(adapter).listSyncs(query, { signal: caller.signal });
    expect(page.items).toEqual([makeSync()]);
    expect(adapter.listSyncs).toHaveBeenCalledWith(query, { signal: expect.any(AbortSignal) });
    const hanging = fakeAdapter({ getSync: vi.fn(() => new Promise<never>(() => {})) });
    const answer = withValidation(hanging).getSync('sync-1', { signal: caller.signal });
    caller.abort();
    await expect(answer).rejects.toMatchObject({ kind: 'aborted' });
    expect(vi.mocked(hanging.getSync).mock.calls[0]![1].signal.aborted).toBe(true);
  });

  it('turns a malformed answer into an invalidResponse error naming the method and field', async () => {
    const adapter = fakeAdapter({ getSync: async () => ({ ...makeSync(), statusCode: 'oops' }) as never });
    const failure = withValidation(adapter).getSync('sync-1', ctx);
    await expect(failure).rejects.toBeInstanceOf(SyncHealthError);
    await expect(failure).rejects.toMatchObject({ kind: 'invalidResponse', field: 'statusCode' });
    await expect(failure).rejects.toThrow(/getSync: .*statusCode/);
  });

  it('wraps whatever an adapter throws, even synchronously, as a typed error', async () => {
    const adapter = fakeAdapter({
      listSyncs: () => {
        throw new TypeError('fetch failed');
      },
      getSync: () => Promise.reject('plain string'),
      getSyncConfig: async () => {
        throw new SyncHealthError('notFound', 'No such sync');
      },
    });
    const validated = withValidation(adapter);
    await expect(validated.listSyncs(query, ctx)).rejects.toMatchObject({ kind: 'network', message: 'fetch failed' });
    await expect(validated.getSync('x', ctx)).rejects.toMatchObject({ kind: 'network', message: 'plain string' });
    await expect(validated.getSyncConfig('x', ctx)).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('reports an aborted request as aborted', async () => {
    const abortError = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    const validated = withValidation(fakeAdapter({ listSyncs: async () => Promise.reject(abortError) }));
    await expect(validated.listSyncs(query, ctx)).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('offers retry only when the adapter has it, for expenses syncs by default', () => {
    const withoutRetry = withValidation(fakeAdapter());
    expect(withoutRetry.retryPushItems).toBeUndefined();
    const withRetry = withValidation(
      fakeAdapter({ retryPushItems: async () => ({ retried: 1, succeeded: 1, failed: 0, pending: 0 }) }),
    );
    expect(withRetry.canRetry!(makeSync({ product: 'expenses' }))).toBe(true);
    expect(withRetry.canRetry!(makeSync({ product: 'commerce' }))).toBe(false);
    const throwing = withValidation(
      fakeAdapter({
        canRetry: () => {
          throw new Error('bad host code');
        },
      }),
    );
    expect(throwing.canRetry!(makeSync())).toBe(false);
  });

  it('validates retry outcomes', async () => {
    const validated = withValidation(fakeAdapter({ retryPushItems: async () => ({ retried: 'all' }) as never }));
    await expect(validated.retryPushItems!('sync-1', { itemIds: 'allFailed' }, ctx)).rejects.toMatchObject({
      kind: 'invalidResponse',
      field: 'retried',
    });
  });

  it('returns one wrapper per adapter and time limit', () => {
    const adapter = fakeAdapter();
    expect(withValidation(adapter)).toBe(withValidation(adapter));
    expect(withValidation(withValidation(adapter))).toBe(withValidation(adapter));
    expect(withValidation(adapter, { requestTimeoutMs: 5000 })).toBe(withValidation(adapter, { requestTimeoutMs: 5000 }));
    expect(withValidation(adapter, { requestTimeoutMs: 5000 })).not.toBe(withValidation(adapter));
  });
});

describe('the request time limit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives up on a call that hangs past 30 s by default: a network error that says so, and the signal aborts', async () => {
    const adapter = fakeAdapter({ listSyncs: vi.fn(() => new Promise<never>(() => {})) });
    const answer = withValidation(adapter).listSyncs(query, ctx);
    const settled = expect(answer).rejects.toMatchObject({
      kind: 'network',
      message: 'The server did not answer within 30 seconds.',
      // A TimeoutError, as AbortSignal.timeout() gives: what tells a time-out from other network failures.
      cause: expect.objectContaining({ name: 'TimeoutError' }),
    });
    await vi.advanceTimersByTimeAsync(DEFAULT_REQUEST_TIMEOUT_MS - 1);
    expect(vi.mocked(adapter.listSyncs).mock.calls[0]![1]!.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
    const { signal } = vi.mocked(adapter.listSyncs).mock.calls[0]![1]!;
    expect(signal.aborted).toBe(true);
    // With a TimeoutError, as AbortSignal.timeout() aborts.
    expect(signal.reason).toMatchObject({ name: 'TimeoutError', message: 'The server did not answer within 30 seconds.' });
  });

  it('takes its own limit, and none at all with 0', async () => {
    const slowAnswer = () => new Promise((resolve) => setTimeout(() => resolve(makeSync()), 60_000));
    const quick = withValidation(fakeAdapter({ getSync: slowAnswer as never }), { requestTimeoutMs: 2500 });
    const failed = expect(quick.getSync('sync-1', ctx)).rejects.toThrow('The server did not answer within 2.5 seconds.');
    await vi.advanceTimersByTimeAsync(2500);
    await failed;
    const patient = withValidation(fakeAdapter({ getSync: slowAnswer as never }), { requestTimeoutMs: 0 });
    const answer = patient.getSync('sync-1', ctx);
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(answer).resolves.toMatchObject({ id: 'sync-1' });
  });

  it('applies to the customer history too, and leaves no timer behind after an answer', async () => {
    const hanging = withCustomerValidation({ listSyncs: () => new Promise(() => {}) });
    const answer = hanging.listSyncs(query, ctx).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(DEFAULT_REQUEST_TIMEOUT_MS);
    const error = await answer;
    expect(error).toMatchObject({ kind: 'network' });
    expect(isTimeoutError(error)).toBe(true);
    const prompt = withCustomerValidation({ listSyncs: async () => ({ items: [], pageIndex: 0, pageSize: 10, hasNextPage: false }) });
    await prompt.listSyncs(query, ctx);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('withCustomerValidation', () => {
  it('strips internal fields a careless backend sends', async () => {
    const validated = withCustomerValidation({
      listSyncs: async () => ({
        items: [{ ...makeSync(), internalMessage: 'stack trace', companyId: 'another-company', configuration: { secret: 1 } }],
        pageIndex: 0,
        pageSize: 10,
        hasNextPage: false,
      }),
    });
    const page = await validated.listSyncs(query, ctx);
    const rendered = JSON.stringify(page);
    expect(rendered).not.toContain('stack trace');
    expect(rendered).not.toContain('another-company');
    expect(rendered).not.toContain('secret');
  });
});
