'use client';
import { clsx } from 'clsx';
import type { PushItemStatus } from '../../core/model';
import type { StatusTone } from '../../core/status';
import { usePushItemsPanelMessages } from './messages';
import { StatusIcon } from '../ui/status-icon';

/** The tone of each push item status; the icon's shape and the word carry it too, never colour alone. */
export const PUSH_ITEM_STATUS_TONES: Readonly<Record<PushItemStatus, StatusTone>> = {
  failed: 'danger',
  validationError: 'warning',
  timedOut: 'warning',
  pending: 'info',
  success: 'success',
};

/** A push item's status as a badge (icon and word), styled like the sync status badge. */
export function PushItemStatusBadge({ status, className }: { status: PushItemStatus; className?: string }) {
  const messages = usePushItemsPanelMessages();
  const tone = PUSH_ITEM_STATUS_TONES[status] ?? 'neutral';
  return (
    <span className={clsx('sh-status-badge', className)} data-tone={tone} data-status={status}>
      <StatusIcon tone={tone} className="sh-status-badge__icon" />
      <span className="sh-status-badge__label">{messages.pushItemStatuses[status] ?? status}</span>
    </span>
  );
}
