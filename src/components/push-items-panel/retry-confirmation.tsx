'use client';
import { clsx } from 'clsx';
import { useEffect, useId, useRef } from 'react';
import { useSyncHealth } from '../../data/context';
import { usePushItemsPanelMessages } from './messages';

/** Props of {@link RetryConfirmation}. */
export interface RetryConfirmationProps {
  /** How many items will be retried; absent when the sync's counts are unknown. */
  count: number | undefined;
  /** Sends the retry. */
  onConfirm: () => void;
  /** Closes without retrying (also Escape). */
  onCancel: () => void;
  /** Extra class names. */
  className?: string;
}

/**
 * An inline confirmation (`alertdialog`) that says how many items will be retried. It takes focus
 * when it opens, so a screen reader reads the question; the opener gets focus back when it closes.
 * Escape cancels.
 */
export function RetryConfirmation({ count, onConfirm, onCancel, className }: RetryConfirmationProps) {
  const { formatters } = useSyncHealth();
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const formatted = count === undefined ? undefined : formatters.number(count);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      tabIndex={-1}
      className={clsx('sh-push-items-panel__confirmation', className)}
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
      <p id={descriptionId} className="sh-push-items-panel__confirmation-detail">
        {text.confirmDescription}
      </p>
      <div className="sh-push-items-panel__confirmation-actions">
        <button type="button" className="sh-button" data-variant="primary" onClick={onConfirm}>
          {text.confirmButton(formatted, count)}
        </button>
        <button type="button" className="sh-button" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </div>
  );
}
