'use client';
import { clsx } from 'clsx';
import type { SyncTotals } from '../../core/query';
import type { SyncStatusCategory } from '../../core/status';
import { useSyncHealth } from '../../data/context';
import { useSyncDashboardMessages } from './messages';
import { StatusIcon } from '../ui/status-icon';

/** The categories a tile can filter by. */
type TileCategory = Exclude<SyncStatusCategory, 'unknown'>;

const TILES: { category: TileCategory; tone: 'success' | 'info' | 'warning' | 'danger' }[] = [
  { category: 'success', tone: 'success' },
  { category: 'inProgress', tone: 'info' },
  { category: 'failedConfiguration', tone: 'warning' },
  { category: 'failedConnection', tone: 'danger' },
  { category: 'failedServer', tone: 'danger' },
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
  const messages = useSyncDashboardMessages();
  const text = messages.dashboard;
  const count = (value: number | undefined) => (value === undefined ? '' : formatters.number(value));
  const finished = totals ? totals.byCategory.success + totals.byCategory.failedConfiguration + totals.byCategory.failedConnection + totals.byCategory.failedServer : 0;
  const rate = totals && finished > 0 ? formatters.percent(totals.byCategory.success / finished) : undefined;

  return (
    <div className={clsx('sh-dashboard-tiles', className)} role="group" aria-label={text.totalsLabel} aria-busy={totals === undefined}>
      <Tile
        label={text.tiles.total}
        value={count(totals?.total)}
        pressed={activeCategory === undefined}
        onClick={() => onSelectCategory(undefined)}
        hint={text.tileFilterHint}
      />
      {TILES.map(({ category, tone }) => (
        <Tile
          key={category}
          label={text.tiles[category]}
          value={count(totals?.byCategory[category])}
          tone={tone}
          pressed={activeCategory === category}
          onClick={() => onSelectCategory(activeCategory === category ? undefined : category)}
          hint={text.tileFilterHint}
        />
      ))}
      <div className="sh-dashboard-tiles__tile" data-kind="rate">
        <span className="sh-dashboard-tiles__label">{text.tiles.successRate}</span>
        <span className="sh-dashboard-tiles__value">{totals === undefined ? <Placeholder /> : (rate ?? text.noRate)}</span>
      </div>
    </div>
  );
}

function Tile({
  label,
  value,
  tone,
  pressed,
  onClick,
  hint,
}: {
  label: string;
  value: string;
  tone?: 'success' | 'info' | 'warning' | 'danger';
  pressed: boolean;
  onClick: () => void;
  hint: string;
}) {
  return (
    <button type="button" className="sh-dashboard-tiles__tile" data-tone={tone} aria-pressed={pressed} title={hint} onClick={onClick}>
      <span className="sh-dashboard-tiles__label">
        {tone ? <StatusIcon tone={tone} /> : null}
        {label}
      </span>
      <span className="sh-dashboard-tiles__value">{value === '' ? <Placeholder /> : value}</span>
    </button>
  );
}

function Placeholder() {
  return <span className="sh-skeleton" style={{ width: '3em', display: 'inline-block' }} />;
}
