'use client';
import { clsx } from 'clsx';
import { useId, useRef } from 'react';
import { toSyncHealthError } from '../../core/errors';
import type { SyncProduct } from '../../core/model';
import { useSyncHealth } from '../../data/context';
import { usePushItemsPanelMessages } from './messages';
import { RetryConfirmation } from './retry-confirmation';
import { retryWarning } from './retry-warning';
import type { RetryFlow } from './use-retry-flow';

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

const HIDDEN = { visibility: 'hidden' } as const;

/**
 * A retry button's label: `idle`, or a spinner and `busy` while its retry runs. Both are always laid
 * out in the same place and only one is visible, so the button keeps its size through a retry.
 */
export function RetryLabel({ busy, idle, busyLabel }: { busy: boolean; idle: string; busyLabel: string }) {
  return (
    <span className="sh-push-items-panel__retry-label">
      <span aria-hidden={busy || undefined} style={busy ? HIDDEN : undefined}>
        {idle}
      </span>
      <span aria-hidden={!busy || undefined} style={busy ? undefined : HIDDEN}>
        <span className="sh-push-items-panel__spinner" />
        {busyLabel}
      </span>
    </span>
  );
}

/**
 * "Retry failed items" and "Retry selected (n)", with the confirmation, the progress, the outcome
 * (announced) and the error of a failed request. Buttons that cannot act stay focusable
 * (`aria-disabled`) and say why, so focus is never lost while a retry runs.
 *
 * "Retry failed items" keeps its place and size through a retry: it comes last, so the selection's
 * buttons come and go before it; its labels share one place; the confirmation opens over what is
 * below (styled as a popover); and the progress, the outcome and "nothing to retry" share one line
 * whose space is kept.
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
  // A group's "Retry these" confirms beside its group (see PushItemGroups).
  const confirmingHere = flow.confirming === 'all' || flow.confirming === 'selected';
  const runningCount = flow.runningIdCount ?? (flow.runningTarget === 'selected' ? selectedCount : failedCount);
  let status = '';
  if (flow.running) status = text.retryRunningStatus(runningCount === undefined ? undefined : formatters.number(runningCount), runningCount);
  else if (flow.outcome) status = text.retryOutcome(flow.outcome, formatters.number);
  const problem = flow.error ? toSyncHealthError(flow.error) : null;

  const runningAll = flow.running && flow.runningTarget === 'all';
  return (
    <div className={clsx('sh-push-items-panel__retry', classNames.retryBar)} data-state={flow.state}>
      <div className="sh-push-items-panel__retry-actions">
        {selectedCount > 0 ? (
          <>
            <button type="button" className="sh-button" onClick={flow.clearSelection} disabled={flow.running}>
              {text.clearSelection}
            </button>
            <button
              ref={selectedButton}
              type="button"
              className="sh-button"
              aria-disabled={flow.running || undefined}
              onClick={() => flow.open('selected')}
            >
              <RetryLabel
                busy={flow.running && flow.runningTarget === 'selected'}
                idle={text.retrySelected(formatters.number(selectedCount), selectedCount)}
                busyLabel={text.retryRunning}
              />
            </button>
          </>
        ) : null}
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
          <RetryLabel busy={runningAll} idle={text.retryFailed} busyLabel={text.retryRunning} />
        </button>
        {confirmingHere ? (
          <RetryConfirmation
            count={confirmCount}
            getWarning={() =>
              retryWarning(
                flow.confirming === 'selected'
                  ? { target: 'selected', loaded: flow.loadedItems(), selectedIds: flow.selectedIds }
                  : { target: 'all', loaded: flow.loadedItems(), failedCount },
              )
            }
            className={classNames.confirmation}
            onCancel={() => {
              flow.cancel();
              // Focus goes back to the button that opened the confirmation.
              (flow.confirming === 'all' ? allButton : selectedButton).current?.focus();
            }}
            onConfirm={(itemIds) => {
              flow.confirm(itemIds);
              // The "Retry selected" button goes once its retry succeeds; this one stays.
              allButton.current?.focus();
            }}
          />
        ) : null}
      </div>
      <div className="sh-push-items-panel__retry-line">
        <p className="sh-push-items-panel__retry-status" role="status">
          {status}
        </p>
        {nothingFailed ? (
          <span id={reasonId} className={clsx('sh-push-items-panel__retry-note', status && 'sh-visually-hidden')}>
            {text.noFailedItems}
          </span>
        ) : null}
      </div>
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
