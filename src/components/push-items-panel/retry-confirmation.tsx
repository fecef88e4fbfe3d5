'use client';
import { clsx } from 'clsx';
import { useEffect, useId, useRef, useState } from 'react';
import { useSyncHealth } from '../../data/context';
import { StatusIcon } from '../ui/status-icon';
import { usePushItemsPanelMessages } from './messages';
import type { RetryWarning } from './retry-warning';

/** Props of {@link RetryConfirmation}. */
export interface RetryConfirmationProps {
  /** How many items will be retried; absent when the sync's counts are unknown. */
  count: number | undefined;
  /**
   * Reads what to warn about, once, as the confirmation opens: the items that will fail again until
   * the customer fixes their cause. What it offers to retry is what was read then.
   * @default undefined (no warning)
   */
  getWarning?: () => RetryWarning | undefined;
  /** Sends the retry: of every item asked about, or with `itemIds`, of exactly those ("Retry only the other 3"). */
  onConfirm: (itemIds?: readonly string[]) => void;
  /** Closes without retrying (also Escape). */
  onCancel: () => void;
  /**
   * Extra class names.
   * @default undefined
   */
  className?: string;
}

/**
 * An inline confirmation (`alertdialog`) that says how many items will be retried. When some of them
 * failed for a reason only the customer can fix, it says how many (of those it can know) and offers to
 * retry only the others. It takes focus when it opens, so a screen reader reads the question and the
 * warning; the opener gets focus back when it closes. Escape cancels.
 */
export function RetryConfirmation({ count, getWarning, onConfirm, onCancel, className }: RetryConfirmationProps) {
  const { formatters } = useSyncHealth();
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const warningId = useId();
  const descriptionId = useId();
  const [warning] = useState(() => getWarning?.());
  const formatted = count === undefined ? undefined : formatters.number(count);
  const others = warning?.otherIds.length ?? 0;
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={warning ? `${warningId} ${descriptionId}` : descriptionId}
      tabIndex={-1}
      className={clsx('sh-push-items-panel__confirmation', className)}
      data-warning={warning ? '' : undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={titleId} className="sh-push-items-panel__confirmation-title">
        {text.confirmTitle(formatted, count)}
      </p>
      {warning ? (
        <p id={warningId} className="sh-push-items-panel__confirmation-warning">
          <StatusIcon tone="warning" />
          <span>{text.retryWarning(warning, formatters.number)}</span>
        </p>
      ) : null}
      <p id={descriptionId} className="sh-push-items-panel__confirmation-detail">
        {text.confirmDescription}
      </p>
      <div className="sh-push-items-panel__confirmation-actions">
        {warning && others > 0 ? (
          <button type="button" className="sh-button" data-variant="primary" onClick={() => onConfirm(warning.otherIds)}>
            {text.retryOthers(formatters.number(others), others, warning.complete)}
          </button>
        ) : null}
        <button type="button" className="sh-button" data-variant={others > 0 ? undefined : 'primary'} onClick={() => onConfirm()}>
          {text.confirmButton(formatted, count)}
        </button>
        <button type="button" className="sh-button" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </div>
  );
}
