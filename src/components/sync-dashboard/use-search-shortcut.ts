'use client';
import { type RefObject, useEffect } from 'react';

/** Whether a key press goes to something the person types in (a field, a list, editable text). */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (target as Element | null)?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])') != null;
}

/**
 * "/" anywhere on the page, except while typing, focuses the first search box inside `root` (the
 * filter bar's), as it does on many sites with a search.
 */
export function useSearchShortcut(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const search = root.current?.querySelector<HTMLInputElement>('input[type="search"]');
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || !search || isTypingTarget(event.target)) return;
      event.preventDefault();
      search.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [root]);
}
