'use client';
import { clsx } from 'clsx';
import { useId, useState } from 'react';
import { summarizeItems } from '../../core/derive';
import { PUSH_ITEM_STATUSES, type PushItemCounts, type PushItemStatus } from '../../core/model';
import { useSyncHealth } from '../../data/context';
import { usePushItemsPanelMessages } from './messages';
import { StatusIcon } from '../ui/status-icon';
import { PUSH_ITEM_STATUS_TONES } from './push-item-status-badge';

/** Keeps known statuses only, once each, in display order, so equal filters make equal queries. */
export function normalizeStatuses(statuses: readonly unknown[] | undefined): PushItemStatus[] {
  if (!Array.isArray(statuses)) return [];
  return PUSH_ITEM_STATUSES.filter((status) => statuses.includes(status));
}

/** The sync's items per status, in words: "12 items: 3 failed · 9 pushed". Nothing while unknown. */
export function PushItemCountsSummary({ counts, className }: { counts: PushItemCounts | undefined; className?: string }) {
  const { formatters } = useSyncHealth();
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  if (!counts) return null;
  const present = PUSH_ITEM_STATUSES.filter((status) => counts[status] > 0);
  const { total } = summarizeItems(counts)!;
  const parts = present.map((status) => text.statusCount(status, formatters.number(counts[status]), counts[status]));
  return (
    <p className={clsx('sh-push-items-panel__summary', className)}>
      <span className="sh-push-items-panel__total">{text.itemTotal(formatters.number(total), total)}</span>
      {parts.length > 0 ? `: ${parts.join(' · ')}` : null}
    </p>
  );
}

/** Props of {@link StatusFilter}. */
export interface StatusFilterProps {
  /** The sync's counts per status, shown on the buttons; all statuses are offered while unknown. */
  counts: PushItemCounts | undefined;
  /** The statuses shown (empty: all). */
  value: readonly PushItemStatus[];
  /** Called with the new statuses. */
  onValueChange: (statuses: PushItemStatus[]) => void;
  /** Extra class names. */
  className?: string;
}

/**
 * Toggle buttons, one per status present in the sync (or once present: it then shows 0), each with
 * its count; several can be on at once. "All" turns them all off. Each button says whether it is on (`aria-pressed`).
 */
export function StatusFilter({ counts, value, onValueChange, className }: StatusFilterProps) {
  const { formatters } = useSyncHealth();
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const labelId = useId();
  // A button once offered stays (at 0) when its items are gone, as after a retry: the toolbar keeps
  // its layout instead of reflowing under the person's eyes.
  const [kept, keep] = useState<PushItemStatus[]>([]);
  const offered = PUSH_ITEM_STATUSES.filter((status) => !counts || counts[status] > 0 || value.includes(status) || kept.includes(status));
  if (counts && offered.length > kept.length) keep(offered);
  const toggle = (status: PushItemStatus) =>
    onValueChange(PUSH_ITEM_STATUSES.filter((each) => (each === status ? !value.includes(each) : value.includes(each))));
  return (
    <div className={clsx('sh-push-items-panel__filters', className)}>
      <span id={labelId} className="sh-push-items-panel__filters-label">
        {text.filterLabel}
      </span>
      <div role="group" aria-labelledby={labelId} className="sh-push-items-panel__chips">
        <button
          type="button"
          className="sh-button sh-push-items-panel__chip"
          aria-pressed={value.length === 0}
          data-state={value.length === 0 ? 'on' : 'off'}
          onClick={() => onValueChange([])}
        >
          {text.allStatuses}
        </button>
        {offered.map((status) => {
          const pressed = value.includes(status);
          return (
            <button
              key={status}
              type="button"
              className="sh-button sh-push-items-panel__chip"
              aria-pressed={pressed}
              data-state={pressed ? 'on' : 'off'}
              data-status={status}
              onClick={() => toggle(status)}
            >
              <StatusIcon tone={PUSH_ITEM_STATUS_TONES[status]} className="sh-push-items-panel__chip-icon" />
              {messages.pushItemStatuses[status]}
              {counts ? (
                <>
                  {' '}
                  <span className="sh-push-items-panel__chip-count">{formatters.number(counts[status])}</span>
                </>
              ) : null}
            </button>
          );
        })}
      </div>
    </div>
  );
}
