'use client';
import { isSyncHealthError } from '../../core/errors';
import type { CustomerSyncFlowHistoryMessages } from './messages';

/** The first page is loading: three placeholder rows for the eye, one sentence for screen readers. */
export function CustomerHistoryLoading({ messages, className }: { messages: CustomerSyncFlowHistoryMessages; className: string }) {
  return (
    <div className={`${className} sh-customer-sync-flow-history__loading`}>
      <p role="status" className="sh-visually-hidden">
        {messages.loading}
      </p>
      <ul className="sh-customer-sync-flow-history__skeleton" aria-hidden="true">
        {[0, 1, 2].map((row) => (
          <li key={row}>
            <span className="sh-skeleton" />
            <span className="sh-skeleton" />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A customer who never synced, in the shared empty-state look (`.sh-state`), announced politely.
 * The same markup as `ui/EmptyState`, written out here because that part joins its classes with
 * `clsx`, which the customer entry's size budget leaves out.
 */
export function CustomerHistoryEmpty({ messages, className }: { messages: CustomerSyncFlowHistoryMessages; className: string }) {
  return (
    <div className={`sh-state sh-state--empty ${className}`} role="status">
      <p className="sh-state__title">{messages.emptyTitle}</p>
      <p className="sh-state__detail">{messages.emptyDetail}</p>
    </div>
  );
}

/** Props of {@link CustomerHistoryError}. */
export interface CustomerHistoryErrorProps {
  /** What went wrong. Only its kind is used: the text of an adapter error may be internal. */
  error?: unknown;
  /** The "try again" action. */
  onRetry: () => void;
  /** `true` while trying again: the button says so and ignores presses. */
  retrying?: boolean;
  /** The history's text. */
  messages: CustomerSyncFlowHistoryMessages;
  /** Class names. */
  className: string;
}

/**
 * A failed request, in customer words, with "Try again". Unlike the support-facing `ErrorState` it
 * never shows the error's own text: an adapter's message can carry internal detail.
 */
export function CustomerHistoryError({ error, onRetry, retrying, messages, className }: CustomerHistoryErrorProps) {
  const kind = isSyncHealthError(error) ? error.kind : 'network';
  return (
    <div className={`sh-state sh-state--error ${className}`} role="alert" data-kind={kind}>
      <p className="sh-state__title">{kind === 'unauthorized' ? messages.signInError : messages.loadError}</p>
      <button
        type="button"
        className="sh-button"
        aria-disabled={retrying || undefined}
        data-state={retrying ? 'loading' : 'idle'}
        onClick={retrying ? undefined : onRetry}
      >
        {retrying ? messages.loadingMore : messages.retry}
      </button>
    </div>
  );
}
