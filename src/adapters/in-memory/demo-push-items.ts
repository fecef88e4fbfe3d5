/**
 * Demo push items, made on demand from the seed and the sync ID (never stored up front: a data set of
 * 100,000 syncs would otherwise hold millions of items). Their statuses add up to the sync's
 * `itemCounts`, and failed items carry the same reason as the sync's messages.
 */
import type { PushItem, PushItemCounts, PushItemStatus, Sync } from '../../core/model';
import { COMMERCE_DATA_TYPES, EXPENSE_DATA_TYPES } from './demo-catalogue';
import type { DemoCompany } from './demo-companies';
import { attachPushRecords } from './demo-push-records';
import { duplicateTransactionIdsFor, writeFailureFor, type DemoWriteFailure } from './demo-write-failures';
import {
  chance,
  createKeyedRandom,
  createWeightedPicker,
  hashToSeed,
  randomGuid,
  randomHex,
  randomInteger,
  shuffleInPlace,
  type RandomSource,
} from './seeded-random';
import { DAY_MS } from '../../core/time-units';

const pickCommerceDataType = createWeightedPicker(COMMERCE_DATA_TYPES);
const pickExpenseDataType = createWeightedPicker(EXPENSE_DATA_TYPES);

const EXPENSE_ID_PREFIXES: Readonly<Record<string, string>> = {
  expenses: 'txn',
  reimbursableExpenses: 'rmb',
  bills: 'bill',
  billPayments: 'bpay',
  transfers: 'trf',
};

/** Statuses in the order items get them; failures are shuffled among successes unless still running. */
function statusSequence(random: RandomSource, counts: PushItemCounts, running: boolean): PushItemStatus[] {
  const statuses: PushItemStatus[] = [];
  const add = (status: PushItemStatus, count: number) => {
    for (let index = 0; index < count; index += 1) statuses.push(status);
  };
  add('success', counts.success);
  add('failed', counts.failed);
  add('validationError', counts.validationError);
  add('timedOut', counts.timedOut);
  // Items are pushed in order, so while a sync runs the pending ones are the last.
  if (!running) shuffleInPlace(random, statuses);
  add('pending', counts.pending);
  return statuses;
}

/** Makes a core ID for a record, in the style of the source platform's own IDs. */
function createCoreIdMaker(random: RandomSource, sync: Sync): (dataType: string) => string {
  const day = sync.startedAt.slice(0, 10).replaceAll('-', '');
  // Order numbers grow with time, and each company has its own range.
  let orderNumber = 10_000 + (hashToSeed(sync.companyId) % 40_000) + Math.floor(Date.parse(sync.startedAt) / DAY_MS) % 10_000;
  let sequence = 0;
  return (dataType) => {
    sequence += 1;
    if (sync.product === 'expenses') return `${EXPENSE_ID_PREFIXES[dataType] ?? 'txn'}_${randomHex(random, 12)}`;
    switch (dataType) {
      case 'invoices':
        orderNumber += randomInteger(random, 1, 3);
        return `order-${orderNumber}`;
      case 'creditNotes':
        return `refund-${orderNumber - randomInteger(random, 5, 400)}`;
      case 'payments':
        return `payout-${day}-${String(sequence).padStart(2, '0')}`;
      case 'journalEntries':
      case 'directCosts':
        return `fees-${day}-${String(sequence).padStart(2, '0')}`;
      default:
        return `bft_${randomHex(random, 10)}`;
    }
  };
}

interface FailureDetails {
  target: string;
  writeFailure: DemoWriteFailure | undefined;
}

function describeFailure(item: PushItem, details: FailureDetails, duplicateId: string | undefined): void {
  if (item.status === 'timedOut') {
    item.errorMessage = `The push to ${details.target} timed out after 300 seconds.`;
    return;
  }
  if (duplicateId !== undefined) {
    item.coreId = duplicateId;
    item.errorMessage = `Transaction ${duplicateId} has previously been processed.`;
    item.validationErrors = [{ message: 'Transaction has previously been processed', validatorName: 'DuplicateTransactionValidator' }];
    return;
  }
  const failure = details.writeFailure;
  item.errorMessage =
    item.status === 'validationError'
      ? `The record failed validation and was not sent to ${details.target}.`
      : (failure?.itemErrorMessage ?? `${details.target} refused the record.`);
  if (failure) item.validationErrors = [{ ...failure.validation }];
}

/**
 * The push items of a demo sync, in the order they were requested, each with the record it pushed
 * and the accounting software's answer (see `attachPushRecords`) in the company's currency. The same
 * seed and sync always give the same items. `nowMs` places the items of a sync that is still running.
 */
export function generatePushItems(seed: number, sync: Sync, nowMs: number, company?: DemoCompany): PushItem[] {
  const counts = sync.itemCounts;
  if (!counts) return [];
  const random = createKeyedRandom(seed, `${sync.id}:items`);
  const running = sync.endedAt === undefined;
  const statuses = statusSequence(random, counts, running);
  if (statuses.length === 0) return [];
  const startMs = Date.parse(sync.startedAt);
  const endMs = running ? Math.max(startMs + 1000, nowMs) : Date.parse(sync.endedAt as string);
  const step = (endMs - startMs) / (statuses.length + 1);
  const nextCoreId = createCoreIdMaker(random, sync);
  const pickDataType = sync.product === 'commerce' ? pickCommerceDataType : pickExpenseDataType;
  const details: FailureDetails = {
    target: sync.targetPlatform ?? 'the accounting software',
    writeFailure: sync.statusCode === 5130 ? writeFailureFor(seed, sync) : undefined,
  };
  const duplicateIds = sync.statusCode === 5080 ? duplicateTransactionIdsFor(seed, sync.id, counts.failed) : [];
  let duplicatesUsed = 0;
  const items = statuses.map((status, index): PushItem => {
    const dataType = duplicateIds.length > 0 && status === 'failed' ? 'expenses' : pickDataType(random);
    const requestedMs = startMs + Math.round(step * (index + 0.5));
    const item: PushItem = {
      id: randomGuid(random),
      coreId: nextCoreId(dataType),
      dataType,
      status,
      requestedAt: new Date(requestedMs).toISOString(),
      validationErrors: [],
      validationWarnings: [],
      attempts: 1,
    };
    if (status !== 'pending') item.completedAt = new Date(requestedMs + randomInteger(random, 300, Math.max(400, Math.min(6000, step)))).toISOString();
    if (status === 'success' && chance(random, 0.05)) {
      item.validationWarnings = [
        { message: 'Tracking category "Department" was not found; the line was posted without tracking.', validatorName: 'TrackingCategoryValidator' },
      ];
    } else if (status !== 'success' && status !== 'pending') {
      const duplicateId = status === 'failed' ? duplicateIds[duplicatesUsed] : undefined;
      if (duplicateId !== undefined) duplicatesUsed += 1;
      describeFailure(item, details, duplicateId);
    }
    return item;
  });
  attachPushRecords(createKeyedRandom(seed, `${sync.id}:records`), sync, company, items);
  return items;
}
