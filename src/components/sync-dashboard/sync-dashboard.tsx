'use client';
import { clsx } from 'clsx';
import { type MouseEvent, useEffect, useId, useRef, useState } from 'react';
import type { SyncFilter, SyncSort } from '../../core/query';
import type { SyncStatusCategory } from '../../core/status';
import { useSyncDashboardMessages } from './messages';
import { SyncDetails } from '../sync-details/sync-details';
import { SyncFilters } from '../sync-filters/sync-filters';
import { SyncHistoryTable } from '../sync-history-table/sync-history-table';
import { DEFAULT_SYNC_SORT } from '../../core/query';
import { NO_FILTERS } from '../sync-history-table/sync-list-query';
import { ContainedPanel } from '../ui/contained-panel';
import { ErrorState } from '../ui/error-state';
import { TimeStamp } from '../ui/time-stamp';
import { useControllableState } from '../ui/use-controllable-state';
import { useNow } from '../ui/use-now';
import type { SyncDashboardProps } from './sync-dashboard-types';
import { ExportButton } from './export-button';
import { TopErrors } from './top-errors';
import { FailingCompanies } from './failing-companies';
import { RetryGroupBar } from './retry-group-bar';
import { TrendChart } from './trend-chart';
import { useStoredPreference, writePreference } from '../sync-history-table/stored-preference';
import { TotalsTiles } from './totals-tiles';
import { useDashboardData } from './use-dashboard-data';
import { useSearchShortcut } from './use-search-shortcut';
import { useSessionRefused } from './use-session-refused';

