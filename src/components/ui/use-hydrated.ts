'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Whether this render may show what only the browser knows, such as "now": `false` on the server and
 * during hydration (so the first client render matches the server HTML), `true` from then on, and
 * `true` at once in a client-only render. `useSyncExternalStore`'s server snapshot gives exactly this
 * without an effect and a second render on every mount.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
