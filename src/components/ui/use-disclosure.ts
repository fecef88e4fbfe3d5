'use client';
/**
 * A button that shows and hides a panel next to it (the status filter, the column menu), as the
 * WAI-ARIA disclosure pattern: `aria-expanded` on the button, the panel right after it in the Tab
 * order. Escape closes it and puts focus back on the button; so does a click outside or focus
 * moving elsewhere.
 */
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** Open state and the props for the wrapper, the button and the panel. */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  // A panel that would stick out of the window is aligned with the other edge of its button. Panels
  // keep their width while open (the status filter's is fixed, so its counts arriving do not widen it).
  useIsomorphicLayoutEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    panel.removeAttribute('data-align');
    const { left, right } = panel.getBoundingClientRect();
    if (right > document.documentElement.clientWidth) panel.setAttribute('data-align', 'end');
    else if (left < 0) panel.setAttribute('data-align', 'start');
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  return {
    open,
    close,
    wrapperProps: {
      ref: wrapperRef,
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        close(true);
      },
      onBlur: (event: FocusEvent) => {
        // Only a move to somewhere else on the page closes it; a click on the panel's background does not.
        const next = event.relatedTarget as Node | null;
        if (open && next && !wrapperRef.current?.contains(next)) setOpen(false);
      },
    },
    buttonProps: {
      ref: buttonRef,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen((previous) => !previous),
    },
    panelProps: { ref: panelRef, id: panelId, hidden: !open },
  };
}
