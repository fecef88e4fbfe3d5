'use client';
import { clsx } from 'clsx';
import { getStatusInfo, type StatusTone } from '../../core/status';
import { useSharedMessages } from './use-messages';
import { describeStatus } from './shared-messages';
import { StatusIcon } from './status-icon';

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  /** The sync's numeric status code. Unknown codes get a neutral badge that still shows the number. */
  code: number;
  /**
   * Set when the code says success but push items failed: the badge then reads as failed and explains
   * why in its tooltip. Default `false`.
   */
  failedByItems?: boolean;
  /** Show the numeric code after the label. Default `true`. */
  showCode?: boolean;
  /** Extra class names for the badge. */
  className?: string;
}

/**
 * A sync's status as a badge: an icon whose shape differs per tone, a word label and the code, so
 * colour is never the only signal. Style hooks: `data-tone` and `data-category`.
 */
export function StatusBadge({ code, failedByItems = false, showCode = true, className }: StatusBadgeProps) {
  const messages = useSharedMessages();
  const info = getStatusInfo(code);
  const { label, meaning } = describeStatus(info, messages);
  const tone: StatusTone = failedByItems ? 'danger' : info.tone;
  const shownLabel = failedByItems ? messages.outcomes.failed : label;
  return (
    <span
      className={clsx('sh-status-badge', className)}
      data-tone={tone}
      data-category={failedByItems ? 'failedItems' : info.category}
      title={failedByItems ? `${label}. ${messages.failedByItems}` : meaning}
    >
      <StatusIcon tone={tone} className="sh-status-badge__icon" />
      <span className="sh-status-badge__label">{shownLabel}</span>
      {showCode && Number.isFinite(code) ? <span className="sh-status-badge__code">{code}</span> : null}
    </span>
  );
}
