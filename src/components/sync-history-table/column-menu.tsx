'use client';
/**
 * The column menu: a checkbox per column to show or hide it, buttons to move it left or right (the
 * keyboard way to reorder; announced), and "Reset columns". At least one column stays visible.
 */
import { clsx } from 'clsx';
import { useEffect, useId, useRef, useState } from 'react';
import { useSyncHistoryTableMessages } from './messages';
import { columnLabel, type SyncHistoryColumnId } from './columns';
import type { ColumnPreferences } from './use-column-preferences';
import { useDisclosure } from '../ui/use-disclosure';
import type { SyncHistoryTableInstance } from './use-sync-history-table';

/** Props of {@link ColumnMenu}. */
export interface ColumnMenuProps {
  table: SyncHistoryTableInstance;
  columns: ColumnPreferences;
  className?: string;
}

type Direction = 'up' | 'down';

/** The "Columns" button and its panel. */
export function ColumnMenu({ table, columns, className }: ColumnMenuProps) {
  const messages = useSyncHistoryTableMessages();
  const text = messages.syncHistoryTable;
  const disclosure = useDisclosure();
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  // The move button to focus again once the moved column has been re-rendered in its new place.
  const refocus = useRef<{ column: SyncHistoryColumnId; direction: Direction } | null>(null);
  const { order } = columns;
  const visibleCount = order.filter((column) => columns.visibility[column] !== false).length;

  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const item = listRef.current?.querySelector(`[data-column="${target.column}"]`);
    const button = item?.querySelector<HTMLButtonElement>(`[data-direction="${target.direction}"]`);
    button?.focus();
  });

  const move = (column: SyncHistoryColumnId, direction: Direction) => {
    const from = order.indexOf(column);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, column);
    refocus.current = { column, direction };
    table.setColumnOrder(next);
    setAnnouncement(text.columnMoved(columnLabel(column, text), to + 1, order.length));
  };

  return (
    <div {...disclosure.wrapperProps} className={clsx('sh-sync-history-table__column-menu', className)}>
      <button {...disclosure.buttonProps} className="sh-button">
        <span className="sh-icon" data-icon="columns" aria-hidden="true" />
        {text.columnsButton}
      </button>
      <div {...disclosure.panelProps} className="sh-sync-history-table__menu" role="group" aria-labelledby={`${id}-title`}>
        <p id={`${id}-title`} className="sh-sync-history-table__menu-title">
          {text.columnsMenuTitle}
        </p>
        <ol ref={listRef} className="sh-sync-history-table__menu-list">
          {order.map((column, index) => {
            const label = columnLabel(column, text);
            const visible = columns.visibility[column] !== false;
            const lastVisible = visible && visibleCount === 1;
            return (
              <li key={column} className="sh-sync-history-table__menu-item" data-column={column} data-visible={visible}>
                <label className="sh-sync-history-table__menu-label">
                  <input
                    type="checkbox"
                    checked={visible}
                    disabled={lastVisible}
                    title={lastVisible ? text.lastVisibleColumn : undefined}
                    onChange={() => table.getColumn(column)?.toggleVisibility(!visible)}
                  />
                  {label}
                </label>
                {(['up', 'down'] as const).map((direction) => {
                  const blocked = direction === 'up' ? index === 0 : index === order.length - 1;
                  const name = direction === 'up' ? text.moveColumnUp(label) : text.moveColumnDown(label);
                  return (
                    <button
                      key={direction}
                      type="button"
                      className="sh-icon-button sh-sync-history-table__move"
                      data-direction={direction}
                      aria-label={name}
                      title={name}
                      aria-disabled={blocked}
                      onClick={() => move(column, direction)}
                    >
                      <span className="sh-icon" data-icon={direction === 'up' ? 'left' : 'right'} aria-hidden="true" />
                    </button>
                  );
                })}
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="sh-button"
          onClick={() => {
            columns.reset();
            setAnnouncement('');
          }}
        >
          {text.resetColumns}
        </button>
        <p className="sh-visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
    </div>
  );
}
