'use client';
import { createContext, useContext } from 'react';
import type { Formatters } from '../core/format';
import type { MessageOverrides } from './message-overrides';
import type { SyncHealthQueries } from './sync-health-queries';

/** What `SyncHealthProvider` gives the components below it. */
export interface SyncHealthContextValue {
  /** The query options of every adapter call, for the provider's adapter and scope. */
  queries: SyncHealthQueries;
  /** Formatters in the provider's locale and time zone. */
  formatters: Formatters;
  /** The host's overrides of user-visible text, as given; each component merges its own part over its defaults. */
  messageOverrides: MessageOverrides;
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
