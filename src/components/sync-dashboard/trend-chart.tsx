'use client';
import { clsx } from 'clsx';
import { useMemo, useState } from 'react';
import type { DateRange } from '../../core/model';
import type { SyncTotals } from '../../core/query';
import { SYNC_STATUS_CATEGORIES } from '../../core/status';
import { useSyncHealth } from '../../data/context';
import { useSyncDashboardMessages } from './messages';
import { toTrendBuckets, type TrendBucket } from './trend-buckets';

/** Stacking order, bottom up: successes first, so failures sit on top where the eye lands. */
const STACK = ['success', 'inProgress', 'unknown', 'failedConfiguration', 'failedConnection', 'failedServer'] as const;
const WIDTH = 720;
const HEIGHT = 140;

/** Props of {@link TrendChart}. */
export interface TrendChartProps {
  /** The totals with their timeline. */
  totals: SyncTotals;
  /** The filter's date range, so empty days at either end still show. */
  range: DateRange | undefined;
  /** Extra class name. */
  className?: string;
}

/**
 * Syncs per day (or hour) stacked by status, drawn as SVG without a chart library: one image with a
 * summary for screen readers, each bar's counts in its native tooltip, and the same numbers for the
 * keyboard and screen readers in "Show as table".
 */
export function TrendChart({ totals, range, className }: TrendChartProps) {
  const { formatters } = useSyncHealth();
  const messages = useSyncDashboardMessages();
  const text = messages.dashboard.trend;
  const buckets = useMemo(() => toTrendBuckets(totals, range, formatters.timeZone), [totals, range, formatters.timeZone]);
  const [showTable, setShowTable] = useState(false);
  const label = (bucket: TrendBucket) => (totals.bucket === 'hour' ? formatters.dateTime : formatters.date)(new Date(bucket.start).toISOString());

  if (buckets.length === 0) {
    return <p className={clsx('sh-dashboard-trend__empty', className)}>{text.empty}</p>;
  }
  const max = Math.max(1, ...buckets.map((bucket) => bucket.total));
  const barWidth = WIDTH / buckets.length;
  const total = buckets.reduce((sum, bucket) => sum + bucket.total, 0);
  const summary = text.summary(formatters.number(total), label(buckets[0]!), label(buckets[buckets.length - 1]!));

  return (
    <figure className={clsx('sh-dashboard-trend', className)}>
      <figcaption className="sh-dashboard-trend__title">
        <span>{text.title}</span>
        <button type="button" className="sh-button" aria-expanded={showTable} onClick={() => setShowTable(!showTable)}>
          {showTable ? text.hideTable : text.showTable}
        </button>
      </figcaption>
      <svg className="sh-dashboard-trend__plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={summary}>
        {buckets.map((bucket, index) => {
          let y = HEIGHT;
          return (
            <g key={bucket.start}>
              <title>
                {`${label(bucket)}: ${formatters.number(bucket.total)} · ` +
                  STACK.filter((category) => bucket.counts[category] > 0)
                    .map((category) => `${messages.categories[category]} ${formatters.number(bucket.counts[category])}`)
                    .join(', ')}
              </title>
              <rect className="sh-dashboard-trend__hit" x={index * barWidth} y={0} width={barWidth} height={HEIGHT} />
              {STACK.map((category) => {
                const height = (bucket.counts[category] / max) * (HEIGHT - 4);
                y -= height;
                return height > 0 ? (
                  <rect
                    key={category}
                    className="sh-dashboard-trend__bar"
                    data-category={category}
                    x={index * barWidth + barWidth * 0.1}
                    y={y}
                    width={Math.max(1, barWidth * 0.8)}
                    height={height}
                  />
                ) : null;
              })}
            </g>
          );
        })}
      </svg>
      <ul className="sh-dashboard-trend__legend">
        {STACK.map((category) => (
          <li key={category} data-category={category}>
            {messages.categories[category]}
          </li>
        ))}
      </ul>
      {showTable ? (
        <div className="sh-dashboard-trend__table-wrap">
          <table className="sh-dashboard-trend__table">
            <caption className="sh-visually-hidden">{summary}</caption>
            <thead>
              <tr>
                <th scope="col">{text.bucketColumn}</th>
                {SYNC_STATUS_CATEGORIES.map((category) => (
                  <th key={category} scope="col">
                    {messages.categories[category]}
                  </th>
                ))}
                <th scope="col">{text.totalColumn}</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{label(bucket)}</th>
                  {SYNC_STATUS_CATEGORIES.map((category) => (
                    <td key={category}>{formatters.number(bucket.counts[category])}</td>
                  ))}
                  <td>{formatters.number(bucket.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </figure>
  );
}
