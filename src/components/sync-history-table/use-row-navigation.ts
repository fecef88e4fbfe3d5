'use client';
/**
 * Keyboard use of the history rows, as a roving tab stop: the table is one Tab stop (the active row);
 * the up and down arrows, Home and End move between rows; Enter or Space opens the row. The buttons
 * inside a row (copy buttons) are reachable with Tab from their own row only, so tabbing through a
 * page of fifty rows is not a hundred stops.
 *
 * The handlers are stable (one object for the life of the table), so a memoized row renders again
 * only when its own sync, or whether it is the active row, changes.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useIsomorphicLayoutEffect } from '../ui/use-isomorphic-layout-effect';

/** The stable handlers every row shares; each takes the row's index. */
export interface RowNavigation {
  /** Records a row's element (or `null` when it goes). */
  register: (index: number, element: HTMLTableRowElement | null) => void;
  onFocus: (index: number) => void;
  /** Handles the arrows, Home, End, and Enter or Space (which call `open`, when given). */
  onKeyDown: (index: number, event: KeyboardEvent<HTMLTableRowElement>, open: (() => void) | undefined) => void;
}

const FOCUSABLE_INSIDE = 'button, a[href], input, select, textarea, [tabindex]';

/** Gives the buttons inside a row a place in the Tab order only while their row is the active one. */
export function syncInnerTabStops(row: HTMLTableRowElement | null, active: boolean): void {
  row?.querySelectorAll<HTMLElement>(FOCUSABLE_INSIDE).forEach((element) => {
    element.tabIndex = active ? 0 : -1;
  });
}

/** Roving focus over `rowCount` rows. */
export function useRowNavigation(rowCount: number): { activeIndex: number; navigation: RowNavigation } {
  const [activeIndex, setActiveIndex] = useState(0);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const count = useRef(rowCount);
  useIsomorphicLayoutEffect(() => {
    count.current = rowCount;
  }, [rowCount]);
  // A shorter page than before keeps a valid active row.
  const active = Math.min(activeIndex, Math.max(0, rowCount - 1));

  const [navigation] = useState<RowNavigation>(() => {
    const focusRow = (index: number) => {
      const target = Math.min(Math.max(index, 0), count.current - 1);
      setActiveIndex(target);
      rows.current[target]?.focus();
    };
    return {
      register: (index, element) => {
        rows.current[index] = element;
      },
      onFocus: setActiveIndex,
      onKeyDown: (index, event, open) => {
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
            focusRow(count.current - 1);
            break;
          case 'Enter':
          case ' ':
            if (!onRow || !open) return;
            open();
            break;
          default:
            return;
        }
        event.preventDefault();
      },
    };
  });

  return { activeIndex: active, navigation };
}
