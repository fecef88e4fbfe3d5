'use client';
import { clsx } from 'clsx';
import { type ReactNode, useEffect, useRef } from 'react';

/** Props of {@link DetailsSheet}. */
export interface DetailsSheetProps {
  /** Whether the person opened the sync here (a click or Enter on its row), rather than a link. */
  openedHere: boolean;
  /** The details. */
  children: ReactNode;
  className?: string;
}

/**
 * The open sync's sheet: the height of the viewport over the right of the history (the whole screen
 * on a phone), scrolling by itself, so the history keeps its columns and the details start in view
 * however far down the page the row was.
 */
export function DetailsSheet({ openedHere, children, className }: DetailsSheetProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // The details take the focus as they mount (they have a close button). That is right when the
    // person opened the sync; on a deep link the focus stays where the page put it.
    const focused = document.activeElement;
    if (!openedHere && focused instanceof HTMLElement && ref.current?.contains(focused)) focused.blur();
  }, [openedHere]);
  return (
    <aside ref={ref} className={clsx('sh-dashboard__details', className)}>
      {children}
    </aside>
  );
}
