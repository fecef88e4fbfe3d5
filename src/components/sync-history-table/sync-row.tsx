'use client';
/**
 * One row of the history table, memoized: it renders again only when its sync, the columns, "now",
 * its place in the keyboard order or whether it is selected change, so moving the focus or opening
 * a sync re-renders two rows, not fifty.
 */
import { flexRender, type Row } from '@tanstack/react-table';
import { clsx } from 'clsx';
import { memo, useCallback, useRef } from 'react';
import type { Sync } from '../../core/model';
import type { SyncHistoryTableClassNames } from './sync-history-table-types';
import type { syncHistoryFeatures } from './table-features';
import { useIsomorphicLayoutEffect } from '../ui/use-isomorphic-layout-effect';
import { syncInnerTabStops, type RowNavigation } from './use-row-navigation';
import { sameExcept } from '../ui/same-except';

/** Props of {@link SyncRow}. */
export interface SyncRowProps {
  row: Row<typeof syncHistoryFeatures, Sync>;
  index: number;
  /** The visible columns in order, joined: the row renders again when they change. */
  columnKey: string;
  /** "Now" for the cells' relative times (read from the table's meta; here so a change re-renders). */
  now: number | undefined;
  /** Whether this row is the table's one Tab stop. */
  active: boolean;
  selected: boolean;
  navigation: RowNavigation;
  /** Opens a sync (a stable function), or `undefined` when rows open nothing. */
  onSyncOpen: ((sync: Sync) => void) | undefined;
  classNames: SyncHistoryTableClassNames | undefined;
}

function SyncRowView({ row, index, active, selected, navigation, onSyncOpen, classNames }: SyncRowProps) {
  const sync = row.original;
  const open = onSyncOpen ? () => onSyncOpen(sync) : undefined;
  const element = useRef<HTMLTableRowElement | null>(null);
  const ref = useCallback(
    (row: HTMLTableRowElement | null) => {
      element.current = row;
      navigation.register(index, row);
    },
    [navigation, index],
  );
  // After every render of the row (new cells bring new copy buttons), not on every table render.
  useIsomorphicLayoutEffect(() => syncInnerTabStops(element.current, active));
  return (
    <tr
      ref={ref}
      tabIndex={active ? 0 : -1}
      onFocus={() => navigation.onFocus(index)}
      onKeyDown={(event) => navigation.onKeyDown(index, event, open)}
      className={clsx('sh-sync-history-table__row', classNames?.row)}
      data-interactive={open ? '' : undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={
        open
          ? () => {
              // Selecting an ID to copy it by hand is not a request to open the sync.
              if (window.getSelection()?.toString()) return;
              open();
            }
          : undefined
      }
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.column.id} className={clsx('sh-sync-history-table__cell', classNames?.cell)} data-column={cell.column.id}>
          {/* The cell component itself, not `<table.FlexRender>`: one component a cell, not two. */}
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}

/** A history row; the row object is new on every table render, so its sync is compared instead. */
export const SyncRow = memo(SyncRowView, (previous, next) => previous.row.original === next.row.original && sameExcept(previous, next, 'row'));
