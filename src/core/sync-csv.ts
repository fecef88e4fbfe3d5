/**
 * The columns of a sync export, in one place for the dashboard's "Export CSV" (which words them with
 * the host's messages) and the reference server's `GET /syncs/export.csv` (in English): which facts
 * of a sync each column holds, in which order. Cells go through `csvRow`, so none can run as a
 * spreadsheet formula.
 */
import { deriveSyncHealth, syncDurationMs } from './derive';
import type { Sync, SyncProduct } from './model';
import type { SyncOutcome, SyncStatusInfo } from './status';

/** The columns of an export, in order. */
export const SYNC_CSV_COLUMNS = [
  'syncId',
  'companyId',
  'companyName',
  'product',
  'statusCode',
  'status',
  'outcome',
  'startedAt',
  'endedAt',
  'durationSeconds',
  'source',
  'target',
  'dataFrom',
  'dataTo',
  'itemsTotal',
  'itemsPushed',
  'itemsFailed',
  'messages',
] as const;

/** One column of an export. */
export type SyncCsvColumn = (typeof SYNC_CSV_COLUMNS)[number];

/** The words of an export: its header row and how product, status and outcome are named in cells. */
export interface SyncCsvWords {
  /** The header row's title of each column. */
  columns: Record<SyncCsvColumn, string>;
  /** Product names ("Sync for Expenses"). */
  products: Record<SyncProduct, string>;
  /** Outcome names ("Failed"). */
  outcomes: Record<SyncOutcome, string>;
  /** The label of a status ("Data write error"), e.g. with the host's overrides applied. */
  statusLabel: (status: SyncStatusInfo) => string;
}

/** The English header row: times are written in UTC, as the store and adapters give them. */
export const defaultSyncCsvColumns: Record<SyncCsvColumn, string> = {
  syncId: 'Sync ID',
  companyId: 'Company ID',
  companyName: 'Company name',
  product: 'Product',
  statusCode: 'Status code',
  status: 'Status',
  outcome: 'Outcome',
  startedAt: 'Started (UTC)',
  endedAt: 'Ended (UTC)',
  durationSeconds: 'Duration (s)',
  source: 'Source platform',
  target: 'Target platform',
  dataFrom: 'Data from (UTC)',
  dataTo: 'Data to (UTC)',
  itemsTotal: 'Items',
  itemsPushed: 'Items pushed',
  itemsFailed: 'Items failed',
  messages: 'Messages',
};

/** The English product names. */
export const defaultProductNames: Record<SyncProduct, string> = { commerce: 'Sync for Commerce', expenses: 'Sync for Expenses' };

/** The English outcome names. */
export const defaultOutcomeNames: Record<SyncOutcome, string> = { inProgress: 'In progress', success: 'Succeeded', failed: 'Failed', unknown: 'Unknown' };

/** The English words of an export, as the reference server writes it (status labels from the status table). */
export const defaultSyncCsvWords: SyncCsvWords = {
  columns: defaultSyncCsvColumns,
  products: defaultProductNames,
  outcomes: defaultOutcomeNames,
  statusLabel: (status) => status.label,
};

/** The header row of an export. */
export function syncCsvHeader(words: SyncCsvWords): string[] {
  return SYNC_CSV_COLUMNS.map((column) => words.columns[column]);
}

/** The cells of one sync, in the order of {@link SYNC_CSV_COLUMNS} (for `csvRow`). */
export function syncCsvCells(sync: Sync, words: SyncCsvWords): (string | number | undefined)[] {
  const health = deriveSyncHealth(sync);
  const duration = syncDurationMs(sync);
  return [
    sync.id,
    sync.companyId,
    sync.companyName,
    words.products[sync.product],
    sync.statusCode,
    words.statusLabel(health.status),
    words.outcomes[health.outcome],
    sync.startedAt,
    sync.endedAt,
    duration === undefined || sync.endedAt === undefined ? undefined : Math.round(duration / 1000),
    sync.sourcePlatform,
    sync.targetPlatform,
    sync.dataRange?.from,
    sync.dataRange?.to,
    health.items?.total,
    health.items?.pushed,
    health.items?.failed,
    sync.messages.map((message) => message.text).join(' | '),
  ];
}
