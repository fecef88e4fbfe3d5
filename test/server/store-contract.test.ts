/**
 * The adapter contract, held against the SQL store on PGlite and on PostgreSQL, seen as an adapter
 * (`storeAdapter`), each subject a fresh database (PGlite) or schema (PostgreSQL) loaded with the
 * suite's data set, its clock at the data set's `now`.
 *
 * The suite's retry tests expect the items a retry did not push successfully to be failed again
 * once it answers, as with a backend that pushes while the request waits. The store only queues the
 * retry (the items wait, `pending`, for the host's worker), so the subject pairs it with a worker
 * that takes the job at once and reports every item refused again: the store's outbox, end to end.
 */
import type { SyncHealthAdapter } from '../../src/adapters/contract';
import type { InMemoryDataset } from '../../src/adapters/in-memory/in-memory-dataset';
import type { RetryOutcome } from '../../src/core/query';
import { loadDataset } from '../../src/server/seed-demo-data';
import type { SyncHealthStore } from '../../src/server/store';
import { storeAdapter } from '../../src/server/store-adapter';
import { describeAdapterContract, type ContractSubject } from '../adapters/contract/adapter-contract';
import { STORE_KINDS, clockAt, type TestStore } from './store-fixtures';

/** The store's adapter, whose retries a worker completes before they answer (see the header). */
function withWorkerAnsweringAtOnce(adapter: SyncHealthAdapter, store: SyncHealthStore): SyncHealthAdapter {
  return {
    ...adapter,
    retryPushItems: async (syncId, request, ctx): Promise<RetryOutcome> => {
      const queued = await adapter.retryPushItems!(syncId, request, ctx);
      for (const job of await store.takeRetryRequests({ limit: 100 })) {
        await store.completeRetry(job.id, job.itemIds.map((itemId) => ({ itemId, status: 'failed', errorMessage: 'Account 4000 is archived' })));
      }
      return { retried: queued.retried, succeeded: 0, failed: queued.retried, pending: 0 };
    },
  };
}

async function subjectOver(testStore: TestStore, dataset: InMemoryDataset): Promise<ContractSubject> {
  await loadDataset(testStore.store, dataset, { madeDetailsForNewest: 0 });
  const adapter = storeAdapter(testStore.store);
  return {
    adapter: withWorkerAnsweringAtOnce(adapter, testStore.store),
    customerFor: (companyId) => adapter.forCompany(companyId),
    close: () => testStore.close(),
  };
}

for (const { kind, create } of STORE_KINDS) {
  describeAdapterContract(`SQL store on ${kind}`, async (dataset) => subjectOver(await create({ now: clockAt(dataset.now) }), dataset));
}
