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
          <span className="sh-icon sh-sync-history-table__sort-icon" data-icon={`sort-${sorted || 'none'}`} aria-hidden="true" />
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
