'use client';
/**
 * `SyncHistoryTable`: the sortable, filterable, server-paged sync history. Filtering, sorting and
 * paging all happen in the adapter; the browser only ever holds the page on screen (and the next,
 * prefetched).
 */
import { clsx } from 'clsx';
import { useId } from 'react';
import type { Sync } from '../../core/model';
import { useSyncHealth } from '../../data/context';
import { useSyncHistoryTableMessages } from './messages';
import { ContainedPanel } from '../ui/contained-panel';
import { EmptyState } from '../ui/empty-state';
import { ErrorState } from '../ui/error-state';
import { ColumnMenu } from './column-menu';
import { describeActiveFilters } from '../sync-filters/describe-filters';
import { Pager } from './pager';
import { SyncFilters } from '../sync-filters/sync-filters';
import type { SyncHistoryTableProps } from './sync-history-table-types';
import { hasActiveFilters, NO_FILTERS } from './sync-list-query';
import { SyncHistoryTableBody } from './table-body';
import { SyncHistoryTableHead } from './table-head';
import { useNow } from '../ui/use-now';
import { useStableCallback } from '../ui/use-stable-callback';
import { DEFAULT_PAGE_SIZES } from './use-sync-history-state';
import { useSyncHistoryTable } from './use-sync-history-table';

/**
 * The sync history as a table: sync ID, company, product, status, start and end, duration,
 * platforms, covered data and items, with the filter bar above and paging below.
 *
 * - Sort by a column header (click, Enter or Space); only the adapter's sort fields can be sorted.
 * - Show, hide and reorder columns in the "Columns" menu (remembered with `storageKey`).
 * - Rows open with a click, Enter or Space (`onSyncOpen`); the arrow keys, Home and End move between them.
 * - Filters, sort, page and columns are each controlled (`filters` + `onFiltersChange` …) or not
 *   (`defaultFilters` …), so a host can keep them in its URL. A new filter or sort goes back to page 1.
 *
 * Style hooks: `data-state` on the root (`loading`, `updating`, `error`, `empty`, `ready`),
 * `aria-current` on the selected row, `aria-sort` / `data-sorted` on the sorted header. A rendering
 * error stays inside the table: it shows a contained error with "Try again" (see `onError`).
 *
 * @example
 * <SyncHistoryTable onSyncOpen={(sync) => navigate(`/syncs/${sync.id}`)} storageKey="support:history" />
 */
export function SyncHistoryTable({ onError, ...props }: SyncHistoryTableProps) {
  return (
    <ContainedPanel onError={onError} className={clsx(props.className, props.classNames?.root)}>
      <SyncHistoryTableContent {...props} />
    </ContainedPanel>
  );
}

function SyncHistoryTableContent(props: Omit<SyncHistoryTableProps, 'onError'>) {
  const { showFilters = true, pageSizes = DEFAULT_PAGE_SIZES, onSyncOpen, selectedSyncId, className, classNames } = props;
  const { formatters } = useSyncHealth();
  const messages = useSyncHistoryTableMessages();
  const text = messages.syncHistoryTable;
  const hintId = useId();
  const now = useNow(props.now);
  const { state, page, result, columns, table } = useSyncHistoryTable(props);
  const { data, error, isPending, isError, isPlaceholderData } = result;
  const filtered = hasActiveFilters(state.filters);
  const retry = () => void result.refetch();
  const openSync = useStableCallback((sync: Sync) => onSyncOpen?.(sync));
  // What the rows show besides their sync: the visible columns in order, and whether they offer links.
  const columnKey = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join() + (props.getSyncHref ? '+link' : '');

  let status: 'loading' | 'updating' | 'error' | 'empty' | 'ready' = 'ready';
  if (isPending) status = 'loading';
  else if (isError && !data) status = 'error';
  else if (isPlaceholderData) status = 'updating';
  else if (data && data.items.length === 0) status = 'empty';

  let bodyState = null;
  if (status === 'error') bodyState = <ErrorState error={error} onRetry={retry} />;
  else if (data && data.items.length === 0 && !isPlaceholderData) {
    if (page.index > 0) {
      bodyState = (
        <EmptyState
          title={text.emptyPageTitle}
          action={
            <button type="button" className="sh-button" onClick={() => state.setPage({ index: 0, size: page.size })}>
              {text.firstPage}
            </button>
          }
        />
      );
    } else if (filtered) {
      const active = describeActiveFilters(state.filters, { messages, formatters, now });
      bodyState = (
        <EmptyState
          title={text.emptyFilteredTitle}
          description={text.emptyFilteredDetail(active.map((filter) => filter.label).join(', '))}
          action={
            <button type="button" className="sh-button" onClick={() => state.setFilters(NO_FILTERS)}>
              {text.clearAllFilters}
            </button>
          }
        />
      );
    } else {
      bodyState = <EmptyState title={text.emptyTitle} description={text.emptyDetail} />;
    }
  }

  return (
    <div className={clsx('sh-sync-history-table', className, classNames?.root)} data-state={status}>
      {showFilters ? (
        <SyncFilters className={classNames?.filters} filters={state.filters} onFiltersChange={state.setFilters} now={props.now} />
      ) : null}
      <div className={clsx('sh-sync-history-table__toolbar', classNames?.toolbar)}>
        <p className="sh-sync-history-table__status" role="status" data-visible={status === 'updating' || undefined}>
          {status === 'updating' ? (
            <>
              <span className="sh-sync-history-table__spinner" aria-hidden="true" />
              {text.updating}
            </>
          ) : null}
          {status === 'loading' ? <span className="sh-visually-hidden">{text.loadingSyncs}</span> : null}
        </p>
        <ColumnMenu className={classNames?.columnMenu} table={table} columns={columns} />
      </div>
      {isError && data ? <ErrorState className="sh-sync-history-table__refresh-error" error={error} onRetry={retry} /> : null}
      <p id={hintId} className="sh-visually-hidden">
        {text.keyboardHint}
      </p>
      <div
        className={clsx('sh-sync-history-table__scroller', classNames?.scroller)}
        role="region"
        aria-label={text.scrollRegionLabel}
        tabIndex={0}
      >
        <table
          className={clsx('sh-sync-history-table__table', classNames?.table)}
          aria-describedby={onSyncOpen ? hintId : undefined}
          aria-busy={status === 'loading' || status === 'updating'}
        >
          <caption className="sh-visually-hidden">{text.caption}</caption>
          <SyncHistoryTableHead table={table} classNames={classNames} />
          <SyncHistoryTableBody
            table={table}
            rows={table.options.data}
            columnKey={columnKey}
            now={props.now}
            loadingRows={status === 'loading' ? page.size : undefined}
            state={bodyState}
            onSyncOpen={onSyncOpen ? openSync : undefined}
            selectedSyncId={selectedSyncId}
            classNames={classNames}
          />
        </table>
      </div>
      <Pager className={classNames?.pager} table={table} page={page} data={data} pageSizes={pageSizes} />
    </div>
  );
}
