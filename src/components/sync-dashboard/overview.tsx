'use client';
import { clsx } from 'clsx';
import { useState } from 'react';
import type { SyncFilter } from '../../core/query';
import { useStoredPreference, writePreference } from '../sync-history-table/stored-preference';
import { ContainedPanel } from '../ui/contained-panel';
import type { PanelErrorHandler } from '../ui/panel-error-boundary';
import { useSyncDashboardMessages } from './messages';
import { TopErrors } from './top-errors';
import { TrendChart } from './trend-chart';
import type { useDashboardData } from './use-dashboard-data';

/** Props of {@link Overview}. */
export interface OverviewProps {
  /** The dashboard's data. */
  data: ReturnType<typeof useDashboardData>;
  /** The current filters (for the active error). */
  filters: SyncFilter;
  /** Filters the history to one error, or `undefined` for all. */
  onSelectError: (errorText: string | undefined) => void;
  /** The level of the panels' headings. */
  headingLevel: 2 | 3 | 4;
  /** Where the open state is remembered, if anywhere. */
  storageKey: string | undefined;
  onError: PanelErrorHandler | undefined;
  className?: string;
}

/**
 * The trend and the top errors side by side in a band of fixed height (late data never pushes the
 * history down), behind a disclosure button that hides both. Open at first; with a storage key the
 * choice is remembered, as the table's columns are.
 */
export function Overview({ data, filters, onSelectError, headingLevel, storageKey, onError, className }: OverviewProps) {
  const text = useSyncDashboardMessages().dashboard;
  const key = storageKey && `${storageKey}:overview`;
  const stored = useStoredPreference(key);
  const [shown, setShown] = useState(true);
  const open = stored ? stored === 'open' : shown;
  const toggle = () => {
    setShown(!open);
    if (key) writePreference(key, open ? 'closed' : 'open');
  };

  return (
    <div className={clsx('sh-dashboard__overview', className)}>
      <button type="button" className="sh-button sh-dashboard__toggle" aria-expanded={open} onClick={toggle}>
        {open ? text.hideOverview : text.showOverview}
      </button>
      {open ? (
        <div className="sh-dashboard__band">
          <div className="sh-dashboard-panel">
            <ContainedPanel onError={onError}>
              {data.totals.data ? (
                <TrendChart totals={data.totals.data} range={data.overview.range} />
              ) : data.totals.isError ? (
                <p className="sh-dashboard-trend__empty">{text.trend.unavailable}</p>
              ) : (
                <span className="sh-skeleton" style={{ height: '100%' }} />
              )}
            </ContainedPanel>
          </div>
          {data.topErrors.isAvailable ? (
            <div className="sh-dashboard-panel">
              <ContainedPanel onError={onError}>
                <TopErrors
                  errors={data.topErrors.data}
                  error={data.topErrors.isError ? data.topErrors.error : undefined}
                  onRetry={() => void data.topErrors.refetch()}
                  activeText={filters.errorText}
                  onSelect={onSelectError}
                  headingLevel={headingLevel}
                />
              </ContainedPanel>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
