'use client';
import { clsx } from 'clsx';
import { type MouseEvent, useId, useRef, useState } from 'react';
import type { SyncFilter, SyncSort } from '../../core/query';
import type { SyncStatusCategory } from '../../core/status';
import { useSyncDashboardMessages } from './messages';
import { SyncDetails } from '../sync-details/sync-details';
import { SyncFilters } from '../sync-filters/sync-filters';
import { SyncHistoryTable } from '../sync-history-table/sync-history-table';
import { DEFAULT_SYNC_SORT } from '../../core/query';
import { ContainedPanel } from '../ui/contained-panel';
import { ErrorState } from '../ui/error-state';
import type { PanelErrorHandler } from '../ui/panel-error-boundary';
import { TimeStamp } from '../ui/time-stamp';
import { useControllableState } from '../ui/use-controllable-state';
import { DetailsSheet } from './details-sheet';
import { ExportButton } from './export-button';
import { Overview } from './overview';
import { TotalsTiles } from './totals-tiles';
import { useDashboardData } from './use-dashboard-data';
import { useSearchShortcut } from './use-search-shortcut';
import { useSessionRefused } from './use-session-refused';

/** The parts of {@link SyncDashboard} that take a class name through `classNames`. */
export type SyncDashboardPart = 'root' | 'header' | 'tiles' | 'overview' | 'filters' | 'body' | 'table' | 'details';

/** Props of {@link SyncDashboard}. */
export interface SyncDashboardProps {
  /** The filters (search, date range, status, error), when you control them (e.g. from the URL). */
  filters?: SyncFilter;
  /** The filters to start with when uncontrolled. Default: none. */
  defaultFilters?: SyncFilter;
  /** Called whenever the filters change. */
  onFiltersChange?: (filters: SyncFilter) => void;
  /** The sync open in the details sheet, when you control it (deep links). `null` for none. */
  openSyncId?: string | null;
  /** The sync open at first when uncontrolled. Default: none. */
  defaultOpenSyncId?: string | null;
  /** Called when a sync is opened (its ID) or closed (`null`). */
  onOpenSyncChange?: (syncId: string | null) => void;
  /** How often (ms) totals and rows refresh while syncs are in progress. Paused while the page is hidden. Default 15,000. */
  liveIntervalMs?: number;
  /** The page title's heading level. Default `1`. */
  headingLevel?: 1 | 2 | 3;
  /** "Now" in ms since the epoch, for relative times and date presets. Default: the current time. */
  now?: number;
  /**
   * Remember, in `localStorage` under this key, whether the trend and top errors are shown and which
   * columns the history shows in what order, e.g. `'acme-support:sync-health'`. Default: not remembered.
   */
  storageKey?: string;
  /**
   * Called by the "Sign in again" button of the one message the page shows when the backend refuses
   * every request as unauthorized (`SyncHealthError` kind `unauthorized`), instead of an error in
   * each panel: e.g. send the person to your sign-in page. Once they are signed in, refetch (e.g.
   * `queryClient.invalidateQueries()`) or remount the dashboard. Without it, the message offers
   * "Try again". Default: none.
   */
  onUnauthorized?: () => void;
  /** Extra class name for the root. */
  className?: string;
  /** Extra class names by part. */
  classNames?: Partial<Record<SyncDashboardPart, string>>;
  /**
   * Called when a part of the dashboard fails to render, with what was thrown. Each part (totals,
   * trend, top errors, filters, history, details) contains its own failure: it shows an error with
   * "Try again" while the other parts keep working. For your error reporting; React also reports
   * the error itself. Default: none.
   */
  onError?: PanelErrorHandler;
}

const NO_FILTERS: SyncFilter = {};

function singleCategory(filters: SyncFilter): SyncStatusCategory | undefined {
  const categories = filters.statusCategories ?? [];
  return categories.length === 1 && (filters.statusCodes ?? []).length === 0 ? categories[0] : undefined;
}

/**
 * The Sync Health page: totals at a glance, the trend and the top errors (which can be hidden), the
 * filter bar and the history; the chosen sync's details open in a sheet the height of the window over
 * the history (the whole screen on a phone). Tiles and errors filter the history; syncs in progress
 * keep everything fresh. A part that fails to render shows a contained error with "Try again" while
 * the rest keeps working (see `onError`).
 *
 * When the backend refuses every request as unauthorized, the page shows one message with the
 * host's `onUnauthorized` action rather than an error in every panel.
 *
 * Keyboard: a "Skip to sync history" link comes first (shown when focused) and goes to the
 * history's rows; "/" focuses the search (except while typing).
 *
 * Opening a sync from its row moves the focus into the details; a deep link (`openSyncId`,
 * `defaultOpenSyncId`) opens them without taking the focus. Escape or the close button closes them
 * and puts the focus back on the sync's row.
 */
export function SyncDashboard(props: SyncDashboardProps) {
  return (
    <ContainedPanel onError={props.onError} className={clsx(props.className, props.classNames?.root)}>
      <SyncDashboardContent {...props} />
    </ContainedPanel>
  );
}

