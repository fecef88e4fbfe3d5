'use client';
import { useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/**
 * A function that keeps its identity for the component's lifetime and always calls the latest
 * `callback`, so a host's inline `onSyncOpen={(sync) => …}` does not make every row render again.
 * Call it from event handlers only (not during render).
 */
export function useStableCallback<Args extends unknown[], Result>(callback: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(callback);
  useIsomorphicLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
