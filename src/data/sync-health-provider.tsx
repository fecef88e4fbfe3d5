'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useMemo, useState } from 'react';
import type { SyncHealthAdapter } from '../adapters/contract';
import { withValidation } from '../adapters/validating-adapter';
import { createFormatters } from '../core/format';
import { SyncHealthContext, type SyncHealthContextValue } from './context';
import { mergeMessages, type SyncHealthMessagesOverride } from './messages';
import { adapterScope, syncHealthKeys } from './query-keys';
import { createDefaultQueryClient } from './query-options';

/** Props of {@link SyncHealthProvider}. */
export interface SyncHealthProviderProps {
  /** Where the data comes from: the in-memory adapter, the HTTP or Codat adapter, or your own. */
  adapter: SyncHealthAdapter;
  /**
   * The host's TanStack Query client. Default: the client of an enclosing `QueryClientProvider` when
   * there is one, otherwise a client the provider creates for itself.
   */
  queryClient?: QueryClient;
  /** BCP 47 locale for dates and numbers, e.g. `en-GB`. Default: the browser's. */
  locale?: string;
  /** IANA time zone in which times are shown, e.g. `Europe/London`. Default: the browser's. */
  timeZone?: string;
  /** Overrides of any user-visible text (English by default). */
  messages?: SyncHealthMessagesOverride;
  /**
   * How long (ms) one adapter call may take before it fails with a `network` error ("The server did
   * not answer within 30 seconds.") and its `ctx.signal` aborts, so no panel loads forever on a
   * backend that hangs. `0` turns the limit off. Default 30 000 (30 s).
   */
  requestTimeoutMs?: number;
  /** The components that use the data. */
  children?: ReactNode;
}

/**
 * Gives the components below it their adapter, query client, locale, time zone and messages. Wrap the
 * part of your app that shows sync health in one provider.
 */
export function SyncHealthProvider({ adapter, queryClient, locale, timeZone, messages, requestTimeoutMs, children }: SyncHealthProviderProps) {
  const enclosingClient = useContext(QueryClientContext);
  // Made once and kept, so a host that later drops its client does not lose the cache twice.
  const [ownClient] = useState(createDefaultQueryClient);
  const client = queryClient ?? enclosingClient ?? ownClient;

  const formatters = useMemo(() => createFormatters({ locale, timeZone }), [locale, timeZone]);
  const mergedMessages = useMemo(() => mergeMessages(messages), [messages]);
  const value = useMemo<SyncHealthContextValue>(() => {
    const validated = withValidation(adapter, { requestTimeoutMs });
    return { adapter: validated, keys: syncHealthKeys(adapterScope(adapter)), formatters, messages: mergedMessages };
  }, [adapter, requestTimeoutMs, formatters, mergedMessages]);

  const content = <SyncHealthContext.Provider value={value}>{children}</SyncHealthContext.Provider>;
  return client === enclosingClient ? content : <QueryClientProvider client={client}>{content}</QueryClientProvider>;
}
