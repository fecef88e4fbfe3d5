'use client';
/**
 * The history table's filters, sort and page, each controlled or uncontrolled. A new filter or sort
 * goes back to the first page: page 7 of the old list means nothing in the new one.
 */
import type { PageRequest } from '../../core/model';
import { DEFAULT_SYNC_SORT, type SyncFilter, type SyncSort } from '../../core/query';
import { useControllableState } from '../ui/use-controllable-state';
import { NO_FILTERS } from './sync-list-query';

/** The page sizes offered by default. */
export const DEFAULT_PAGE_SIZES: readonly number[] = [25, 50, 100];

/** The first page, 50 rows. */
export const DEFAULT_PAGE: PageRequest = Object.freeze({ index: 0, size: 50 });

/** Props that hold the table's query state (part of `SyncHistoryTableProps`). */
export interface SyncHistoryStateProps {
  /** The filters (controlled). */
  filters?: SyncFilter;
  /** The filters at first (uncontrolled). Default: none. */
  defaultFilters?: SyncFilter;
  /** Called with the new filters whenever they change (the page then goes back to the first). */
  onFiltersChange?: (filters: SyncFilter) => void;
  /** The order (controlled). */
  sort?: SyncSort;
  /** The order at first (uncontrolled). Default: newest first (`DEFAULT_SYNC_SORT`). */
  defaultSort?: SyncSort;
  /** Called when a column header changes the order (the page then goes back to the first). */
  onSortChange?: (sort: SyncSort) => void;
  /** The page: zero-based index and size (controlled). */
  page?: PageRequest;
  /** The page at first (uncontrolled). Default: `{ index: 0, size: 50 }`. */
  defaultPage?: PageRequest;
  /** Called when the page or page size changes. */
  onPageChange?: (page: PageRequest) => void;
}

/** The current query state and its setters. */
export interface SyncHistoryState {
  filters: SyncFilter;
  sort: SyncSort;
  page: PageRequest;
  setFilters: (filters: SyncFilter) => void;
  setSort: (sort: SyncSort) => void;
  setPage: (page: PageRequest) => void;
}

/** Holds filters, sort and page per {@link SyncHistoryStateProps}. */
export function useSyncHistoryState(props: SyncHistoryStateProps): SyncHistoryState {
  const [filters, setFiltersValue] = useControllableState({
    value: props.filters,
    defaultValue: props.defaultFilters ?? NO_FILTERS,
    onChange: props.onFiltersChange,
  });
  const [sort, setSortValue] = useControllableState({
    value: props.sort,
    defaultValue: props.defaultSort ?? DEFAULT_SYNC_SORT,
    onChange: props.onSortChange,
  });
  const [page, setPage] = useControllableState({
    value: props.page,
    defaultValue: props.defaultPage ?? DEFAULT_PAGE,
    onChange: props.onPageChange,
  });

  const backToFirstPage = () => {
    if (page.index !== 0) setPage({ index: 0, size: page.size });
  };
  return {
    filters,
    sort,
    page,
    setFilters: (next) => {
      setFiltersValue(next);
      backToFirstPage();
    },
    setSort: (next) => {
      if (next.field === sort.field && next.direction === sort.direction) return;
      setSortValue(next);
      backToFirstPage();
    },
    setPage,
  };
}
