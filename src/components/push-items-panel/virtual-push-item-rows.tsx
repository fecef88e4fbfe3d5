'use client';
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  type Range,
  type Rect,
  useVirtualizer,
  type Virtualizer,
  type VirtualItem,
} from '@tanstack/react-virtual';
import { clsx } from 'clsx';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page, PushItem } from '../../core/model';
import { usePushItemsPanelMessages } from './messages';
import { ErrorState } from '../ui/error-state';
import { PushItemRow, type PushItemSelection } from './push-item-row';
import { SkeletonRowCells } from './push-item-skeleton';
import { type PushItemFilter, usePushItemPages } from './use-push-item-pages';

/** A collapsed row's height before it is measured. */
const ROW_ESTIMATE_PX = 52;
/** The viewport height assumed while the scroll box has no layout yet. */
const FALLBACK_VIEWPORT_PX = 480;
/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no blank rows. */
const OVERSCAN_ROWS = 6;

const NO_PAGES: readonly number[] = [];
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Before layout (a hidden tab, a server render, a test DOM) the scroll box is 0 px high and no row
 * would render: assume a typical viewport so the first rows are there from the start.
 */
function observeRect(instance: Virtualizer<HTMLDivElement, Element>, callback: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { ...rect, height: FALLBACK_VIEWPORT_PX }));
}

/** A row measured at 0 px (not laid out yet) keeps its estimate instead of collapsing the list. */
function measureRow(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>) {
  return measureElement(element, entry, instance) || ROW_ESTIMATE_PX;
}

/** The pages holding the rows in view that nobody has loaded yet, in order. */
function missingPages(items: readonly VirtualItem[], pageSize: number, known: ReadonlyMap<number, Page<PushItem>>): number[] {
  const pages = new Set<number>();
  for (const item of items) {
    const page = Math.floor(item.index / pageSize);
    if (!known.has(page)) pages.add(page);
  }
  return [...pages].sort((a, b) => a - b);
}

/** Props of {@link VirtualPushItemRows}. */
export interface VirtualPushItemRowsProps {
  /** The sync whose items are listed. */
  syncId: string;
  /** The search and status filter the rows belong to. */
  filter: PushItemFilter;
  /** Items per adapter page. */
  pageSize: number;
  /** How many rows the list has. */
  count: number;
  /** Pages already loaded by the list (the first, and any loaded with "Load more"). */
  knownPages: ReadonlyMap<number, Page<PushItem>>;
  /** Whether to fetch the pages in view that are not known (only when the total is known). */
  fetchInView: boolean;
  /** `true` while the rows shown belong to the previous search or filter. */
  stale: boolean;
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

/**
 * The rows of a long list, virtualized: only the rows in view (and a few beyond) are in the DOM, each
 * page of items is fetched when its rows come into view, and rows still loading show a skeleton.
 * The `<ul>` keeps list semantics for screen readers: every row says its position in the whole list.
 */
export function VirtualPushItemRows(props: VirtualPushItemRowsProps) {
  const { syncId, filter, pageSize, count, knownPages, fetchInView, stale, selection, now, platform, classNames } = props;
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expandedIds, setExpandedIds] = useState<ReadonlySet<string>>(NO_IDS);
  // The row holding focus stays rendered when it scrolls out of view, so focus is never dropped.
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex === null || focusedIndex >= range.count || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN_ROWS,
    rangeExtractor,
    observeElementRect: observeRect,
    measureElement: measureRow,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const wanted = fetchInView ? missingPages(virtualItems, pageSize, knownPages) : NO_PAGES;
  const inView = usePushItemPages(syncId, filter, pageSize, wanted, fetchInView);

  // A new search or filter starts at the top of its results.
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [filterKey, virtualizer]);

  // Stable callbacks for the memoized rows; they act on the latest selection.
  const latestSelection = useRef(selection);
  useEffect(() => {
    latestSelection.current = selection;
  });
  const setSelected = useCallback((itemId: string, selected: boolean) => latestSelection.current.onSelectedChange(itemId, selected), []);
  const setExpanded = useCallback((itemId: string, expanded: boolean) => {
    setExpandedIds((previous) => {
      const next = new Set(previous);
      if (expanded) next.add(itemId);
      else next.delete(itemId);
      return next;
    });
  }, []);

  const pageAt = (index: number): Page<PushItem> | undefined => {
    const pageIndex = Math.floor(index / pageSize);
    return knownPages.get(pageIndex) ?? inView.pages.get(pageIndex);
  };
  const itemAt = (index: number): PushItem | undefined => pageAt(index)?.items[index % pageSize];

  return (
    <>
      <div ref={scrollRef} className="sh-push-items-panel__scroller" data-stale={stale || undefined}>
        <ul
          role="list"
          className={clsx('sh-push-items-panel__list', classNames.list)}
          aria-label={text.listLabel}
          aria-busy={stale || undefined}
          style={{ height: virtualizer.getTotalSize() }}
          onFocus={(event) => {
            const row = (event.target as Element).closest('[data-index]');
            setFocusedIndex(row ? Number(row.getAttribute('data-index')) : null);
          }}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedIndex(null);
          }}
        >
          {virtualItems.map((virtualItem) => {
            const item = itemAt(virtualItem.index);
            // A page that came back short (fewer items than the total promised) leaves rows that will
            // never load: they show "not available" instead of a skeleton that never ends.
            const missing = !item && pageAt(virtualItem.index) !== undefined;
            const failed = !item && !missing && inView.failedPages.has(Math.floor(virtualItem.index / pageSize));
            const expanded = item !== undefined && expandedIds.has(item.id);
            return (
              <li
                key={virtualItem.key}
                ref={virtualizer.measureElement}
                data-index={virtualItem.index}
                className="sh-push-items-panel__item"
                aria-setsize={count}
                aria-posinset={virtualItem.index + 1}
                aria-busy={item || failed || missing ? undefined : true}
                data-item-id={item?.id}
                data-status={item?.status}
                data-state={item ? (expanded ? 'expanded' : 'collapsed') : failed ? 'failed' : missing ? 'missing' : 'loading'}
                data-selected={item && selection.selectedIds.has(item.id) ? '' : undefined}
                style={{ transform: `translateY(${virtualItem.start}px)` }}
              >
                {item ? (
                  <PushItemRow
                    item={item}
                    selectable={selection.selectable}
                    selected={selection.selectedIds.has(item.id)}
                    selectionDisabled={selection.disabled}
                    onSelectedChange={setSelected}
                    expanded={expanded}
                    onExpandedChange={setExpanded}
                    now={now}
                    platform={platform}
                    rowClassName={classNames.row}
                    detailsClassName={classNames.details}
                  />
                ) : missing ? (
                  <span className="sh-push-items-panel__row">{messages.common.notAvailable}</span>
                ) : (
                  <>
                    {failed ? null : <span className="sh-visually-hidden">{messages.common.loading}</span>}
                    <SkeletonRowCells />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      {inView.error ? <ErrorState error={inView.error} onRetry={inView.refetchFailed} className="sh-push-items-panel__page-error" /> : null}
    </>
  );
}
