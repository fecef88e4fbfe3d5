'use client';
/**
 * The history table's columns for TanStack Table: which exist, in what default order, which adapter
 * sort field each sortable one maps to, and the component that renders each cell. Defined once at
 * module level, so the table's column model is built once.
 */
import { createColumnHelper, type CellData, type HeaderContext } from '@tanstack/react-table';
import { syncDurationMs } from '../../core/derive';
import type { Sync } from '../../core/model';
import type { SyncSortField } from '../../core/query';
import { useSyncHistoryTableMessages } from './messages';
import {
  CompanyCell,
  DataRangeCell,
  DurationCell,
  EndedAtCell,
  ItemsCell,
  PlatformsCell,
  ProductCell,
  StartedAtCell,
  StatusCell,
  SyncIdCell,
} from './cells';
import type { SyncHistoryTableMessages } from './messages';
import { syncHistoryFeatures } from './table-features';

/** A column of the sync history table. */
export type SyncHistoryColumnId =
  | 'syncId'
  | 'company'
  | 'product'
  | 'status'
  | 'startedAt'
  | 'endedAt'
  | 'duration'
  | 'platforms'
  | 'dataRange'
  | 'items';

/** Every column, in the default order. */
export const SYNC_HISTORY_COLUMN_IDS: readonly SyncHistoryColumnId[] = [
  'syncId',
  'company',
  'product',
  'status',
  'startedAt',
  'endedAt',
  'duration',
  'platforms',
  'dataRange',
  'items',
];

/** Which columns are shown: a column is hidden only when its entry is `false`. */
export type SyncHistoryColumnVisibility = Partial<Record<SyncHistoryColumnId, boolean>>;

/** The adapter sort field behind each sortable column. */
export const SORT_FIELD_BY_COLUMN: Partial<Record<SyncHistoryColumnId, SyncSortField>> = {
  syncId: 'syncId',
  company: 'companyId',
  status: 'statusCode',
  startedAt: 'startedAt',
  endedAt: 'endedAt',
  duration: 'duration',
};

/** The column that shows each sort field. */
export function columnOfSortField(field: SyncSortField): SyncHistoryColumnId {
  const entry = Object.entries(SORT_FIELD_BY_COLUMN).find(([, sortField]) => sortField === field);
  return (entry?.[0] as SyncHistoryColumnId | undefined) ?? 'startedAt';
}

const LABEL_KEYS: Record<SyncHistoryColumnId, keyof SyncHistoryTableMessages> = {
  syncId: 'columnSyncId',
  company: 'columnCompany',
  product: 'columnProduct',
  status: 'columnStatus',
  startedAt: 'columnStartedAt',
  endedAt: 'columnEndedAt',
  duration: 'columnDuration',
  platforms: 'columnPlatforms',
  dataRange: 'columnDataRange',
  items: 'columnItems',
};

/** A column's label in the current messages. */
export function columnLabel(id: string, messages: SyncHistoryTableMessages): string {
  const key = LABEL_KEYS[id as SyncHistoryColumnId];
  const label = key ? messages[key] : undefined;
  return typeof label === 'string' ? label : id;
}

/** Whether a string names a column of this table (stored or host-given state may not). */
export function isSyncHistoryColumnId(id: unknown): id is SyncHistoryColumnId {
  return typeof id === 'string' && (SYNC_HISTORY_COLUMN_IDS as readonly string[]).includes(id);
}

function ColumnHeader<TValue extends CellData>({ column }: HeaderContext<typeof syncHistoryFeatures, Sync, TValue>) {
  const messages = useSyncHistoryTableMessages();
  return <>{columnLabel(column.id, messages.syncHistoryTable)}</>;
}

const helper = createColumnHelper<typeof syncHistoryFeatures, Sync>();

/**
 * The column definitions. Sorting is manual: the accessors only mark a column as sortable (TanStack
 * needs one for that); the adapter does the ordering. Time and duration columns sort newest or
 * longest first on the first click.
 */
export const syncHistoryColumns = helper.columns([
  helper.accessor('id', { id: 'syncId', header: ColumnHeader, cell: SyncIdCell, sortDescFirst: false }),
  helper.accessor('companyId', { id: 'company', header: ColumnHeader, cell: CompanyCell, sortDescFirst: false }),
  helper.display({ id: 'product', header: ColumnHeader, cell: ProductCell }),
  helper.accessor('statusCode', { id: 'status', header: ColumnHeader, cell: StatusCell, sortDescFirst: false }),
  helper.accessor('startedAt', { id: 'startedAt', header: ColumnHeader, cell: StartedAtCell, sortDescFirst: true }),
  helper.accessor((sync) => sync.endedAt ?? '', { id: 'endedAt', header: ColumnHeader, cell: EndedAtCell, sortDescFirst: true }),
  helper.accessor((sync) => syncDurationMs(sync) ?? 0, { id: 'duration', header: ColumnHeader, cell: DurationCell, sortDescFirst: true }),
  helper.display({ id: 'platforms', header: ColumnHeader, cell: PlatformsCell }),
  helper.display({ id: 'dataRange', header: ColumnHeader, cell: DataRangeCell }),
  helper.display({ id: 'items', header: ColumnHeader, cell: ItemsCell }),
]);
