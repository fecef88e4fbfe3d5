'use client';
import { clsx } from 'clsx';
import type { PushItem, PushItemValidationMessage } from '../../core/model';
import { findTroubleshooting } from '../../core/troubleshooting';
import { usePushItemsPanelMessages } from './messages';
import { CopyButton } from '../ui/copy-button';
import { hasPushItemJson, PushItemJson } from './push-item-json';
import { pushItemReason } from './push-item-reason';

/** Whether an item has anything to show in its details: an error, validation messages, the record sent or the answer. */
export function hasPushItemDetails(item: PushItem): boolean {
  return Boolean(item.errorMessage) || item.validationErrors.length > 0 || item.validationWarnings.length > 0 || hasPushItemJson(item);
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

/** Props of {@link PushItemDetails}. */
export interface PushItemDetailsProps {
  /** The element ID, for the toggle's `aria-controls`. */
  id: string;
  /** The item. */
  item: PushItem;
  /**
   * The accounting software's name (the sync's target platform), for the headings of the record sent and the answer.
   * @default undefined (the headings say "the accounting software")
   */
  platform?: string;
  /**
   * Extra class names.
   * @default undefined
   */
  className?: string;
}

/**
 * An item's error message (with the guidance for its reason), its validation errors and warnings, and
 * the record sent and the accounting software's answer when the adapter has them. Everything the
 * backend wrote is rendered as text, never as HTML.
 */
export function PushItemDetails({ id, item, platform, className }: PushItemDetailsProps) {
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  // The guidance for the reason shown in the row, else for the error message.
  const reason = pushItemReason(item);
  const guidance = (reason && findTroubleshooting(reason)) || (item.errorMessage ? findTroubleshooting(item.errorMessage) : undefined);
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
      <PushItemJson item={item} platform={platform} />
    </div>
  );
}
