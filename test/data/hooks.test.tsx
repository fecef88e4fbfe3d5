import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SyncHealthAdapter } from '../../src/adapters/contract';
import type { SyncListQuery } from '../../src/core/query';
import { SyncHealthProvider } from '../../src/data/sync-health-provider';
import { useRetryPushItems } from '../../src/data/use-retry-push-items';
import { useSync } from '../../src/data/use-sync';
import { useSyncs } from '../../src/data/use-syncs';
import { fakeAdapter } from '../support/fake-adapter';
import { createTestQueryClient } from '../support/render';

function wrapperFor(adapter: SyncHealthAdapter, queryClient = createTestQueryClient()) {
  return ({ children }: { children: ReactNode }) => (
    <SyncHealthProvider adapter={adapter} queryClient={queryClient}>
      {children}
    </SyncHealthProvider>
  );
}

describe('data hooks', () => {
  it('cancels the request at the adapter when the query changes before it answers', async () => {
    const signals: AbortSignal[] = [];
    const adapter = fakeAdapter({
      listSyncs: vi.fn((_query: SyncListQuery, { signal }: { signal: AbortSignal }) => {
        signals.push(signal);
        return new Promise<never>(() => {});
      }),
    });
    const { rerender } = renderHook(({ search }) => useSyncs({ search, page: { index: 0, size: 10 } }), {
      wrapper: wrapperFor(adapter),
      initialProps: { search: 'a' },
    });
    await waitFor(() => expect(signals).toHaveLength(1));
    rerender({ search: 'ab' });
    await waitFor(() => expect(signals).toHaveLength(2));
    await waitFor(() => expect(signals[0]!.aborted).toBe(true));
    expect(signals[1]!.aborted).toBe(false);
  });

  it('asks the adapter once for a page, and has its rows as soon as it answers', async () => {
    const adapter = fakeAdapter();
    const { result } = renderHook(() => useSyncs({ page: { index: 0, size: 10 } }), { wrapper: wrapperFor(adapter) });
    await waitFor(() => expect(result.current.data?.items.length).toBeGreaterThan(0));
    expect(adapter.listSyncs).toHaveBeenCalledTimes(1);
    expect(result.current.isPlaceholderData).toBe(false);
  });

  it('does not ask for a page while it is held', async () => {
    const adapter = fakeAdapter();
    const { result } = renderHook(() => useSyncs({ page: { index: 0, size: 10 } }, { enabled: false }), { wrapper: wrapperFor(adapter) });
    await act(async () => {});
    expect(adapter.listSyncs).not.toHaveBeenCalled();
    expect(result.current.fetchStatus).toBe('idle');
  });

  it('asks once for the same data however many components want it', async () => {
    const adapter = fakeAdapter();
    const wrapper = wrapperFor(adapter);
    renderHook(() => [useSync('sync-1'), useSync('sync-1')], { wrapper });
    await waitFor(() => expect(adapter.getSync).toHaveBeenCalledTimes(1));
  });

  it('does not fetch a sync before there is an ID', () => {
    const adapter = fakeAdapter();
    renderHook(() => useSync(undefined), { wrapper: wrapperFor(adapter) });
    expect(adapter.getSync).not.toHaveBeenCalled();
  });

  it('sends one retry request however often retry is pressed while it runs, then refreshes the sync', async () => {
    let finish: (value: { retried: number; succeeded: number; failed: number; pending: number }) => void = () => {};
    const retryPushItems = vi.fn(() => new Promise<{ retried: number; succeeded: number; failed: number; pending: number }>((resolve) => (finish = resolve)));
    const adapter = fakeAdapter({ retryPushItems });
    const { result } = renderHook(() => ({ retry: useRetryPushItems('sync-1'), sync: useSync('sync-1') }), {
      wrapper: wrapperFor(adapter),
    });
    await waitFor(() => expect(result.current.sync.isSuccess).toBe(true));
    act(() => {
      result.current.retry.retry({ itemIds: 'allFailed' });
      result.current.retry.retry({ itemIds: 'allFailed' });
    });
    act(() => result.current.retry.retry({ itemIds: 'allFailed' }));
    await waitFor(() => expect(retryPushItems).toHaveBeenCalled());
    expect(retryPushItems).toHaveBeenCalledTimes(1);
    await act(async () => finish({ retried: 3, succeeded: 2, failed: 1, pending: 0 }));
    await waitFor(() => expect(result.current.retry.data).toEqual({ retried: 3, succeeded: 2, failed: 1, pending: 0 }));
    await waitFor(() => expect(adapter.getSync).toHaveBeenCalledTimes(2));
    act(() => result.current.retry.retry({ itemIds: ['item-1'] }));
    await waitFor(() => expect(retryPushItems).toHaveBeenCalledTimes(2));
  });

  it('reports a retry that the adapter cannot do', async () => {
    const { result } = renderHook(() => useRetryPushItems('sync-1'), { wrapper: wrapperFor(fakeAdapter()) });
    act(() => result.current.retry({ itemIds: 'allFailed' }));
    await waitFor(() => expect(result.current.error).toMatchObject({ kind: 'unsupported' }));
  });
});
