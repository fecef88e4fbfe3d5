'use client';
/**
 * A string kept in `localStorage` under a host-chosen key, read through `useSyncExternalStore` so
 * that server rendering and hydration see "nothing stored" and the browser then shows the stored
 * value. Storage that is missing, full or forbidden (private windows, sandboxed iframes) never
 * breaks anything: the value then lives in memory for the page's lifetime.
 */
import { useSyncExternalStore } from 'react';

const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored string, or `null`. */
export function readPreference(key: string): string | null {
  const remembered = memory.get(key);
  if (remembered !== undefined) return remembered;
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores a string (in memory at least) and tells every reader. */
export function writePreference(key: string, value: string): void {
  memory.set(key, value);
  try {
    browserStorage()?.setItem(key, value);
  } catch {
    // Quota exceeded or storage forbidden: the in-memory copy still serves this page.
  }
  for (const listener of listeners) listener();
}

function onStorageEvent(event: StorageEvent): void {
  // Another tab changed it: forget our copy so the new value is read.
  if (event.key === null) memory.clear();
  else memory.delete(event.key);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorageEvent);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorageEvent);
  };
}

const nothingStored = () => null;

/** The string stored under `key` (`null` when there is none, no key, or during server rendering). */
export function useStoredPreference(key: string | undefined): string | null {
  return useSyncExternalStore(subscribe, key ? () => readPreference(key) : nothingStored, nothingStored);
}
