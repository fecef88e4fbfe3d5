/**
 * The behavioural contract every adapter the library ships must pass: one suite, run against the
 * in-memory adapter and the HTTP adapter (over a real server), so that both answer every query the
 * same way. Answers go through `withValidation`, as they do in the components.
 *
 * Usage: `describeAdapterContract('my adapter', async (dataset) => ({ adapter, customerFor, close }))`.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { CustomerSyncHistoryAdapter, SyncHealthAdapter } from '../../../src/adapters/contract';
import type { InMemoryDataset } from '../../../src/adapters/in-memory/in-memory-dataset';
import { withCustomerValidation, withValidation } from '../../../src/adapters/validating-adapter';
import { describeDetailContract } from './detail-contract';
import { describeErrorGroupsContract } from './error-groups-contract';
import { describeListContract } from './list-contract';
import { describeSearchContract } from './search-contract';

/** An adapter under test, serving a given data set. */
export interface ContractSubject {
  /** The support-facing adapter (the suite wraps it in `withValidation`). */
  adapter: SyncHealthAdapter;
  /** The customer adapter of one company. */
  customerFor(companyId: string): CustomerSyncHistoryAdapter;
  /** Frees what the subject holds (e.g. stops its server). */
  close?(): Promise<void>;
}

/**
 * Makes a subject that serves exactly `dataset`, with the data set's `now` as its clock. Called
 * more than once (retries change state, so some tests get a fresh subject).
 */
export type ContractSubjectFactory = (dataset: InMemoryDataset) => ContractSubject | Promise<ContractSubject>;

/** A validated subject, created before the tests of a block and closed after them. */
export interface SubjectHandle {
  adapter(): SyncHealthAdapter;
  customerFor(companyId: string): CustomerSyncHistoryAdapter;
}

/** Creates a subject over `makeDataset()` before the block's tests and closes it after them. */
export function useSubject(factory: ContractSubjectFactory, makeDataset: () => InMemoryDataset): SubjectHandle {
  let subject: ContractSubject | undefined;
  beforeAll(async () => {
    subject = await factory(makeDataset());
  });
  afterAll(async () => {
    await subject?.close?.();
  });
  const current = () => {
    if (!subject) throw new Error('The contract subject is not ready.');
    return subject;
  };
  return {
    adapter: () => withValidation(current().adapter),
    customerFor: (companyId) => withCustomerValidation(current().customerFor(companyId)),
  };
}

/** Registers the whole contract suite for one adapter. */
export function describeAdapterContract(name: string, factory: ContractSubjectFactory): void {
  describe(`adapter contract: ${name}`, () => {
    describeListContract(factory);
    describeSearchContract(factory);
    describeDetailContract(factory);
    describeErrorGroupsContract(factory);
  });
}
