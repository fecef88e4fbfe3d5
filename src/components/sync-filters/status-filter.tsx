'use client';
/**
 * The status filter: a button that opens a panel of checkboxes, one per category and one per code
 * inside each category with several, with how many syncs each would show (from `getSyncTotals`, for
 * the other filters in use) once the counts are known. Counts are asked for only while the panel is
 * open, so a closed filter costs the backend nothing.
 */
import { clsx } from 'clsx';
import { useId } from 'react';
import type { SyncFilter } from '../../core/query';
import { codesInCategory, getStatusInfo, SYNC_STATUS_CATEGORIES, type SyncStatusCategory } from '../../core/status';
import { useSyncHealth } from '../../data/context';
import { useSyncHistoryTableMessages } from '../sync-history-table/messages';
import { describeStatus } from '../ui/shared-messages';
import { useSyncTotals } from '../../data/use-sync-totals';
import { categorySelection, clearStatuses, isCodeSelected, selectedStatusCount, toggleCategory, toggleCode } from './status-selection';
import { compactFilter } from '../sync-history-table/sync-list-query';
import { useDisclosure } from '../ui/use-disclosure';

/** Props of {@link StatusFilter}. */
export interface StatusFilterProps {
  /** The whole filter (the status part is read and changed; the rest narrows the counts). */
  filters: SyncFilter;
  /** Called with the whole filter, status part changed. */
  onFiltersChange: (filters: SyncFilter) => void;
  /** Extra class names. */
  className?: string;
}

function Checkbox({ checked, mixed, label, count, onChange }: { checked: boolean; mixed?: boolean; label: string; count: number | undefined; onChange: () => void }) {
  const { formatters } = useSyncHealth();
  const messages = useSyncHistoryTableMessages();
  const countId = useId();
  return (
    <>
      <label className="sh-sync-filters__option">
        <input
          // "Some codes of this category" is the native mixed state, which only exists as a DOM property.
          ref={(input) => {
            if (input) input.indeterminate = mixed === true;
          }}
          type="checkbox"
          className="sh-sync-filters__checkbox"
          checked={checked}
          aria-describedby={count === undefined ? undefined : countId}
          onChange={onChange}
        />
        <span className="sh-sync-filters__option-label">{label}</span>
        {count === undefined ? null : (
          <span className="sh-sync-filters__count" aria-hidden="true">
            {formatters.number(count)}
          </span>
        )}
      </label>
      {/* Outside the label, so the count describes the box rather than joining its name. */}
      {count === undefined ? null : (
        <span id={countId} className="sh-visually-hidden">
          {messages.syncHistoryTable.statusCount(count, formatters.number(count))}
        </span>
      )}
    </>
  );
}

function CategoryGroup({
  category,
  filters,
  onFiltersChange,
  counts,
}: {
  category: SyncStatusCategory;
  filters: SyncFilter;
  onFiltersChange: (filters: SyncFilter) => void;
  counts: { byCategory: Partial<Record<SyncStatusCategory, number>>; byCode: Map<number, number> } | undefined;
}) {
  const messages = useSyncHistoryTableMessages();
  const selection = categorySelection(filters, category);
  const codes = codesInCategory(category);
  const count = (value: number | undefined) => (counts ? (value ?? 0) : undefined);
  return (
    <li className="sh-sync-filters__status-group" data-category={category}>
      <Checkbox
        checked={selection === 'all'}
        mixed={selection === 'some'}
        label={messages.categories[category]}
        count={count(counts?.byCategory[category])}
        onChange={() => onFiltersChange(toggleCategory(filters, category))}
      />
      {codes.length > 1 ? (
        <ul className="sh-sync-filters__status-codes">
          {codes.map((code) => (
            <li key={code}>
              <Checkbox
                checked={isCodeSelected(filters, code)}
                label={messages.syncHistoryTable.statusWithCode(describeStatus(getStatusInfo(code), messages).label, code)}
                count={count(counts?.byCode.get(code))}
                onChange={() => onFiltersChange(toggleCode(filters, code))}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The status part of the filter bar. */
export function StatusFilter({ filters, onFiltersChange, className }: StatusFilterProps) {
  const messages = useSyncHistoryTableMessages();
  const text = messages.syncHistoryTable;
  const disclosure = useDisclosure();
  const { statusCodes: _codes, statusCategories: _categories, ...others } = compactFilter(filters);
  const totals = useSyncTotals(others, { enabled: disclosure.open });
  const counts = totals.data
    ? { byCategory: totals.data.byCategory, byCode: new Map(totals.data.byStatusCode.map((entry) => [entry.code, entry.count])) }
    : undefined;
  const selected = selectedStatusCount(filters);
  const titleId = `${disclosure.panelProps.id}-title`;
  const labelId = `${disclosure.panelProps.id}-label`;
  const valueId = `${disclosure.panelProps.id}-value`;

  return (
    <div {...disclosure.wrapperProps} className={clsx('sh-sync-filters__field', 'sh-sync-filters__status', className)}>
      <span id={labelId} className="sh-sync-filters__label">
        {text.statusLabel}
      </span>
      <button
        {...disclosure.buttonProps}
        className="sh-button sh-sync-filters__disclosure"
        aria-labelledby={`${labelId} ${valueId}`}
        data-active={selected > 0 ? '' : undefined}
      >
        <span id={valueId} className={selected > 0 ? 'sh-sync-filters__badge' : undefined}>
          {selected > 0 ? text.statusSelected(selected) : text.statusAll}
        </span>
        <span className="sh-icon" data-icon={disclosure.open ? 'up' : 'down'} aria-hidden="true" />
      </button>
      <div {...disclosure.panelProps} className="sh-sync-filters__popover" role="group" aria-labelledby={titleId}>
        <p id={titleId} className="sh-sync-filters__popover-title">
          {text.statusPanelTitle}
        </p>
        <ul className="sh-sync-filters__status-groups">
          {SYNC_STATUS_CATEGORIES.map((category) => (
            <CategoryGroup key={category} category={category} filters={filters} onFiltersChange={onFiltersChange} counts={counts} />
          ))}
        </ul>
        <button type="button" className="sh-button" onClick={() => onFiltersChange(clearStatuses(filters))}>
          {text.clearStatusFilter}
        </button>
      </div>
    </div>
  );
}
