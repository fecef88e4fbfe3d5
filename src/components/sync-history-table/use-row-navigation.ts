'use client';
/**
 * Keyboard use of the history rows, as a roving tab stop: the table is one Tab stop (the active row);
 * the up and down arrows, Home and End move between rows; Enter or Space opens the row. The buttons
 * inside a row (copy buttons) are reachable with Tab from their own row only, so tabbing through a
 * page of fifty rows is not a hundred stops.
 */
import { useRef, useState, type KeyboardEvent } from 'react';

/** Props for one row element. */
export interface RowNavigationProps {
  tabIndex: number;
  ref: (element: HTMLTableRowElement | null) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
}

const FOCUSABLE_INSIDE = 'button, a[href], input, select, textarea, [tabindex]';

/** Gives the buttons inside a row a place in the Tab order only while their row is the active one. */
export function syncInnerTabStops(row: HTMLTableRowElement | null, active: boolean): void {
  row?.querySelectorAll<HTMLElement>(FOCUSABLE_INSIDE).forEach((element) => {
    element.tabIndex = active ? 0 : -1;
  });
}

/** Roving focus over `rowCount` rows; `onOpen` is called with a row's index on Enter or Space. */
export function useRowNavigation(rowCount: number, onOpen: ((index: number) => void) | undefined) {
  const [activeIndex, setActiveIndex] = useState(0);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  // A shorter page than before keeps a valid active row.
  const active = Math.min(activeIndex, Math.max(0, rowCount - 1));

  const focusRow = (index: number) => {
    const target = Math.min(Math.max(index, 0), rowCount - 1);
    setActiveIndex(target);
    rows.current[target]?.focus();
  };

  const onKeyDown = (index: number, event: KeyboardEvent<HTMLTableRowElement>) => {
    const onRow = event.target === event.currentTarget;
    switch (event.key) {
      case 'ArrowDown':
        focusRow(index + 1);
        break;
      case 'ArrowUp':
        focusRow(index - 1);
        break;
      case 'Home':
        if (!onRow) return;
        focusRow(0);
        break;
      case 'End':
        if (!onRow) return;
        focusRow(rowCount - 1);
        break;
      case 'Enter':
      case ' ':
        if (!onRow || !onOpen) return;
        onOpen(index);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const rowProps = (index: number): RowNavigationProps => ({
    tabIndex: index === active ? 0 : -1,
    ref: (element) => {
      rows.current[index] = element;
      syncInnerTabStops(element, index === active);
    },
    onFocus: () => setActiveIndex(index),
    onKeyDown: (event) => onKeyDown(index, event),
  });

  return { activeIndex: active, rowProps };
}
