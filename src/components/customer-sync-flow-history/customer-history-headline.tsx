'use client';
import type { BasicFormatters } from '../../core/format-basic';
import type { CustomerSync } from '../../core/model';
import type { StatusTone } from '../../core/status-category';
import { StatusIcon } from '../ui/status-icon';
import { describeCustomerSync, isSuccessfulSync } from './customer-status';
import type { CustomerSyncFlowHistoryMessages } from './messages';

/** Props of {@link CustomerHistoryHeadline}. */
export interface CustomerHistoryHeadlineProps {
  /** The history loaded so far, newest first. */
  syncs: CustomerSync[];
  /** `true` when every page is loaded, so "no successful sync" is certain rather than "not on this page". */
  complete: boolean;
  /** Formatters in the history's locale and time zone. */
  formatters: BasicFormatters;
  /** The history's text. */
  messages: CustomerSyncFlowHistoryMessages;
  /** "Now" for relative times, in ms since the epoch (default: the current time). */
  now: number | undefined;
  /** The headline's class names. */
  className: string;
}

/**
 * The summary above the list: the newest sync when it did not succeed ("Latest sync 3 hours ago:
 * Needs your attention"), and the last successful one ("Last synced 2 hours ago · covering 1–22 Nov").
 */
export function CustomerHistoryHeadline({ syncs, complete, formatters, messages, now, className }: CustomerHistoryHeadlineProps) {
  const latest = syncs[0];
  if (!latest) return null;
  const lastSuccessful = syncs.find(isSuccessfulSync);
  const { status, tone } = describeCustomerSync(latest);
  // One line of the headline: an icon for the tone, and the sentence (given how long ago `iso` was)
  // as a time with its full date on hover.
  const line = (lineTone: StatusTone, iso: string, sentence: (when: string) => string) => (
    <p data-tone={lineTone}>
      <StatusIcon tone={lineTone} className="sh-customer-sync-flow-history__status-icon" />
      <time dateTime={iso} title={formatters.dateTimeWithZone(iso)}>
        {sentence(formatters.relative(iso, now))}
      </time>
    </p>
  );

  return (
    <div className={className}>
      {latest === lastSuccessful
        ? null
        : status === 'inProgress'
          ? line(tone, latest.startedAt, messages.syncingNow)
          : line(tone, latest.endedAt ?? latest.startedAt, (when) => messages.latestSync(when, messages.statuses[status]))}
      {lastSuccessful ? (
        line('success', lastSuccessful.endedAt ?? lastSuccessful.startedAt, (when) =>
          messages.lastSynced(when, formatters.dateRange(lastSuccessful.dataRange)),
        )
      ) : complete ? (
        <p data-tone="neutral">{messages.neverSynced}</p>
      ) : null}
    </div>
  );
}
