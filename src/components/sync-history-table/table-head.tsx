'use client';
/**
 * The header row: one button per sortable column (click, Enter or Space changes the order) and
 * `aria-sort` on the sorted column's header cell, so screen readers announce the order.
 */
import type { Header } from '@tanstack/react-table';
import { clsx } from 'clsx';
import type { Sync } from '../../core/model';
import type { SyncHistoryTableClassNames } from './sync-history-table-types';
import type { syncHistoryFeatures } from './table-features';
import type { SyncHistoryTableInstance } from './use-sync-history-table';

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg
      className="sh-sync-history-table__sort-icon"
      data-direction={direction || 'none'}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {direction === 'asc' ? <path d="M8 13V3M4 7l4-4 4 4" /> : null}
      {direction === 'desc' ? <path d="M8 3v10M4 9l4 4 4-4" /> : null}
      {direction === false ? <path d="M5 6l3-3 3 3M5 10l3 3 3-3" /> : null}
    </svg>
  );
}

function HeaderCell({
  header,
  table,
  classNames,
}: {
  header: Header<typeof syncHistoryFeatures, Sync, unknown>;
  table: SyncHistoryTableInstance;
  classNames: SyncHistoryTableClassNames | undefined;
}) {
  const { column } = header;
  const sorted = column.getIsSorted();
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
  return (
    <th
      scope="col"
      className={clsx('sh-sync-history-table__header-cell', classNames?.headerCell)}
      data-column={column.id}
      data-sorted={sorted || undefined}
      aria-sort={ariaSort}
    >
      {column.getCanSort() ? (
        <button
          type="button"
          className={clsx('sh-sync-history-table__sort-button', classNames?.sortButton)}
          onClick={column.getToggleSortingHandler()}
        >
          <table.FlexRender header={header} />
          <SortIcon direction={sorted} />
        </button>
      ) : (
        <table.FlexRender header={header} />
      )}
    </th>
  );
}

/** The `<thead>` of the history table. */
export function SyncHistoryTableHead({
  table,
  classNames,
}: {
  table: SyncHistoryTableInstance;
  classNames: SyncHistoryTableClassNames | undefined;
}) {
  return (
    <thead className="sh-sync-history-table__head">
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => (
            <HeaderCell key={header.id} header={header} table={table} classNames={classNames} />
          ))}
        </tr>
      ))}
    </thead>
  );
}
