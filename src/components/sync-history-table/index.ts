/**
 * `react-sync-health/sync-history-table`: the sortable, filterable, server-paged sync history and
 * its filter bar.
 */
export { SyncHistoryTable } from './sync-history-table';
export type { SyncHistoryTableClassNames, SyncHistoryTablePart, SyncHistoryTableProps } from './sync-history-table-types';
export { SyncFilters, type SyncFiltersClassNames, type SyncFiltersPart, type SyncFiltersProps } from '../sync-filters/sync-filters';
export { SYNC_HISTORY_COLUMN_IDS, type SyncHistoryColumnId, type SyncHistoryColumnVisibility } from './columns';
export { defaultSyncHistoryTableMessages, type SyncHistoryTableMessages } from './messages';
export { SyncHealthProvider, type SyncHealthProviderProps } from '../../data/sync-health-provider';
export type { SyncHealthMessagesOverride } from '../messages';
