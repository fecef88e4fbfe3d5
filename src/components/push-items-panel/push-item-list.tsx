'use client';
import { clsx } from 'clsx';
import { useState } from 'react';
import type { Page, PushItem } from '../../core/model';
import { useSyncHealth } from '../../data/context';
import { usePushItemsPanelMessages } from './messages';
import { usePushItems } from '../../data/use-push-items';
import { EmptyState } from '../ui/empty-state';
import { ErrorState } from '../ui/error-state';
import type { PushItemSelection } from './push-item-row';
import { LoadingRows } from './push-item-skeleton';
import { type PushItemFilter, pushItemQuery, usePushItemPages } from './use-push-item-pages';
import { VirtualPushItemRows } from './virtual-push-item-rows';

/**
 * The most rows the list lays out. Beyond this a scroll box would pass the height browsers can draw;
 * the summary still gives the real total, and search reaches every item.
 */
export const MAX_LIST_ROWS = 250_000;

/** How many rows the loaded pages make, and whether the backend has more (when it gives no total). */
function listExtent(pages: ReadonlyMap<number, Page<PushItem>>, pageSize: number): { count: number; hasMore: boolean } {
  const first = pages.get(0);
  if (!first) return { count: 0, hasMore: false };
  if (first.totalCount !== undefined) return { count: Math.min(Math.max(0, first.totalCount), MAX_LIST_ROWS), hasMore: false };
  let count = 0;
  for (let index = 0, page: Page<PushItem> | undefined = first; page; index += 1, page = pages.get(index)) {
    count = index * pageSize + page.items.length;
    if (!page.hasNextPage) return { count, hasMore: false };
  }
  return { count, hasMore: true };
}

function pageRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}

/** Props of {@link PushItemList}. */
export interface PushItemListProps {
  /** The sync whose items are listed. */
  syncId: string;
  /** The search and status filter, as the adapter gets them. */
  filter: PushItemFilter;
  /** Whether a search or status filter is active (an empty result then means "no matches"). */
  filtered: boolean;
  /** Clears the search and the status filter. */
  onClearFilters: () => void;
  /** Items per adapter page. */
  pageSize: number;
  /** How rows are selected for retry. */
  selection: PushItemSelection;
  /** "Now" for relative times. */
  now?: number;
  /**
   * The accounting software's name, for the headings of the record sent and the answer.
   * @default undefined (the headings say "the accounting software")
   */
  platform?: string;
  /** Class names of the list, its rows and their details. */
  classNames: { list?: string; row?: string; details?: string };
}

function ColumnHeadings({ className }: { className?: string }) {
  const messages = usePushItemsPanelMessages();
  const columns = messages.pushItemsPanel.columns;
  // Visual only: each row names its own times for screen readers, and a list has no column headers.
  return (
    <div className={clsx('sh-push-items-panel__headings', className)} aria-hidden="true">
      <div className="sh-push-items-panel__row">
        <span className="sh-push-items-panel__cell" data-column="select" />
        <span className="sh-push-items-panel__cell" data-column="core-id">{columns.coreId}</span>
        <span className="sh-push-items-panel__cell" data-column="data-type">{columns.dataType}</span>
        <span className="sh-push-items-panel__cell" data-column="status">{columns.status}</span>
        <span className="sh-push-items-panel__cell" data-column="requested">{columns.requested}</span>
        <span className="sh-push-items-panel__cell" data-column="completed">{columns.completed}</span>
        <span className="sh-push-items-panel__cell" data-column="details" />
      </div>
    </div>
  );
}

/**
 * The items of a sync matching the filter, in each state: loading (skeleton rows), error with retry,
 * empty, no matches (with a way out), or the virtualized rows. The search and filter run in the
 * adapter; while a new result loads, the previous one stays in view, marked busy.
 */
export function PushItemList({ syncId, filter, filtered, onClearFilters, pageSize, selection, now, platform, classNames }: PushItemListProps) {
  const { formatters } = useSyncHealth();
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const filterKey = JSON.stringify(filter);
  const first = usePushItems(syncId, pushItemQuery(filter, 0, pageSize));
  const firstPage = first.data;
  const stale = first.isPlaceholderData;
  const totalKnown = firstPage?.totalCount !== undefined;

  // Without a total the list grows page by page, on request.
  const [requested, setRequested] = useState({ filterKey, pages: 1 });
  const requestedPages = !totalKnown && requested.filterKey === filterKey ? requested.pages : 1;
  const more = usePushItemPages(syncId, filter, pageSize, pageRange(1, requestedPages), firstPage !== undefined && !stale && !totalKnown);
  const knownPages = new Map(more.pages);
  if (firstPage) knownPages.set(0, firstPage);
  const { count, hasMore } = listExtent(knownPages, pageSize);
  const loadingMore = hasMore && knownPages.size < requestedPages && !more.error;

  let body: React.ReactNode;
  let state: 'loading' | 'error' | 'empty' | 'no-matches' | 'ready';
  if (!firstPage) {
    state = first.isError ? 'error' : 'loading';
    body = first.isError ? <ErrorState error={first.error} onRetry={() => void first.refetch()} /> : <LoadingRows />;
  } else if (count === 0 && stale) {
    state = 'loading';
    body = <LoadingRows />;
  } else if (count === 0) {
    state = filtered ? 'no-matches' : 'empty';
    body = filtered ? (
      <EmptyState
        title={text.noMatches}
        description={text.noMatchesDetail}
        action={
          <button type="button" className="sh-button" onClick={onClearFilters}>
            {text.clearFilters}
          </button>
        }
      />
    ) : (
      <EmptyState title={text.empty} description={text.emptyDetail} />
    );
  } else {
    state = 'ready';
    const refreshError = first.isError ? first.error : more.error;
    body = (
      <>
        <VirtualPushItemRows
          syncId={syncId}
          filter={filter}
          pageSize={pageSize}
          count={count}
          knownPages={knownPages}
          fetchInView={totalKnown && !stale}
          stale={stale}
          selection={selection}
          now={now}
          platform={platform}
          classNames={classNames}
        />
        {refreshError ? (
          <ErrorState
            error={refreshError}
            onRetry={() => (first.isError ? void first.refetch() : more.refetchFailed())}
            className="sh-push-items-panel__page-error"
          />
        ) : null}
        {hasMore ? (
          <button
            type="button"
            className="sh-button sh-push-items-panel__load-more"
            aria-disabled={loadingMore || undefined}
            onClick={() => {
              if (!loadingMore) setRequested({ filterKey, pages: requestedPages + 1 });
            }}
          >
            {loadingMore ? messages.common.loading : text.loadMore}
          </button>
        ) : null}
      </>
    );
  }

  const matches = filtered && state === 'ready' && totalKnown && !stale ? text.matchingItems(formatters.number(count), count) : '';
  return (
    <div className="sh-push-items-panel__results" data-state={state} data-selectable={selection.selectable || undefined}>
      <p className="sh-push-items-panel__matches" role="status">
        {matches}
      </p>
      {state === 'ready' || state === 'loading' ? <ColumnHeadings /> : null}
      {body}
    </div>
  );
}
