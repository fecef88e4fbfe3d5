'use client';
import { useId } from 'react';
import type { CustomerSync } from '../../core/model';
import type { BasicFormatters } from '../../core/format-basic';
import { StatusIcon } from '../ui/status-icon';
import { type CustomerSyncAction, describeCustomerSync } from './customer-status';
import type { CustomerSyncFlowHistoryMessages } from './messages';
import { type CustomerSyncFlowHistoryClassNames, partClass } from './parts';

/** Props of {@link CustomerSyncItem}. */
export interface CustomerSyncItemProps {
  /** The sync (already validated: only customer-safe fields). */
  sync: CustomerSync;
  /** `true` when a later sync succeeded, so a failure here is shown as resolved, without actions. */
  resolved: boolean;
  /** Formatters in the history's locale and time zone. */
  formatters: BasicFormatters;
  /** The history's text. */
  messages: CustomerSyncFlowHistoryMessages;
  /** Host class names by part. */
  classNames: CustomerSyncFlowHistoryClassNames | undefined;
  /** The host's action callback; without it no action buttons are shown. */
  onAction: ((action: CustomerSyncAction, sync: CustomerSync) => void) | undefined;
}

/** One sync in the customer's history: the period it covered, its status in words, when it ran, and what to do. */
export function CustomerSyncItem({ sync, resolved, formatters, messages, classNames, onAction }: CustomerSyncItemProps) {
  const periodId = useId();
  const { status, tone, guidance, messages: texts, actions } = describeCustomerSync(sync, resolved);
  return (
    // Focusable by script only: paging moves focus to the first new item.
    <li tabIndex={-1} className={partClass('item', classNames)} data-status={status} data-tone={tone}>
      <span className={partClass('period', classNames)} id={periodId}>
        {formatters.dateRange(sync.dataRange) || formatters.date(sync.startedAt)}
      </span>
      <span className={partClass('status', classNames)} data-tone={tone}>
        {/* A resolved failure keeps the cross of a failure, in the quiet colour of its tone. */}
        <StatusIcon tone={status === 'resolved' ? 'danger' : tone} className="sh-customer-sync-flow-history__status-icon" />
        {messages.statuses[status]}
      </span>
      <time className={partClass('startedAt', classNames)} dateTime={sync.startedAt} title={formatters.dateTimeWithZone(sync.startedAt)}>
        {messages.startedAt(formatters.dateTime(sync.startedAt))}
      </time>
      {/* Only an unresolved failure has guidance: what it means, the adapter's messages to act on, and actions. */}
      {guidance ? (
        <>
          <div className={partClass('detail', classNames)}>
            {/* A settings problem is best explained by its messages; any other hint is always shown. */}
            {guidance === 'fixSettings' && texts.length > 0 ? null : <p>{messages.hints[guidance]}</p>}
            {/* Every message: each is one the customer can act on (the adapter sends no others), so none is hidden. */}
            {texts.length > 0 ? (
              <>
                <p>{messages.whatToFix}</p>
                <ul>
                  {texts.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
          {onAction ? (
            <div className={partClass('actions', classNames)}>
              {actions.map((action) => (
                <button
                  key={action}
                  type="button"
                  className={`sh-button ${partClass('action', classNames)}`}
                  data-action={action}
                  // The action that fixes the problem (always listed first) is the primary one; "Get help" never is.
                  data-variant={action === 'getHelp' ? undefined : 'primary'}
                  aria-describedby={periodId}
                  onClick={() => onAction(action, sync)}
                >
                  {messages.actions[action]}
                </button>
              ))}
            </div>
          ) : null}
        </>
      ) : null}
    </li>
  );
}
