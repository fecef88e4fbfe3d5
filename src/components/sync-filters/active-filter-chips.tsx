'use client';
/**
 * The active filters at a glance: one chip per filter part, each with a button that removes it, and
 * "Clear all filters". Removing a chip moves focus to the next chip (or the list), never to nowhere.
 */
import { clsx } from 'clsx';
import { useRef } from 'react';
import type { SyncFilter } from '../../core/query';
import { useSyncHistoryTableMessages } from '../sync-history-table/messages';
import type { ActiveFilter } from './describe-filters';

/** Props of {@link ActiveFilterChips}. */
export interface ActiveFilterChipsProps {
  /** The filter the chips describe. */
  filters: SyncFilter;
  /** Its active parts. */
  active: ActiveFilter[];
  /** Called with the filter after a chip is removed or everything is cleared. */
  onFiltersChange: (filters: SyncFilter) => void;
  /** Called after "Clear all filters", to put focus somewhere useful. */
  onClearAll: () => void;
  /** Extra class names. */
  className?: string;
}

/** The list of active filters. Renders nothing when no filter is active. */
export function ActiveFilterChips({ filters, active, onFiltersChange, onClearAll, className }: ActiveFilterChipsProps) {
  const messages = useSyncHistoryTableMessages();
  const text = messages.syncHistoryTable;
  const listRef = useRef<HTMLUListElement>(null);
  if (active.length === 0) return null;

  const remove = (index: number) => {
    onFiltersChange(active[index]!.remove(filters));
    // The chip is about to go: focus the one that takes its place, or the one before it.
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.sh-sync-filters__chip-remove');
    const target = buttons?.[index + 1] ?? buttons?.[index - 1];
    if (target) target.focus();
    else onClearAll();
  };

  return (
    <div className={clsx('sh-sync-filters__active', className)}>
      <ul ref={listRef} className="sh-sync-filters__chips" aria-label={text.activeFilters}>
        {active.map((filter, index) => (
          <li key={filter.key} className="sh-sync-filters__chip" data-filter={filter.key}>
            <span className="sh-sync-filters__chip-label">{filter.label}</span>
            <button
              type="button"
              className="sh-sync-filters__chip-remove"
              aria-label={text.removeFilter(filter.label)}
              title={text.removeFilter(filter.label)}
              onClick={() => remove(index)}
            >
              <span className="sh-icon" data-icon="close" aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="sh-button sh-sync-filters__clear-all"
        onClick={() => {
          onFiltersChange({});
          onClearAll();
        }}
      >
        {text.clearAllFilters}
      </button>
    </div>
  );
}
