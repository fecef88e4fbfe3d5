'use client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { SyncHealthProvider } from 'react-sync-health';
import { createDemoAdapter, LOCALE, TIME_ZONE } from './demo';

/**
 * The browser's side of the data: one QueryClient per browser session (made once in state, not at
 * module level, so that server renders of different requests never share a cache), and the provider
 * with its adapter, locale and time zone. The server page's prefetched queries reach this client
 * through `HydrationBoundary`.
 */
export function Providers({ children }: { children: ReactNode }) {
  // Prefetched data counts as fresh for a minute, so hydration does not refetch it at once.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }));
  const [adapter] = useState(createDemoAdapter);
  return (
    <QueryClientProvider client={queryClient}>
      <SyncHealthProvider adapter={adapter} locale={LOCALE} timeZone={TIME_ZONE}>
        {children}
      </SyncHealthProvider>
    </QueryClientProvider>
  );
}
