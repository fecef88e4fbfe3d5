import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../src/adapters/in-memory';
import { SyncHistoryTable } from '../../src/components/sync-history-table/sync-history-table';
import { DEFAULT_SYNC_SORT, type SyncListQuery } from '../../src/core/query';
import { syncHealthQueries } from '../../src/data/sync-health-queries';
import { SyncHealthProvider } from '../../src/data/sync-health-provider';
import { fakeAdapter } from '../support/fake-adapter';
import { createTestQueryClient } from '../support/render';

const dataset = generateDemoDataset({ seed: 11, syncs: 120 });
/** The query a SyncHistoryTable with default props asks for first. */
const FIRST_PAGE: SyncListQuery = { sort: DEFAULT_SYNC_SORT, page: { index: 0, size: 50 } };

describe('syncHealthQueries', () => {
  it('keys every call ["react-sync-health", scope, call, args], with no trace of the adapter object', () => {
    const one = syncHealthQueries(fakeAdapter());
    const another = syncHealthQueries(fakeAdapter());
    expect(one.listSyncs(FIRST_PAGE).queryKey).toEqual(['react-sync-health', 'default', 'listSyncs', FIRST_PAGE]);
    expect(another.listSyncs(FIRST_PAGE).queryKey).toEqual(one.listSyncs(FIRST_PAGE).queryKey);
    expect(one.getSync('s-1').queryKey).toEqual(['react-sync-health', 'default', 'getSync', { syncId: 's-1' }]);
    expect(one.listPushItems('s-1', { page: { index: 2, size: 100 } }).queryKey).toEqual([
      'react-sync-health',
      'default',
      'listPushItems',
      { syncId: 's-1', query: { page: { index: 2, size: 100 } } },
    ]);
    expect(syncHealthQueries(fakeAdapter(), { scope: 'eu' }).getSyncTotals({ bucket: 'day' }).queryKey).toEqual([
      'react-sync-health',
      'eu',
      'getSyncTotals',
      { bucket: 'day' },
    ]);
  });

  it('fetches through the validated adapter: a malformed answer is an invalidResponse error', async () => {
    const queries = syncHealthQueries(fakeAdapter({ getSync: async () => ({ id: 42 }) as never }));
    await expect(createTestQueryClient().fetchQuery(queries.getSync('s-1'))).rejects.toMatchObject({ kind: 'invalidResponse' });
  });

  it('narrows invalidation to one sync: keyOf("listPushItems", { syncId }) matches every page of that sync only', async () => {
    const client = createTestQueryClient();
    const queries = syncHealthQueries(fakeAdapter());
    await client.prefetchQuery(queries.listPushItems('a', { page: { index: 0, size: 10 } }));
    await client.prefetchQuery(queries.listPushItems('a', { page: { index: 1, size: 10 } }));
    await client.prefetchQuery(queries.listPushItems('b', { page: { index: 0, size: 10 } }));
    const matched = client.getQueryCache().findAll({ queryKey: queries.keyOf('listPushItems', { syncId: 'a' }) });
    expect(matched.map((query) => (query.queryKey[3] as { query: { page: { index: number } } }).query.page.index).sort()).toEqual([0, 1]);
  });

  it('reports an adapter without retry as unsupported instead of calling it', async () => {
    const queries = syncHealthQueries(fakeAdapter());
    expect(queries.canRetryPushItems).toBe(false);
    await expect(queries.retryPushItems('s-1').mutationFn({ itemIds: 'allFailed' })).rejects.toMatchObject({ kind: 'unsupported' });
  });
});

describe('a page prefetched on the server and hydrated in the browser', () => {
  it('shows the prefetched rows without asking the browser’s adapter for them again', async () => {
    // The server: its own adapter object and client, as in a Server Component.
    const serverClient = new QueryClient();
    await serverClient.prefetchQuery(syncHealthQueries(createInMemoryAdapter(dataset)).listSyncs(FIRST_PAGE));
    const state = JSON.parse(JSON.stringify(dehydrate(serverClient))) as ReturnType<typeof dehydrate>;

    // The browser: another adapter object over the same data, watched.
    const browserAdapter = createInMemoryAdapter(dataset);
    const listSyncs = vi.spyOn(browserAdapter, 'listSyncs');
    render(
      <SyncHealthProvider adapter={browserAdapter} queryClient={createTestQueryClient()} locale="en-GB" timeZone="UTC">
        <HydrationBoundary state={state}>
          <SyncHistoryTable />
        </HydrationBoundary>
      </SyncHealthProvider>,
    );
    const newest = [...dataset.syncs].sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id))[0]!;
    const table = screen.getByRole('table');
    // On the first render, before any request could have answered.
    expect(within(table).getAllByText(newest.id.slice(0, 8), { exact: false }).length).toBeGreaterThan(0);
    await waitFor(() => expect(listSyncs).toHaveBeenCalled());
    // Only the next page is fetched ahead; the first one came from the server.
    expect(listSyncs.mock.calls.map(([query]) => query.page.index)).not.toContain(0);
  });
});
