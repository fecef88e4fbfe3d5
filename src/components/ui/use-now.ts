'use client';
import { useSyncExternalStore } from 'react';
import { MINUTE_MS } from '../../core/time-units';

/**
 * One clock for every relative time on the page: it ticks once a minute, so "2 min ago" becomes
 * "3 min ago" by itself, and it stops while the page is hidden (a background tab does no work), then
 * ticks at once when the page shows again. Every component that reads it re-renders on the same tick.
 */
const listeners = new Set<() => void>();
let current = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  current = Date.now();
  for (const listener of listeners) listener();
}

/** Runs the minute timer while someone listens and the page is visible. */
function schedule() {
  const running = listeners.size > 0 && document.visibilityState !== 'hidden';
  if (running && timer === undefined) timer = setInterval(tick, MINUTE_MS);
  if (!running && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
}

function onVisibilityChange() {
  // Back in view after a while: show the time as it is now, then tick on from here.
  if (document.visibilityState !== 'hidden') tick();
  schedule();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) document.addEventListener('visibilitychange', onVisibilityChange);
  listeners.add(listener);
  // A first listener after a quiet spell starts from the current time, not the last tick's.
  if (listeners.size === 1) current = Date.now();
  schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) document.removeEventListener('visibilitychange', onVisibilityChange);
    schedule();
  };
}

const readClock = () => current;
/** For a pinned `now`: nothing to listen to. */
const subscribeNever = () => () => {};

/**
 * "Now", in ms since the epoch: the `now` prop when given (stories, tests and server-rendering hosts
 * pin it), otherwise the shared clock above, which moves once a minute while the page is visible.
 * On the server it is the time the module loaded; components show absolute times until hydration
 * (see `useHydrated`), so the two never have to agree.
 */
export function useNow(now?: number): number {
  const clock = useSyncExternalStore(now === undefined ? subscribe : subscribeNever, readClock, readClock);
  return now ?? clock;
}