function SyncDashboardContent({
  filters: filtersProp,
  defaultFilters = NO_FILTERS,
  onFiltersChange,
  openSyncId: openSyncIdProp,
  defaultOpenSyncId = null,
  onOpenSyncChange,
  liveIntervalMs = 15_000,
  headingLevel = 1,
  now: nowProp,
  storageKey,
  onUnauthorized,
  className,
  classNames = {},
  onError,
}: SyncDashboardProps) {
  const messages = useSyncDashboardMessages();
  const text = messages.dashboard;
  const [now] = useState(() => nowProp ?? Date.now());
  const effectiveNow = nowProp ?? now;
  const [filters, setFilters] = useControllableState({ value: filtersProp, defaultValue: defaultFilters, onChange: onFiltersChange });
  const [openSyncId, setOpenSyncId] = useControllableState<string | null>({
    value: openSyncIdProp,
    defaultValue: defaultOpenSyncId,
    onChange: onOpenSyncChange,
  });
  const [sort, setSort] = useState<SyncSort>(DEFAULT_SYNC_SORT);
  const data = useDashboardData(filters, { now: effectiveNow, liveIntervalMs });
  const refused = useSessionRefused(data.totals.error);
  const Heading = `h${headingLevel}` as const;

  // The sync the person opened from the history (a click or Enter), as opposed to a deep link.
  const [openedHere, setOpenedHere] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const closeSync = () => {
    // Back to the sync's row, which the details leave for good.
    root.current?.querySelector<HTMLElement>('tr[aria-current="true"]')?.focus();
    setOpenSyncId(null);
  };

  const history = useRef<HTMLDivElement>(null);
  const historyId = useId();
  useSearchShortcut(root);
  const skipToHistory = (event: MouseEvent) => {
    // To the history's row in the Tab order (or the history while it loads), not through the URL:
    // the host's router keeps its address.
    event.preventDefault();
    (history.current?.querySelector<HTMLElement>('tbody tr[tabindex="0"]') ?? history.current)?.focus();
  };

  const selectCategory = (category: SyncStatusCategory | undefined) =>
    setFilters({ ...filters, statusCodes: [], statusCategories: category ? [category] : [] });
  const selectError = (errorText: string | undefined) => setFilters({ ...filters, errorText });

  return (
    <section ref={root} className={clsx('sh-dashboard', className, classNames.root)} aria-label={text.title}>
      <a className="sh-dashboard__skip" href={`#${historyId}`} onClick={skipToHistory}>
        {text.skipToHistory}
      </a>
      <header className={clsx('sh-dashboard__header', classNames.header)}>
        <Heading className="sh-dashboard__title">{text.title}</Heading>
        <div className="sh-dashboard__actions" hidden={refused}>
          {/* There from the start, empty until the totals arrive: on a phone it is a line of its own. */}
          <span className="sh-dashboard__updated">
            {data.totals.dataUpdatedAt > 0 ? (
              <>
                {text.lastUpdated} <TimeStamp value={new Date(data.totals.dataUpdatedAt).toISOString()} display="absolute" />
              </>
            ) : null}
          </span>
          {data.live ? <span className="sh-visually-hidden">{text.liveHint}</span> : null}
          <button type="button" className="sh-button" onClick={() => void data.refreshAll()}>
            {text.refresh}
          </button>
          <ExportButton filter={filters} sort={sort} />
        </div>
      </header>

      {refused ? (
        // Every request refused: one message for the page, with the host's way to sign in again.
        <ErrorState error={data.totals.error} onRetry={onUnauthorized ?? data.refreshAll} retryLabel={onUnauthorized && text.signInAgain} />
      ) : (
        <>
          <ContainedPanel onError={onError} className={classNames.tiles}>
            {data.totals.isError ? (
              <ErrorState error={data.totals.error} onRetry={() => void data.totals.refetch()} />
            ) : (
              <TotalsTiles
                className={classNames.tiles}
                totals={data.totals.data}
                activeCategory={singleCategory(filters)}
                onSelectCategory={selectCategory}
              />
            )}
          </ContainedPanel>

          <Overview
            className={classNames.overview}
            data={data}
            filters={filters}
            onSelectError={selectError}
            headingLevel={(headingLevel + 1) as 2 | 3 | 4}
            storageKey={storageKey}
            onError={onError}
          />

          {/* SyncFilters and SyncHistoryTable contain their own rendering errors (their `onError`). */}
          <SyncFilters className={classNames.filters} filters={filters} onFiltersChange={setFilters} now={effectiveNow} onError={onError} />

          <div ref={history} id={historyId} tabIndex={-1} className={clsx('sh-dashboard__body', classNames.body)}>
            <SyncHistoryTable
              className={classNames.table}
              showFilters={false}
              filters={filters}
              onFiltersChange={setFilters}
              sort={sort}
              onSortChange={setSort}
              selectedSyncId={openSyncId ?? undefined}
              onSyncOpen={(sync) => {
                setOpenedHere(sync.id);
                setOpenSyncId(sync.id);
              }}
              refetchInterval={data.live}
              now={effectiveNow}
              storageKey={storageKey}
              onError={onError}
            />
            {openSyncId ? (
              <DetailsSheet key={openSyncId} className={classNames.details} openedHere={openSyncId === openedHere}>
                <SyncDetails
                  syncId={openSyncId}
                  onClose={closeSync}
                  now={effectiveNow}
                  headingLevel={(headingLevel + 1) as 2 | 3 | 4}
                  onError={onError}
                />
              </DetailsSheet>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
