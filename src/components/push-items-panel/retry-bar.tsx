'use client';
import { clsx } from 'clsx';
import { useId, useRef } from 'react';
import { toSyncHealthError } from '../../core/errors';
import type { SyncProduct } from '../../core/model';
import { useSyncHealth } from '../../data/context';
import { usePushItemsPanelMessages } from './messages';
import { RetryConfirmation } from './retry-confirmation';
import type { RetryFlow, RetryTarget } from './use-retry-flow';

/** Props of {@link RetryBar}. */
export interface RetryBarProps {
  /** The retry flow of the sync. */
  flow: RetryFlow;
  /** Whether retry is offered for this sync (the adapter can retry and its rule allows this sync). */
  offered: boolean;
  /** Whether the adapter can retry at all: when it cannot, nothing is said about retrying. */
  adapterCanRetry: boolean;
  /** The sync's product, to say why retry is not offered. */
  product: SyncProduct;
  /** How many items failed; absent when the sync's counts are unknown (retry stays possible). */
  failedCount: number | undefined;
  /** Extra class names of the bar and of the confirmation. */
  classNames: { retryBar?: string; confirmation?: string };
}

function Spinner() {
  return (
    <svg className="sh-push-items-panel__spinner" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M8 1.5a6.5 6.5 0 1 0 6.5 6.5" />
    </svg>
  );
}

/**
 * "Retry failed items" and "Retry selected (n)", with the confirmation, the progress, the outcome
 * (announced) and the error of a failed request. Buttons that cannot act stay focusable
 * (`aria-disabled`) and say why, so focus is never lost while a retry runs.
 */
export function RetryBar({ flow, offered, adapterCanRetry, product, failedCount, classNames }: RetryBarProps) {
  const { formatters } = useSyncHealth();
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const allButton = useRef<HTMLButtonElement>(null);
  const selectedButton = useRef<HTMLButtonElement>(null);
  const reasonId = useId();

  if (!adapterCanRetry) return null;
  if (!offered) {
    return (
      <div className={clsx('sh-push-items-panel__retry', classNames.retryBar)} data-state="unavailable">
        <p className="sh-push-items-panel__retry-note">{text.retryNotOffered(product)}</p>
      </div>
    );
  }

  const nothingFailed = failedCount === 0;
  const selectedCount = flow.selectedIds.size;
  const confirmCount = flow.confirming === 'selected' ? selectedCount : failedCount;
  const runningCount = flow.runningTarget === 'selected' ? selectedCount : failedCount;
  const opener = (target: RetryTarget) => (target === 'all' ? allButton : selectedButton);
  const close = (target: RetryTarget) => {
    flow.cancel();
    opener(target).current?.focus();
  };
  let status = '';
  if (flow.running) status = text.retryRunningStatus(runningCount === undefined ? undefined : formatters.number(runningCount), runningCount);
  else if (flow.outcome) status = text.retryOutcome(flow.outcome, formatters.number);
  const problem = flow.error ? toSyncHealthError(flow.error) : null;

  return (
    <div className={clsx('sh-push-items-panel__retry', classNames.retryBar)} data-state={flow.state}>
      <div className="sh-push-items-panel__retry-actions">
        <button
          ref={allButton}
          type="button"
          className="sh-button"
          data-variant="primary"
          aria-disabled={nothingFailed || flow.running || undefined}
          aria-describedby={nothingFailed ? reasonId : undefined}
          onClick={() => {
            if (!nothingFailed) flow.open('all');
          }}
        >
          {flow.running && flow.runningTarget === 'all' ? <Spinner /> : null}
          {flow.running && flow.runningTarget === 'all' ? text.retryRunning : text.retryFailed}
        </button>
        {selectedCount > 0 ? (
          <>
            <button
              ref={selectedButton}
              type="button"
              className="sh-button"
              aria-disabled={flow.running || undefined}
              onClick={() => flow.open('selected')}
            >
              {flow.running && flow.runningTarget === 'selected' ? <Spinner /> : null}
              {flow.running && flow.runningTarget === 'selected'
                ? text.retryRunning
                : text.retrySelected(formatters.number(selectedCount), selectedCount)}
            </button>
            <button type="button" className="sh-button" onClick={flow.clearSelection} disabled={flow.running}>
              {text.clearSelection}
            </button>
          </>
        ) : null}
        {nothingFailed ? (
          <span id={reasonId} className="sh-push-items-panel__retry-note">
            {text.noFailedItems}
          </span>
        ) : null}
      </div>
      {flow.confirming ? (
        <RetryConfirmation
          count={confirmCount}
          className={classNames.confirmation}
          onCancel={() => close(flow.confirming as RetryTarget)}
          onConfirm={() => {
            flow.confirm();
            // The "Retry selected" button goes once its retry succeeds; this one stays.
            allButton.current?.focus();
          }}
        />
      ) : null}
      <p className="sh-push-items-panel__retry-status" role="status">
        {status}
      </p>
      {problem ? (
        <div className="sh-push-items-panel__retry-error" role="alert">
          <p className="sh-push-items-panel__retry-error-title">{text.retryRequestFailed}</p>
          <p className="sh-push-items-panel__retry-error-detail">
            {messages.errors[problem.kind]}
            {problem.message && problem.message !== messages.errors[problem.kind] ? ` ${problem.message}` : null}
          </p>
        </div>
      ) : null}
    </div>
  );
}
