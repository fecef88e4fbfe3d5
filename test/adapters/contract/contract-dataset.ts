/**
 * The data the adapter contract suite runs on: a small hand-made set whose answers are easy to state
 * exactly (every optional field filled somewhere, an unknown status code, a running sync, a sync ID
 * that needs URL encoding, a company name outside ASCII, a company whose name only some of its syncs
 * carry), and a generated demo set for paging through a realistic volume.
 */
import { generateDemoDataset } from '../../../src/adapters/in-memory/demo-dataset';
import type { InMemoryDataset } from '../../../src/adapters/in-memory/in-memory-dataset';
import type { PushItem, PushItemStatus, Sync, SyncConfig } from '../../../src/core/model';
import { makeBareSync } from '../../support/fixtures';

export const CONTRACT_NOW = '2026-11-22T12:00:00.000Z';

const sync = makeBareSync;

/** The ID of the expenses sync with push items, a configuration and failed items to retry. */
export const SYNC_WITH_ITEMS = 'sync-002';
/** A sync ID with characters that must be encoded in a URL path. */
export const AWKWARD_SYNC_ID = 'sync 007/#?&%';
/** A company name outside ASCII, with letters whose case changes (Æ, Ø) and some that have none. */
export const UNICODE_COMPANY_NAME = 'Ærø Kaffebrænderi 北京 ☕';

export const contractSyncs: Sync[] = [
  sync('SYNC-001', { startedAt: '2026-11-20T00:00:00.000Z', endedAt: '2026-11-20T00:10:00.000Z', companyName: 'Bramble & Co Coffee' }),
  sync(SYNC_WITH_ITEMS, {
    companyId: 'Company-B',
    companyName: 'Hartley & Sons Bike Works',
    product: 'expenses',
    statusCode: 5130,
    statusText: 'PushError',
    startedAt: '2026-11-21T00:00:00.000Z',
    endedAt: '2026-11-21T00:01:00.000Z',
    sourcePlatform: 'Pleo',
    targetPlatform: 'Xero',
    dataRange: { from: '2026-11-20T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' },
    dataPushed: true,
    messages: [
      { severity: 'error', text: '4 of 12 items could not be written to Xero.' },
      { severity: 'note', text: 'Please reconcile manually', recordId: 'order-881' },
    ],
    internalMessage: 'PushException: 4 items rejected <script>alert(1)</script>',
    itemCounts: { pending: 1, success: 7, failed: 2, timedOut: 1, validationError: 1 },
  }),
  sync('sync-003', { startedAt: '2026-11-21T00:00:00.000Z', endedAt: '2026-11-21T00:30:00.000Z', statusCode: 4000, messages: [{ severity: 'error', text: 'No sales customer has been configured.' }] }),
  sync('sync-004', { companyId: 'company-c', companyName: UNICODE_COMPANY_NAME, startedAt: '2026-11-22T11:00:00.000Z', endedAt: undefined, statusCode: 1010, statusText: 'Pushing' }),
  sync('sync-005', { startedAt: '2026-11-19T23:59:59.999Z', endedAt: '2026-11-20T00:00:30.000Z', statusCode: 4200, statusText: 'MapCoreError' }),
  sync('sync-006', { companyId: 'Company-B', companyName: 'Hartley & Sons Bike Works', startedAt: '2026-11-22T00:00:00.000Z', endedAt: '2026-11-22T00:02:00.000Z', statusCode: 2040, product: 'expenses', dataPushed: false }),
  sync(AWKWARD_SYNC_ID, { companyId: 'company-d', startedAt: '2026-11-18T08:00:00.000Z', endedAt: '2026-11-18T08:00:05.000Z', statusCode: 4040 }),
];

const ITEM_PLAN: [coreId: string, dataType: string, status: PushItemStatus][] = [
  ['EXP-1001', 'expenses', 'success'],
  ['EXP-1002', 'expenses', 'failed'],
  ['EXP-1003', 'expenses', 'success'],
  ['BILL-2001', 'bills', 'validationError'],
  ['BILL-2002', 'bills', 'success'],
  ['EXP-1004', 'expenses', 'timedOut'],
  ['TRF-3001', 'transfers', 'success'],
  ['EXP-1005', 'expenses', 'pending'],
  ['BILL-2003', 'bills', 'success'],
  ['EXP-1006', 'expenses', 'failed'],
  ['RE-4001', 'reimbursableExpenses', 'success'],
  ['EXP-1007', 'expenses', 'success'],
];

export const contractPushItems: PushItem[] = ITEM_PLAN.map(([coreId, dataType, status], index) => {
  const requestedAt = new Date(Date.parse('2026-11-21T00:00:10.000Z') + index * 1000).toISOString();
  const item: PushItem = {
    id: `item-${String(index + 1).padStart(2, '0')}`,
    coreId,
    dataType,
    status,
    requestedAt,
    validationErrors: status === 'validationError' ? [{ message: 'Supplier is not in an Active state.', validatorName: 'SupplierValidator' }] : [],
    validationWarnings: index === 0 ? [{ message: 'Description was shortened to 4000 characters.' }] : [],
    attempts: 1,
  };
  if (status !== 'pending') item.completedAt = new Date(Date.parse(requestedAt) + 2500).toISOString();
  if (status === 'failed') {
    item.errorMessage = 'Account 4000 is archived';
    item.pushedRecord = { id: coreId, issueDate: '2026-11-20T00:00:00Z', currency: 'GBP', lines: [{ netAmount: 41.5, taxAmount: 8.3, accountRef: { id: '4000' }, taxRateRef: { id: 'TAX001' } }], notes: null };
    item.platformResponse = { ErrorNumber: 10, Type: 'ValidationException', Elements: [{ ValidationErrors: [{ Message: 'Account code 4000 has been archived.' }] }] };
  }
  return item;
});

export const contractConfig: SyncConfig = {
  syncId: SYNC_WITH_ITEMS,
  companyId: 'Company-B',
  isSnapshot: true,
  configuration: { bankAccount: { id: '1200', name: 'Current Account' }, taxRates: [{ percentage: 20, selectedTaxRateId: 'TAX001' }], transfers: { enabled: true, clearingAccountId: null } },
};

/** A fresh copy of the small data set (retries change an adapter's state, never this data). */
export function smallContractDataset(): InMemoryDataset {
  return {
    syncs: structuredClone(contractSyncs),
    pushItems: { [SYNC_WITH_ITEMS]: structuredClone(contractPushItems) },
    configs: { [SYNC_WITH_ITEMS]: structuredClone(contractConfig) },
    now: CONTRACT_NOW,
    seed: 7,
  };
}

/** A generated data set of realistic volume, made once. */
export const demoContractDataset = generateDemoDataset({ seed: 23, syncs: 900, now: CONTRACT_NOW });
