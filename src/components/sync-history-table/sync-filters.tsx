'use client';
/**
 * `SyncFilters`: the filter bar of the sync history. One search box (sync ID or company ID), a date
 * range, a status filter and a product choice, with the active filters as removable chips and
 * "Clear all filters". Works alone (e.g. beside a host's own list) or above `SyncHistoryTable`.
 */
import { clsx } from 'clsx';
import { useId, useRef, useState } from 'react';
import type { DateRange, SyncProduct } from '../../core/model';
import { SYNC_PRODUCTS } from '../../core/model';
import type { SyncFilter } from '../../core/query';
import { useSyncHealth } from '../../data/context';
import { useSyncHistoryTableMessages } from './messages';
import { ContainedPanel } from '../ui/contained-panel';
import type { PanelErrorHandler } from '../ui/panel-error-boundary';
import { SearchInput } from '../ui/search-input';
import { useControllableState } from '../ui/use-controllable-state';
import { ActiveFilterChips } from './active-filter-chips';
import { DateRangeFilter } from './date-range-filter';
import { choiceForRange, sameRange, type DateRangeChoice } from './date-range-presets';
import { describeActiveFilters } from './describe-filters';
import { StatusFilter } from './status-filter';
import { NO_FILTERS } from './sync-list-query';
import { useNow } from '../ui/use-now';

/** The parts of `SyncFilters` that take a class name through `classNames`. */
export type SyncFiltersPart = 'root' | 'search' | 'dateRange' | 'status' | 'product' | 'chips';

/** Extra class names, by part. */
export type SyncFiltersClassNames = Partial<Record<SyncFiltersPart, string>>;

/** Props of {@link SyncFilters}. */
export interface SyncFiltersProps {
  /** The filters (controlled). */
  filters?: SyncFilter;
  /** The filters at first (uncontrolled). Default: none. */
  defaultFilters?: SyncFilter;
  /** Called with the whole new filter whenever any part changes. */
  onFiltersChange?: (filters: SyncFilter) => void;
  /**
   * "Now", in ms since the epoch, from which "last 24 hours" and the other presets count back.
   * Default: the current time when the preset is chosen. Stories and tests pin it.
   */
  now?: number;
  /** How long typing in the search box must pause before the filter changes, in ms. Default 250. */
  searchDebounceMs?: number;
  /** Show the product choice (Sync for Commerce, Sync for Expenses). Default `true`. */
  showProduct?: boolean;
  /** Extra class names for the root element. */
  className?: string;
  /** Extra class names by part. */
  classNames?: SyncFiltersClassNames;
  /**
   * Called when the filter bar fails to render (it then shows a contained error with "Try again"
   * instead, and the rest of the page keeps working), with what was thrown. For your error
   * reporting; React also reports the error itself. Default: none.
   */
  onError?: PanelErrorHandler;
}

/**
 * The sync history's filter bar. Every change reports the whole `SyncFilter` (search, range,
 * statusCodes, statusCategories, product, companyId), ready for `useSyncs`, `useSyncTotals` or a
 * `SyncHistoryTable`'s `filters` prop. A rendering error stays inside the filter bar: it shows a
 * contained error with "Try again" (see `onError`).
 */
export function SyncFilters({ onError, ...props }: SyncFiltersProps) {
  return (
    <ContainedPanel onError={onError} className={clsx(props.className, props.classNames?.root)}>
      <SyncFiltersContent {...props} />
    </ContainedPanel>
  );
}

function SyncFiltersContent({
  filters: filtersProp,
  defaultFilters,
  onFiltersChange,
  now: nowProp,
  searchDebounceMs,
  showProduct = true,
  className,
  classNames,
}: Omit<SyncFiltersProps, 'onError'>) {
  const { formatters } = useSyncHealth();
  const messages = useSyncHistoryTableMessages();
  const text = messages.syncHistoryTable;
  const [filters, setFilters] = useControllableState({ value: filtersProp, defaultValue: defaultFilters ?? NO_FILTERS, onChange: onFiltersChange });
  const now = useNow(nowProp);
  const rootRef = useRef<HTMLDivElement>(null);
  const productId = useId();

  // The preset picked here, as long as the filter still holds the range it produced: a "last 7 days"
  // chosen an hour ago is still "last 7 days", though it no longer ends exactly now.
  const [picked, setPicked] = useState<{ choice: DateRangeChoice; range: DateRange | undefined }>();
  const rangeChoice = picked && sameRange(picked.range, filters.range) ? picked.choice : choiceForRange(filters.range, now);
  const active = describeActiveFilters(filters, { messages, formatters, now, rangeChoice });

  const update = (patch: Partial<SyncFilter>) => {
    const next: SyncFilter = { ...filters, ...patch };
    for (const key of Object.keys(patch) as (keyof SyncFilter)[]) if (patch[key] === undefined) delete next[key];
    setFilters(next);
  };

  return (
    <div ref={rootRef} className={clsx('sh-sync-filters', className, classNames?.root)} role="search" aria-label={text.filtersLabel}>
      <div className="sh-sync-filters__controls">
        <SearchInput
          className={clsx('sh-sync-filters__search', classNames?.search)}
          label={text.searchLabel}
          placeholder={text.searchPlaceholder}
          value={filters.search ?? ''}
          debounceMs={searchDebounceMs}
          onValueChange={(search) => update({ search: search.trim() ? search : undefined })}
        />
        <DateRangeFilter
          className={classNames?.dateRange}
          range={filters.range}
          choice={rangeChoice}
          readNow={() => nowProp ?? Date.now()}
          onChange={(choice, range) => {
            setPicked({ choice, range });
            update({ range });
          }}
        />
        <StatusFilter className={classNames?.status} filters={filters} onFiltersChange={setFilters} />
        {showProduct ? (
          <div className={clsx('sh-sync-filters__field', classNames?.product)}>
            <label className="sh-sync-filters__label" htmlFor={productId}>
              {text.productLabel}
            </label>
            <select
              id={productId}
              className="sh-sync-filters__select"
              value={filters.product ?? ''}
              onChange={(event) => update({ product: (event.target.value || undefined) as SyncProduct | undefined })}
            >
              <option value="">{text.productAll}</option>
              {SYNC_PRODUCTS.map((product) => (
                <option key={product} value={product}>
                  {messages.products[product]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <ActiveFilterChips
        className={classNames?.chips}
        filters={filters}
        active={active}
        onFiltersChange={setFilters}
        onClearAll={() => rootRef.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus()}
      />
    </div>
  );
}
