import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { SyncHealthAdapter } from '../../src/adapters/contract';
import { SyncHealthProvider, type SyncHealthProviderProps } from '../../src/data/sync-health-provider';
import { fakeAdapter } from './fake-adapter';

/** A fresh client per test, without retries, so failures show at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

/** Renders inside a `SyncHealthProvider` with a fresh client (and a fake adapter unless one is given). */
export function renderWithProvider(
  ui: ReactElement,
  options: Partial<Omit<SyncHealthProviderProps, 'children'>> & { adapter?: SyncHealthAdapter } = {},
) {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const adapter = options.adapter ?? fakeAdapter();
  const props = { locale: 'en-GB', timeZone: 'UTC', ...options, adapter, queryClient };
  const result = render(<SyncHealthProvider {...props}>{ui}</SyncHealthProvider>);
  return {
    ...result,
    adapter,
    queryClient,
    rerenderWithProvider: (next: ReactElement) => result.rerender(<SyncHealthProvider {...props}>{next}</SyncHealthProvider>),
  };
}
