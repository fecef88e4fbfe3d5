'use client';
/**
 * Everything `SyncHistoryTable` shows, as state: the query state, the page from the adapter, and a
 * TanStack Table instance over that page (sorting and paging are manual: the adapter does them).
 */
import { functionalUpdate, useTable, type ReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Sync } from '../../core/model';
import { clampPage } from '../../core/paging';
import { useSyncs } from '../../data/use-syncs';
import { columnOfSortField, SORT_FIELD_BY_COLUMN, syncHistoryColumns, type SyncHistoryColumnId } from './columns';
import type { SyncHistoryTableProps } from './sync-history-table-types';
import { toSyncListQuery } from './sync-list-query';
import { syncHistoryFeatures } from './table-features';
import { useColumnPreferences } from './use-column-preferences';
import { usePrefetchNextPage } from './use-prefetch-next-page';
import { useSyncHistoryState } from './use-sync-history-state';

/** The TanStack Table instance behind the history table. */
export type SyncHistoryTableInstance = ReactTable<typeof syncHistoryFeatures, Sync>;

const NO_ROWS: Sync[] = [];
const rowId = (sync: Sync) => sync.id;

/** Wires props, adapter data and TanStack Table together for `SyncHistoryTable`. */
export function useSyncHistoryTable(props: SyncHistoryTableProps) {
  const state = useSyncHistoryState(props);
  const columns = useColumnPreferences(props);
  const page = clampPage(state.page);
  const query = toSyncListQuery(state.filters, state.sort, page);
  const result = useSyncs(query, { refetchInterval: props.refetchInterval ?? false });
  usePrefetchNextPage(query, result.data, result.isPlaceholderData);

  const { field, direction } = state.sort;
  const sorting = useMemo<SortingState>(() => [{ id: columnOfSortField(field), desc: direction === 'desc' }], [field, direction]);
  const pagination = useMemo(() => ({ pageIndex: page.index, pageSize: page.size }), [page.index, page.size]);

  const table = useTable({
    features: syncHistoryFeatures,
    columns: syncHistoryColumns,
    data: result.data?.items ?? NO_ROWS,
    getRowId: rowId,
    meta: { now: props.now, syncHref: props.getSyncHref },
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: result.data?.totalCount,
    state: { sorting, pagination, columnVisibility: columns.visibility, columnOrder: columns.order },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      const nextField = next && SORT_FIELD_BY_COLUMN[next.id as SyncHistoryColumnId];
      if (next && nextField) state.setSort({ field: nextField, direction: next.desc ? 'desc' : 'asc' });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      state.setPage(clampPage({ index: next.pageIndex, size: next.pageSize }, page.size));
    },
    onColumnVisibilityChange: (updater) => columns.setVisibility(functionalUpdate(updater, columns.visibility)),
    onColumnOrderChange: (updater) => columns.setOrder(functionalUpdate(updater, columns.order) as SyncHistoryColumnId[]),
  });

  return { state, page, query, result, columns, table };
}