export type { SyncDashboardPart, SyncDashboardProps } from './sync-dashboard-types';

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
  getSyncHref,
  onUnauthorized,
  className,
  classNames = {},
  onError,
}: SyncDashboardProps) {
  const messages = useSyncDashboardMessages();
  const text = messages.dashboard;
  // The page's shared clock (or the pinned `now`): it moves, so relative times and the trend's range stay true.
  const now = useNow(nowProp);
  const [paused, setPaused] = useState(false);
  const [filters, setFilters] = useControllableState({ value: filtersProp, defaultValue: defaultFilters, onChange: onFiltersChange });
  const [openSyncId, setOpenSyncId] = useControllableState<string | null>({
    value: openSyncIdProp,
    defaultValue: defaultOpenSyncId,
    onChange: onOpenSyncChange,
  });
  // The history's order, read when an export starts: kept out of state, so a sort re-renders only the
  // history, not the page's every panel.
  const sort = useRef<SyncSort>(DEFAULT_SYNC_SORT);
  const data = useDashboardData(filters, { now, liveIntervalMs: paused ? 0 : liveIntervalMs });
  const refused = useSessionRefused(data.totals.error);
  const Heading = `h${headingLevel}` as const;
  const subheadingLevel = (headingLevel + 1) as 2 | 3 | 4;

  // The sync the person opened from the history (a click or Enter), as opposed to a deep link.
  const [openedHere, setOpenedHere] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const sheet = useRef<HTMLElement>(null);
  useEffect(() => {
    // The details take the focus as they mount (they have a close button). That is right when the
    // person opened the sync; on a deep link the focus stays where the page put it.
    const focused = document.activeElement;
    if (openSyncId !== openedHere && focused instanceof HTMLElement && sheet.current?.contains(focused)) focused.blur();
  }, [openSyncId, openedHere]);
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

  // Whether the trend and top errors show: open at first; with a storage key, remembered.
  const overviewKey = storageKey && `${storageKey}:overview`;
  const storedOverview = useStoredPreference(overviewKey);
  const [overviewShown, setOverviewShown] = useState(true);
  const overviewOpen = storedOverview ? storedOverview === 'open' : overviewShown;
  const toggleOverview = () => {
    setOverviewShown(!overviewOpen);
    if (overviewKey) writePreference(overviewKey, overviewOpen ? 'closed' : 'open');
  };

  const selectCategory = (category: SyncStatusCategory | undefined) =>
    setFilters({ ...filters, statusCodes: [], statusCategories: category ? [category] : [] });
  const selectError = (errorTemplate: string | undefined) => setFilters({ ...filters, errorText: undefined, errorTemplate });

  return (
    <section ref={root} className={clsx('sh-dashboard', className, classNames.root)} aria-label={text.title}>
      <a className="sh-visually-hidden sh-dashboard__skip" href={`#${historyId}`} onClick={skipToHistory}>
        {text.skipToHistory}
      </a>
      <header className={clsx('sh-dashboard__header', classNames.header)}>
        <Heading className="sh-dashboard__title">{text.title}</Heading>
        <div className="sh-dashboard__actions" hidden={refused}>
          {/* There from the start, empty until the totals arrive: on a phone it is a line of its own. */}
          <span className="sh-dashboard__updated" data-state={paused ? 'paused' : 'live'}>
            <span className="sh-dashboard__live">{paused ? text.paused : text.live}</span>
            {data.totals.dataUpdatedAt > 0 ? (
              <>
                {' · '}
                {text.lastUpdated} <TimeStamp value={new Date(data.totals.dataUpdatedAt).toISOString()} now={nowProp} />
              </>
            ) : null}
          </span>
          {data.live ? <span className="sh-visually-hidden">{text.liveHint}</span> : null}
          <button type="button" className="sh-button" aria-pressed={paused} onClick={() => setPaused(!paused)}>
            {text.pauseLive}
          </button>
          <button type="button" className="sh-button" onClick={() => void data.refreshAll()}>
            {text.refresh}
          </button>
          <ExportButton filter={filters} sort={() => sort.current} />
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

          {/* The trend and the top errors: a band of fixed height that can be hidden (remembered with a storage key). */}
          <div className={clsx('sh-dashboard__overview', classNames.overview)}>
            <button type="button" className="sh-button sh-dashboard__toggle" aria-expanded={overviewOpen} onClick={toggleOverview}>
              {overviewOpen ? text.hideOverview : text.showOverview}
            </button>
            {overviewOpen ? (
              <div className="sh-dashboard__band">
                <div className="sh-dashboard-panel">
                  <ContainedPanel onError={onError}>
                    {data.totals.data ? (
                      <TrendChart totals={data.totals.data} range={data.overview.range} />
                    ) : data.totals.isError ? (
                      <p className="sh-dashboard-trend__empty">{text.trend.unavailable}</p>
                    ) : (
                      <span className="sh-skeleton sh-dashboard-trend__skeleton" />
                    )}
                  </ContainedPanel>
                </div>
                {data.topErrors.isAvailable ? (
                  <div className="sh-dashboard-panel">
                    <ContainedPanel onError={onError}>
                      <TopErrors
                        errors={data.topErrors.data}
                        error={data.topErrors.error}
                        onRetry={() => void data.topErrors.refetch()}
                        activeTemplate={filters.errorTemplate}
                        onSelect={selectError}
                        headingLevel={subheadingLevel}
                      />
                    </ContainedPanel>
                  </div>
                ) : null}
                {data.failingCompanies.isAvailable ? (
                  <div className="sh-dashboard-panel">
                    <ContainedPanel onError={onError}>
                      <FailingCompanies
                        companies={data.failingCompanies.data}
                        error={data.failingCompanies.error}
                        onRetry={() => void data.failingCompanies.refetch()}
                        activeCompanyId={filters.companyId}
                        onSelect={(companyId) => setFilters({ ...filters, companyId })}
                        headingLevel={subheadingLevel}
                      />
                    </ContainedPanel>
                  </div>
                ) : null}
              </div>
            ) : null}
          </div>

          {/* SyncFilters and SyncHistoryTable contain their own rendering errors (their `onError`). */}
          <SyncFilters className={classNames.filters} filters={filters} onFiltersChange={setFilters} now={nowProp} onError={onError} />

          {filters.errorTemplate && data.canRetryPushItems ? <RetryGroupBar key={filters.errorTemplate} filter={filters} /> : null}
          <div ref={history} id={historyId} tabIndex={-1} className={clsx('sh-dashboard__body', classNames.body)}>
            <SyncHistoryTable
              className={classNames.table}
              showFilters={false}
              filters={filters}
              onFiltersChange={setFilters}
              defaultSort={DEFAULT_SYNC_SORT}
              onSortChange={(next) => {
                sort.current = next;
              }}
              selectedSyncId={openSyncId ?? undefined}
              onSyncOpen={(sync) => {
                setOpenedHere(sync.id);
                setOpenSyncId(sync.id);
              }}
              refetchInterval={data.live}
              now={nowProp}
              storageKey={storageKey}
              getSyncHref={getSyncHref}
              onError={onError}
            />
            {openSyncId ? (
              // The open sync's sheet: the height of the viewport over the right of the history (the
              // whole screen on a phone), scrolling by itself, so the history keeps its columns and the
              // details start in view however far down the page the row was.
              <aside key={openSyncId} ref={sheet} className={clsx('sh-dashboard__details', classNames.details)}>
                <SyncDetails
                  syncId={openSyncId}
                  onClose={closeSync}
                  now={nowProp}
                  getSyncHref={getSyncHref}
                  headingLevel={subheadingLevel}
                  onError={onError}
                />
              </aside>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
