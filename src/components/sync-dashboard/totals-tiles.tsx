'use client';
import { clsx } from 'clsx';
import type { SyncTotals } from '../../core/query';
import type { StatusTone, SyncStatusCategory } from '../../core/status';
import { useSyncHealth } from '../../data/context';
import { useSyncDashboardMessages } from './messages';
import { StatusIcon } from '../ui/status-icon';

/** The tiles that filter: all syncs (no category), then each category a tile can filter by, with its tone. */
const TILES: [Exclude<SyncStatusCategory, 'unknown'> | undefined, StatusTone?][] = [
  [undefined],
  ['success', 'success'],
  ['inProgress', 'info'],
  ['failedConfiguration', 'warning'],
  ['failedConnection', 'danger'],
  ['failedServer', 'danger'],
];

/** Props of {@link TotalsTiles}. */
export interface TotalsTilesProps {
  /** The totals, or `undefined` while they load. */
  totals: SyncTotals | undefined;
  /** The category the history is filtered to, if exactly one. */
  activeCategory: SyncStatusCategory | undefined;
  /** Called with a category to filter to, or `undefined` for all. */
  onSelectCategory: (category: SyncStatusCategory | undefined) => void;
  /** Extra class name. */
  className?: string;
}

/**
 * Totals at a glance: all syncs, each outcome, and the success rate. Each count is a toggle button
 * that filters the history to that category (pressed when it is the active filter).
 */
export function TotalsTiles({ totals, activeCategory, onSelectCategory, className }: TotalsTilesProps) {
  const { formatters } = useSyncHealth();
  const text = useSyncDashboardMessages().dashboard;
  const finished = totals ? totals.byCategory.success + totals.byCategory.failedConfiguration + totals.byCategory.failedConnection + totals.byCategory.failedServer : 0;
  // Empty while loading, shown as a skeleton of the same height.
  const value = (shown: string | undefined) => (
    <span className={clsx('sh-dashboard-tiles__value', !totals && 'sh-skeleton')}>{totals && shown}</span>
  );

  return (
    <div className={clsx('sh-dashboard-tiles', className)} role="group" aria-label={text.totalsLabel} aria-busy={!totals}>
      {TILES.map(([category, tone]) => {
        const pressed = activeCategory === category;
        return (
          <button
            key={category ?? 'total'}
            type="button"
            className="sh-dashboard-tiles__tile"
            data-tone={tone}
            aria-pressed={pressed}
            title={text.tileFilterHint}
            onClick={() => onSelectCategory(pressed ? undefined : category)}
          >
            <span className="sh-dashboard-tiles__label">
              {tone ? <StatusIcon tone={tone} /> : null}
              {text.tiles[category ?? 'total']}
            </span>
            {value(totals && formatters.number(category ? totals.byCategory[category] : totals.total))}
          </button>
        );
      })}
      <div className="sh-dashboard-tiles__tile">
        <span className="sh-dashboard-tiles__label">{text.tiles.successRate}</span>
        {value(finished > 0 ? formatters.percent(totals!.byCategory.success / finished) : text.noRate)}
      </div>
    </div>
  );
}
