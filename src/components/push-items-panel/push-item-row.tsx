'use client';
import { clsx } from 'clsx';
import { memo, useId } from 'react';
import { FAILED_PUSH_ITEM_STATUSES, type PushItem } from '../../core/model';
import { useSyncHealth } from '../../data/context';
import { usePushItemsPanelMessages } from './messages';
import { CopyButton } from '../ui/copy-button';
import { TimeStamp } from '../ui/time-stamp';
import { describeDataType } from './data-type-words';
import { PushItemDetails, hasPushItemDetails } from './push-item-details';
import { PushItemReason } from './push-item-reason';
import { PushItemStatusBadge } from './push-item-status-badge';

/** How the rows of a list may be selected for retry. */
export interface PushItemSelection {
  /** Whether failed rows get a checkbox (retry is offered and something failed). */
  selectable: boolean;
  /** The selected item IDs. */
  selectedIds: ReadonlySet<string>;
  /** Selects or deselects an item. */
  onSelectedChange: (itemId: string, selected: boolean) => void;
  /** `true` while a retry runs: the checkboxes are disabled. */
  disabled: boolean;
}

/** Props of {@link PushItemRow}. Flat and stable, so a row re-renders only when its own item changes. */
export interface PushItemRowProps {
  /** The item. */
  item: PushItem;
  /** Whether a failed item gets a checkbox to select it for retry. */
  selectable: boolean;
  /** Whether the item is selected. */
  selected: boolean;
  /** `true` while a retry runs: the checkbox is disabled. */
  selectionDisabled: boolean;
  /** Selects or deselects an item. */
  onSelectedChange: (itemId: string, selected: boolean) => void;
  /** Whether its details are shown. */
  expanded: boolean;
  /** Shows or hides its details. */
  onExpandedChange: (itemId: string, expanded: boolean) => void;
  /** "Now" for relative times (default: the current time). */
  now?: number;
  /**
   * The accounting software's name, for the headings of the record sent and the answer.
   * @default undefined (the headings say "the accounting software")
   */
  platform?: string;
  /** Extra class names of the row. */
  rowClassName?: string;
  /** Extra class names of its details. */
  detailsClassName?: string;
}

function Chevron() {
  return (
    <svg className="sh-push-items-panel__chevron" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 4l4 4-4 4" />
    </svg>
  );
}

/**
 * One push item: core ID (with a copy button), data type in words, status, attempts when retried,
 * requested and completed times, a checkbox when it can be retried, why it failed and who can fix
 * it (without a click), and its messages, the record sent and the answer on demand.
 */
export const PushItemRow = memo(function PushItemRow(props: PushItemRowProps) {
  const { item, selectable, selected, selectionDisabled, onSelectedChange, expanded, onExpandedChange, now, platform, rowClassName, detailsClassName } = props;
  const { formatters } = useSyncHealth();
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const detailsId = useId();
  const withDetails = hasPushItemDetails(item);
  const canSelect = selectable && FAILED_PUSH_ITEM_STATUSES.includes(item.status);
  const isExpanded = withDetails && expanded;
  return (
    <>
      <div className={clsx('sh-push-items-panel__row', rowClassName)}>
        <span className="sh-push-items-panel__cell" data-column="select">
          {canSelect ? (
            <input
              type="checkbox"
              className="sh-push-items-panel__checkbox"
              aria-label={text.selectItem(item.coreId)}
              checked={selected}
              disabled={selectionDisabled}
              onChange={(event) => onSelectedChange(item.id, event.target.checked)}
            />
          ) : null}
        </span>
        <span className="sh-push-items-panel__cell" data-column="core-id">
          <span className="sh-push-items-panel__core-id">{item.coreId}</span>
          <CopyButton value={item.coreId} label={text.coreIdCopyLabel(item.coreId)} />
        </span>
        <span className="sh-push-items-panel__cell" data-column="data-type">
          {describeDataType(item.dataType, text.dataTypes)}
        </span>
        <span className="sh-push-items-panel__cell" data-column="status">
          <PushItemStatusBadge status={item.status} />
          {item.attempts > 1 ? (
            <span className="sh-push-items-panel__attempts">{text.attempts(formatters.number(item.attempts), item.attempts)}</span>
          ) : null}
        </span>
        <span className="sh-push-items-panel__cell" data-column="requested">
          <span className="sh-visually-hidden sh-push-items-panel__cell-label">{text.columns.requested}: </span>
          <TimeStamp value={item.requestedAt} now={now} />
        </span>
        <span className="sh-push-items-panel__cell" data-column="completed">
          <span className="sh-visually-hidden sh-push-items-panel__cell-label">{text.columns.completed}: </span>
          {item.completedAt ? (
            <TimeStamp value={item.completedAt} now={now} />
          ) : (
            <span className="sh-push-items-panel__muted">{text.notCompleted}</span>
          )}
        </span>
        <span className="sh-push-items-panel__cell" data-column="details">
          {withDetails ? (
            <button
              type="button"
              className="sh-push-items-panel__details-toggle"
              aria-expanded={isExpanded}
              aria-controls={isExpanded ? detailsId : undefined}
              aria-label={text.detailsOf(item.coreId)}
              data-state={isExpanded ? 'open' : 'closed'}
              onClick={() => onExpandedChange(item.id, !isExpanded)}
            >
              <Chevron />
              <span>{text.details}</span>
            </button>
          ) : null}
        </span>
        <PushItemReason item={item} />
      </div>
      {isExpanded ? <PushItemDetails id={detailsId} item={item} platform={platform} className={detailsClassName} /> : null}
    </>
  );
});
