import type { SyncHealthAdapter } from '../../src/adapters/contract';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import { SyncHealthError } from '../../src/core/errors';
import type { RetryOutcome, RetryRequest } from '../../src/core/query';
import { createAdapterBackedStore } from '../../src/server/adapter-store';
import { createSyncHealthHandler } from '../../src/server/handler/create-sync-health-handler';
import { smallContractDataset, SYNC_WITH_ITEMS } from '../adapters/contract/contract-dataset';
import { asCustomerOf, asSupport, problemOf, request } from './handler-fixtures';

const OUTCOME: RetryOutcome = { retried: 1, succeeded: 1, failed: 0, pending: 0 };

/** An in-memory adapter whose retries are counted, and fail while `failing` says so. */
function countingAdapter() {
  const adapter = createInMemoryAdapter(smallContractDataset());
  const state = { retries: 0, failing: false };
  const counted: SyncHealthAdapter = {
    ...adapter,
    retryPushItems: async (_syncId: string, _request: RetryRequest) => {
      state.retries += 1;
      if (state.failing) throw new SyncHealthError('network', 'The platform did not answer.');
      return OUTCOME;
    },
  };
  return { adapter: counted, state };
}

describe('createAdapterBackedStore', () => {
  it('remembers a retry’s outcome by sync and key, forgets one that failed, and forgets the oldest beyond its limit', async () => {
    const { adapter, state } = countingAdapter();
    const store = createAdapterBackedStore(adapter, { rememberedRetries: 2 });
    const all = { itemIds: 'allFailed' as const };
    expect(await store.requestRetry(SYNC_WITH_ITEMS, all, 'a')).toEqual(OUTCOME);
    expect(await store.requestRetry(SYNC_WITH_ITEMS, all, 'a')).toEqual(OUTCOME);
    expect(state.retries).toBe(1);
    // The same key for another sync is another retry; no key is always one.
    await store.requestRetry('sync-006', all, 'a');
    await store.requestRetry(SYNC_WITH_ITEMS, all);
    expect(state.retries).toBe(3);
    state.failing = true;
    await expect(store.requestRetry(SYNC_WITH_ITEMS, all, 'b')).rejects.toMatchObject({ kind: 'network' });
    state.failing = false;
    expect(await store.requestRetry(SYNC_WITH_ITEMS, all, 'b')).toEqual(OUTCOME);
    expect(state.retries).toBe(5);
    // Two remembered: 'b' and 'sync-006'/'a' are, the first 'a' is forgotten.
    await store.requestRetry(SYNC_WITH_ITEMS, all, 'a');
    expect(state.retries).toBe(6);
  });

  it('answers what the adapter lacks 501 through the handler', async () => {
    const adapter = createInMemoryAdapter(smallContractDataset());
    const bare: SyncHealthAdapter = { ...adapter, getTopErrors: undefined, listFailingCompanies: undefined, retryPushItems: undefined };
    const handler = createSyncHealthHandler({ store: createAdapterBackedStore(bare), authorize: asSupport });
    expect((await problemOf(await handler(request('/syncs/top-errors')), 501)).detail).toBe('This backend does not count top errors.');
    expect((await problemOf(await handler(request('/failing-companies')), 501)).detail).toBe('This backend does not list failing companies.');
    const retry = request(`/syncs/${SYNC_WITH_ITEMS}/push-items/retry`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"itemIds":"allFailed"}' });
    expect((await problemOf(await handler(retry), 501)).detail).toBe('This backend does not retry push items.');
    const customers = createSyncHealthHandler({ store: createAdapterBackedStore(bare), authorize: asCustomerOf('Company-B') });
    expect((await problemOf(await customers(request('/customer/syncs')), 501)).detail).toBe('This backend does not serve customer histories.');
  });
});
