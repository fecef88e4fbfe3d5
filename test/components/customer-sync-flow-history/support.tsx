import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { CustomerSyncHistoryAdapter } from '../../../src/adapters/contract';
import type { CustomerSync, Page } from '../../../src/core/model';
import type { CustomerSyncQuery } from '../../../src/core/query';
import { createFormatters } from '../../../src/core/format';
import { createTestQueryClient } from '../../support/render';

/** "Now" in these tests: two hours after the newest sync below ended. */
export const NOW = Date.parse('2026-11-22T12:00:00.000Z');

/** How en-GB writes the default sync's period, 1 to 22 November 2026 (Intl puts thin spaces around the dash). */
export const DEFAULT_PERIOD = createFormatters({ locale: 'en-GB', timeZone: 'UTC' }).dateRange({
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-11-23T00:00:00.000Z',
});

/** {@link DEFAULT_PERIOD} with its white space collapsed, as Testing Library's text queries see it. */
export const DEFAULT_PERIOD_TEXT = DEFAULT_PERIOD.replace(/\s+/g, ' ');

/** A customer sync, with any fields replaced. */
export function makeCustomerSync(overrides: Partial<CustomerSync> = {}): CustomerSync {
  return {
    id: 'sync-1',
    statusCode: 2000,
    startedAt: '2026-11-22T09:55:00.000Z',
    endedAt: '2026-11-22T10:00:00.000Z',
    dataRange: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' },
    messages: [],
    ...overrides,
  };
}

/** `count` successful daily syncs, newest first, the newest as {@link makeCustomerSync} makes it. */
export function dailySyncs(count: number, overrides: (index: number) => Partial<CustomerSync> = () => ({})): CustomerSync[] {
  return Array.from({ length: count }, (_, index) => {
    const day = (offset: number) => new Date(Date.parse('2026-11-22T00:00:00.000Z') - (index - offset) * 86_400_000).toISOString();
    return makeCustomerSync({
      id: `sync-${index + 1}`,
      startedAt: new Date(Date.parse('2026-11-22T09:55:00.000Z') - index * 86_400_000).toISOString(),
      endedAt: new Date(Date.parse('2026-11-22T10:00:00.000Z') - index * 86_400_000).toISOString(),
      dataRange: { from: day(0), to: day(1) },
      ...overrides(index),
    });
  });
}

/**
 * A customer adapter over a fixed list (newest first), answering pages as the contract says; `listSyncs`
 * is a spy. The list may hold anything a careless backend sends: the component must cope.
 */
export function fakeCustomerAdapter(syncs: unknown[], options: { totalCount?: boolean } = {}) {
  return {
    listSyncs: vi.fn(async ({ page }: CustomerSyncQuery): Promise<Page<CustomerSync>> => ({
      items: syncs.slice(page.index * page.size, (page.index + 1) * page.size) as CustomerSync[],
      pageIndex: page.index,
      pageSize: page.size,
      ...(options.totalCount === false ? {} : { totalCount: syncs.length }),
      hasNextPage: (page.index + 1) * page.size < syncs.length,
    })),
  } satisfies CustomerSyncHistoryAdapter;
}

/** Renders inside a host QueryClientProvider with a fresh client (no provider of ours). */
export function renderWithQueryClient(ui: ReactElement) {
  const queryClient = createTestQueryClient();
  return { ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>), queryClient };
}

/** The history's own items (not the lists of messages nested inside them). */
export function syncItems(container: HTMLElement = document.body): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('.sh-customer-sync-flow-history__list > li'));
}
