'use client';
import { clsx } from 'clsx';
import type { PushItem, PushItemValidationMessage } from '../../core/model';
import { findTroubleshooting } from '../../core/troubleshooting';
import { usePushItemsPanelMessages } from './messages';
import { CopyButton } from '../ui/copy-button';

/** Whether an item has anything to show in its details: an error or validation messages. */
export function hasPushItemDetails(item: PushItem): boolean {
  return Boolean(item.errorMessage) || item.validationErrors.length > 0 || item.validationWarnings.length > 0;
}

function ValidationList({ messages }: { messages: readonly PushItemValidationMessage[] }) {
  return (
    <ul className="sh-push-items-panel__validation-list">
      {messages.map((entry, index) => (
        <li key={index}>
          {/* In <bdi>: a bidi control in the message cannot reorder the validator's name after it. */}
          <bdi>{entry.message}</bdi>
          {entry.validatorName ? (
            <span className="sh-push-items-panel__validator">
              {' ('}
              <bdi>{entry.validatorName}</bdi>)
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * An item's error message (with the guidance for a known one) and its validation errors and warnings.
 * Everything the backend wrote is rendered as text, never as HTML.
 */
export function PushItemDetails({ id, item, className }: { id: string; item: PushItem; className?: string }) {
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const guidance = item.errorMessage ? findTroubleshooting(item.errorMessage) : undefined;
  return (
    <div id={id} className={clsx('sh-push-items-panel__details', className)}>
      <dl className="sh-push-items-panel__details-list">
        {item.errorMessage ? (
          <div className="sh-push-items-panel__details-group" data-kind="error">
            <dt>{text.errorMessage}</dt>
            <dd className="sh-push-items-panel__error-message">
              <span>{item.errorMessage}</span>
              <CopyButton value={item.errorMessage} label={text.errorMessageCopyLabel} />
            </dd>
          </div>
        ) : null}
        {guidance ? (
          <div className="sh-push-items-panel__details-group" data-kind="guidance">
            <dt>{text.whatFixesIt}</dt>
            <dd>{guidance.guidance}</dd>
          </div>
        ) : null}
        {item.validationErrors.length > 0 ? (
          <div className="sh-push-items-panel__details-group" data-kind="validation-errors">
            <dt>{text.validationErrors}</dt>
            <dd>
              <ValidationList messages={item.validationErrors} />
            </dd>
          </div>
        ) : null}
        {item.validationWarnings.length > 0 ? (
          <div className="sh-push-items-panel__details-group" data-kind="validation-warnings">
            <dt>{text.validationWarnings}</dt>
            <dd>
              <ValidationList messages={item.validationWarnings} />
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
