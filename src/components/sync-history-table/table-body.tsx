'use client';
/**
 * The `<tbody>` of the history table in each of its states: skeleton rows while the first page
 * loads (same columns, same row height, so nothing jumps), the rows, or one full-width row holding
 * the empty or error state.
 */
import { clsx } from 'clsx';
import { memo, type ReactNode } from 'react';
import type { Sync } from '../../core/model';
import type { SyncHistoryTableClassNames } from './sync-history-table-types';
import { SyncRow } from './sync-row';
import { sameExcept } from '../ui/same-except';
import { useRowNavigation } from './use-row-navigation';
import type { SyncHistoryTableInstance } from './use-sync-history-table';

/** How many skeleton rows stand in for a page that is loading (more would only be off screen). */
const MAX_SKELETON_ROWS = 10;

function SkeletonRows({ table, count }: { table: SyncHistoryTableInstance; count: number }) {
  const columns = table.getVisibleLeafColumns();
  return (
    <>
      {Array.from({ length: Math.min(count, MAX_SKELETON_ROWS) }, (_, index) => (
        <tr key={index} className="sh-sync-history-table__row" data-state="loading" aria-hidden="true">
          {columns.map((column) => (
            <td key={column.id} className="sh-sync-history-table__cell" data-column={column.id}>
              <span className="sh-skeleton sh-sync-history-table__skeleton" />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

/** A single row spanning every column, for the empty and error states. */
export function FullWidthRow({ table, children, className }: { table: SyncHistoryTableInstance; children: ReactNode; className?: string }) {
  return (
    <tr className="sh-sync-history-table__state-row">
      <td className={clsx('sh-sync-history-table__state-cell', className)} colSpan={table.getVisibleLeafColumns().length}>
        {children}
      </td>
    </tr>
  );
}

function SyncRows({
  table,
  columnKey,
  now,
  onSyncOpen,
  selectedSyncId,
  classNames,
}: Pick<SyncHistoryTableBodyProps, 'table' | 'columnKey' | 'now' | 'onSyncOpen' | 'selectedSyncId' | 'classNames'>) {
  const rows = table.getRowModel().rows;
  const { activeIndex, navigation } = useRowNavigation(rows.length);
  return (
    <>
      {rows.map((row, index) => (
        // Keyed by place on the page: a new sort or page reuses the 50 rows' elements and only changes
        // their text, instead of removing and creating every element (a third of a repaint's time).
        <SyncRow
          key={index}
          row={row}
          index={index}
          columnKey={columnKey}
          now={now}
          active={index === activeIndex}
          selected={row.id === selectedSyncId}
          navigation={navigation}
          onSyncOpen={onSyncOpen}
          classNames={classNames}
        />
      ))}
    </>
  );
}

/** Props of {@link SyncHistoryTableBody}. */
export interface SyncHistoryTableBodyProps {
  table: SyncHistoryTableInstance;
  /** The rows' data (the table's `data`): the body renders again only when it, or a prop below, changes. */
  rows: readonly Sync[];
  /** The visible columns in order, joined: changes when the column menu changes them. */
  columnKey: string;
  /** "Now" for the cells' relative times. */
  now: number | undefined;
  /** Skeleton rows of this count while nothing is loaded yet. */
  loadingRows: number | undefined;
  /** The empty or error state, when there are no rows to show. */
  state: ReactNode;
  /** Opens a sync (a stable function), or `undefined` when rows open nothing. */
  onSyncOpen: ((sync: Sync) => void) | undefined;
  selectedSyncId: string | undefined;
  classNames: SyncHistoryTableClassNames | undefined;
}

function Body({ table, columnKey, now, loadingRows, state, onSyncOpen, selectedSyncId, classNames }: SyncHistoryTableBodyProps) {
  let content: ReactNode;
  if (loadingRows !== undefined) content = <SkeletonRows table={table} count={loadingRows} />;
  else if (state) content = <FullWidthRow table={table} className={classNames?.state}>{state}</FullWidthRow>;
  else {
    content = (
      <SyncRows table={table} columnKey={columnKey} now={now} onSyncOpen={onSyncOpen} selectedSyncId={selectedSyncId} classNames={classNames} />
    );
  }
  return <tbody className="sh-sync-history-table__body">{content}</tbody>;
}

/**
 * The body of the history table. It skips rendering when nothing it shows has changed: while a new
 * page loads, the table renders with the old rows and an "Updating…" hint, and fifty unchanged rows
 * need not be rendered again for that. (The table instance is new on every render but reads the same
 * rows; an empty or error state always renders.)
 */
export const SyncHistoryTableBody = memo(Body, (previous, next) => !previous.state && !next.state && sameExcept(previous, next, 'table'));
