'use client';
import { type RefObject, useEffect } from 'react';

/**
 * While `active`, moves focus to `target` when the component mounts and gives it back to whatever had
 * it before when the component unmounts (as a drawer or side panel should).
 */
export function useFocusWhileOpen(target: RefObject<HTMLElement | null>, active: boolean) {
  useEffect(() => {
    if (!active) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    target.current?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, [active, target]);
}
