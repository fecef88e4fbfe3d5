'use client';
/** The TanStack Table setup shared by the history table's columns, cells and component. */
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type CellContext,
  type CellData,
} from '@tanstack/react-table';
import type { Sync } from '../../core/model';

/** What the cells need besides the row: "now" for relative times and running durations. */
export interface SyncHistoryTableMeta {
  /** Milliseconds since the epoch, or `undefined` for the current time. */
  now: number | undefined;
  /** The host's link to a sync (`getSyncHref`), when rows offer "Copy link". */
  syncHref: ((syncId: string) => string) | undefined;
}

/** The TanStack Table features the history table uses: sorting and paging happen in the adapter. */
export const syncHistoryFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  tableMeta: {} as SyncHistoryTableMeta,
});

/** What a cell component receives (generic over the column's value, which the cells do not read). */
export type SyncCellProps<TValue extends CellData = CellData> = CellContext<typeof syncHistoryFeatures, Sync, TValue>;
