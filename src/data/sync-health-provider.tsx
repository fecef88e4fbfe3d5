'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useMemo, useState } from 'react';
import type { SyncHealthAdapter } from '../adapters/contract';
import { createFormatters } from '../core/format';
import { SyncHealthContext, type SyncHealthContextValue } from './context';
import { type MessageOverrides, NO_MESSAGE_OVERRIDES } from './message-overrides';
import { createDefaultQueryClient } from './query-client';
import { DEFAULT_QUERY_SCOPE } from './query-keys';
import { syncHealthQueries } from './sync-health-queries';

/** Props of {@link SyncHealthProvider}. */
export interface SyncHealthProviderProps {
  /** Where the data comes from: the in-memory adapter, the HTTP or Codat adapter, or your own. */
  adapter: SyncHealthAdapter;
  /**
   * The second element of every query key (`['react-sync-health', scope, call, args]`). Keys carry
   * no trace of the adapter object, so a server-side prefetch is found in the browser: give each
   * adapter on a page its own scope, and change the scope when the adapter starts to see other data
   * (another signed-in user), or clear the cache then.
   * @default 'default'
   */
  queryScope?: string;
  /**
   * The host's TanStack Query client. Default: the client of an enclosing `QueryClientProvider` when
   * there is one, otherwise a client the provider creates for itself.
   */
  queryClient?: QueryClient;
  /**
   * BCP 47 locale for dates and numbers, e.g. `en-GB`. Default: the runtime's (on a server, often
   * `en-US`: pass the user's locale when rendering on the server).
   */
  locale?: string;
  /**
   * IANA time zone in which times are shown and days counted, e.g. `Europe/London`. Default: the
   * runtime's (on a server, often `UTC`: pass the user's time zone when rendering on the server).
   */
  timeZone?: string;
  /**
   * Overrides of any user-visible text (English by default): shared words at the top level, each
   * component's under its key. Typed in full by `SyncHealthMessagesOverride`.
   */
  messages?: SyncHealthProviderMessages;
  /**
   * How long (ms) one adapter call may take before it fails with a `network` error ("The server did
   * not answer within 30 seconds.") and its `ctx.signal` aborts, so no panel loads forever on a
   * backend that hangs. `0` turns the limit off.
   * @default 30000
   */
  requestTimeoutMs?: number;
  /** The components that use the data. */
  children?: ReactNode;
}

/** The provider's `messages`: see `SyncHealthMessagesOverride` for every part's type. */
export type SyncHealthProviderMessages = MessageOverrides;

/**
 * Gives the components below it their adapter's queries, query client, locale, time zone and
 * messages. Wrap the part of your app that shows sync health in one provider.
 */
export function SyncHealthProvider({
  adapter,
  queryScope = DEFAULT_QUERY_SCOPE,
  queryClient,
  locale,
  timeZone,
  messages = NO_MESSAGE_OVERRIDES,
  requestTimeoutMs,
  children,
}: SyncHealthProviderProps) {
  const enclosingClient = useContext(QueryClientContext);
  // Made once and kept, so a host that later drops its client does not lose the cache twice.
  const [ownClient] = useState(createDefaultQueryClient);
  const client = queryClient ?? enclosingClient ?? ownClient;

  const formatters = useMemo(() => createFormatters({ locale, timeZone }), [locale, timeZone]);
  const queries = useMemo(() => syncHealthQueries(adapter, { scope: queryScope, requestTimeoutMs }), [adapter, queryScope, requestTimeoutMs]);
  const value = useMemo<SyncHealthContextValue>(() => ({ queries, formatters, messageOverrides: messages }), [queries, formatters, messages]);

  const content = <SyncHealthContext.Provider value={value}>{children}</SyncHealthContext.Provider>;
  return client === enclosingClient ? content : <QueryClientProvider client={client}>{content}</QueryClientProvider>;
}
