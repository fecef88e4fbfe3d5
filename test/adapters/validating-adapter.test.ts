import { describe, expect, it } from 'vitest';
import { withCustomerValidation, withValidation } from '../../src/adapters/validating-adapter';
import { SyncHealthError } from '../../src/core/errors';
import { fakeAdapter } from '../support/fake-adapter';
import { makeSync } from '../support/fixtures';

const ctx = { signal: new AbortController().signal };
const query = { page: { index: 0, size: 10 } };

describe('withValidation', () => {
  it('passes well-formed answers through and forwards the signal', async () => {
    const adapter = fakeAdapter();
    const page = await withValidation(adapter).listSyncs(query, ctx);
    expect(page.items).toEqual([makeSync()]);
    expect(adapter.listSyncs).toHaveBeenCalledWith(query, ctx);
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

  it('returns one wrapper per adapter', () => {
    const adapter = fakeAdapter();
    expect(withValidation(adapter)).toBe(withValidation(adapter));
    expect(withValidation(withValidation(adapter))).toBe(withValidation(adapter));
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
