'use client';
import { createContext, useContext } from 'react';
import type { SyncHealthAdapter } from '../adapters/contract';
import type { Formatters } from '../core/format';
import type { SyncHealthMessages } from './messages';
import type { SyncHealthKeys } from './query-keys';

/** What `SyncHealthProvider` gives the components below it. */
export interface SyncHealthContextValue {
  /** The host's adapter, wrapped so every answer is validated. */
  adapter: SyncHealthAdapter;
  /** Query keys scoped to this adapter. */
  keys: SyncHealthKeys;
  /** Formatters in the provider's locale and time zone. */
  formatters: Formatters;
  /** The messages, host overrides merged over the English defaults. */
  messages: SyncHealthMessages;
}

/** @internal */
export const SyncHealthContext = createContext<SyncHealthContextValue | null>(null);

/** The provider's values. Throws a clear error when a component is used outside `SyncHealthProvider`. */
export function useSyncHealth(): SyncHealthContextValue {
  const value = useContext(SyncHealthContext);
  if (!value) {
    throw new Error('react-sync-health: this component must be rendered inside <SyncHealthProvider adapter={…}>.');
  }
  return value;
}
