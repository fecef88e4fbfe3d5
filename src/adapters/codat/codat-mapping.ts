/**
 * From Codat's shapes to the library's model: a `CompanySyncStatus` becomes a `Sync`, an expenses
 * transaction a `PushItem`, a company's data connections its source and target platforms.
 */
import type { PushItem, PushItemStatus, Sync, SyncMessage, SyncProduct } from '../../core/model';
import type { CodatConnection, CodatSyncStatus, CodatTransaction, CodatTransactionStatus } from './codat-responses';

/** Where a company's data comes from and goes to. */
export interface Platforms {
  source?: string;
  target?: string;
}

/** What a sync's company is known as. */
export interface CompanyContext {
  companyId: string;
  companyName?: string;
  product: SyncProduct;
  platforms: Platforms;
}

/** The note Codat attaches to an updated order with no original: to be reconciled by hand, not an error. */
const RECONCILE_MANUALLY = /please reconcile manually/i;

function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * The library's sync for a Codat sync status, or `undefined` for a status Codat gave no sync ID or no
 * time (it cannot be identified or placed in the history). `syncUtc` is Codat's only timestamp, so it
 * is the start; the end is unknown and left out.
 */
export function toSync(status: CodatSyncStatus, company: CompanyContext): Sync | undefined {
  const id = nonBlank(status.syncId);
  if (id === undefined || status.syncUtc === undefined) return undefined;
  const sync: Sync = { id, companyId: company.companyId, product: company.product, statusCode: status.syncStatusCode, startedAt: status.syncUtc, messages: [] };
  if (company.companyName !== undefined) sync.companyName = company.companyName;
  const statusText = nonBlank(status.syncStatus);
  if (statusText !== undefined) sync.statusText = statusText;
  if (company.platforms.source !== undefined) sync.sourcePlatform = company.platforms.source;
  if (company.platforms.target !== undefined) sync.targetPlatform = company.platforms.target;
  if (status.dataPushed !== undefined) sync.dataPushed = status.dataPushed;
  const range = status.syncDateRangeUtc;
  if (range && (range.start !== undefined || range.finish !== undefined)) {
    sync.dataRange = {};
    if (range.start !== undefined) sync.dataRange.from = range.start;
    if (range.finish !== undefined) sync.dataRange.to = range.finish;
  }
  const errorMessage = nonBlank(status.errorMessage);
  if (errorMessage !== undefined) {
    const message: SyncMessage = { severity: RECONCILE_MANUALLY.test(errorMessage) ? 'note' : 'error', text: errorMessage };
    sync.messages.push(message);
  }
  const internal = nonBlank(status.syncExceptionMessage);
  // Codat often repeats the friendly message as the exception message; showing it twice helps nobody.
  if (internal !== undefined && internal.trim() !== errorMessage?.trim()) sync.internalMessage = internal;
  return sync;
}

/**
 * A company's source and target platforms from its data connections: the accounting connection is the
 * target; the commerce (or expense) connection the source. Linked connections win over others.
 */
export function platformsOf(connections: readonly CodatConnection[], product: SyncProduct): Platforms {
  const sourceType = product === 'commerce' ? 'Commerce' : 'Expense';
  const pick = (type: string) => {
    const ofType = connections.filter((connection) => connection.sourceType === type && nonBlank(connection.platformName));
    return (ofType.find((connection) => connection.status === 'Linked') ?? ofType[0])?.platformName;
  };
  const platforms: Platforms = {};
  const source = pick(sourceType);
  const target = pick('Accounting');
  if (source !== undefined) platforms.source = source;
  if (target !== undefined) platforms.target = target;
  return platforms;
}

const ITEM_STATUS: Record<CodatTransactionStatus, PushItemStatus> = {
  Completed: 'success',
  PushError: 'failed',
  ValidationError: 'validationError',
  Pending: 'pending',
  // Codat has not decided yet: as far as anyone can tell, the item is still waiting.
  Unknown: 'pending',
};

/**
 * The push item for an expenses transaction. Codat gives transactions no timestamps, so `requestedAt`
 * is the sync's time. `position` (zero-based, across pages) names a transaction that has no ID.
 */
export function toPushItem(transaction: CodatTransaction, syncStartedAt: string, position: number): PushItem {
  const status = ITEM_STATUS[transaction.status ?? 'Unknown'];
  const transactionId = nonBlank(transaction.transactionId);
  const message = nonBlank(transaction.message);
  const item: PushItem = {
    id: transactionId ?? `transaction-${position + 1}`,
    coreId: transactionId ?? '',
    dataType: nonBlank(transaction.integrationType) ?? 'expenses',
    status,
    requestedAt: syncStartedAt,
    validationErrors: status === 'validationError' && message !== undefined ? [{ message }] : [],
    validationWarnings: [],
    attempts: 1,
  };
  if (status === 'failed' && message !== undefined) item.errorMessage = message;
  return item;
}

