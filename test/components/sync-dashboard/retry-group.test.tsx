import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RetryOutcome, RetryRequest } from '../../../src/core/query';
import { RetryGroupBar } from '../../../src/components/sync-dashboard/retry-group-bar';
import { fakeAdapter } from '../../support/fake-adapter';
import { makeSync } from '../../support/fixtures';
import { renderWithProvider } from '../../support/render';

const failedItems = { pending: 0, success: 3, failed: 2, timedOut: 0, validationError: 0 };
/** 14 syncs of an error group with failed items, 3 without, and 2 the adapter's rule refuses to retry. */
const syncs = [
  ...Array.from({ length: 14 }, (_, index) => makeSync({ id: `sync-${index + 1}`, product: 'expenses', itemCounts: failedItems })),
  ...Array.from({ length: 3 }, (_, index) => makeSync({ id: `clean-${index + 1}`, product: 'expenses', itemCounts: { ...failedItems, failed: 0 } })),
  ...Array.from({ length: 2 }, (_, index) => makeSync({ id: `refused-${index + 1}`, product: 'commerce', itemCounts: failedItems })),
];

function renderBar(retryPushItems: (syncId: string, request: RetryRequest) => Promise<RetryOutcome>) {
  const retry = vi.fn(retryPushItems);
  const adapter = { ...fakeAdapter({ retryPushItems: retry, canRetry: (sync) => sync.product === 'expenses' }, syncs), retryPushItems: retry };
  renderWithProvider(
    <StrictMode>
      <RetryGroupBar filter={{ errorTemplate: 'Supplier {number} does not exist' }} />
    </StrictMode>,
    { adapter },
  );
  return adapter;
}

describe('Retrying the failed items of an error group’s syncs', () => {
  it('finds the 14 syncs with failed items it may retry, and sends exactly one request per sync under a double click', async () => {
    const user = userEvent.setup();
    const adapter = renderBar(async () => ({ retried: 2, succeeded: 2, failed: 0, pending: 0 }));
    await user.dblClick(screen.getByRole('button', { name: 'Retry failed items of these syncs…' }));
    const confirm = await screen.findByRole('button', { name: 'Retry failed items in 14 syncs' });
    expect(screen.getByText('Retry the failed items of 14 syncs? Each sync’s failed items are pushed again.')).toBeInTheDocument();
    expect(adapter.listSyncs).toHaveBeenCalledWith(expect.objectContaining({ errorTemplate: 'Supplier {number} does not exist' }), expect.anything());
    await user.dblClick(confirm);
    await screen.findByText('Retried 14 syncs: 0 still have failed items, 0 could not be retried.');
    expect(adapter.retryPushItems).toHaveBeenCalledTimes(14);
    const retried = adapter.retryPushItems.mock.calls.map(([syncId]) => syncId);
    expect(new Set(retried)).toEqual(new Set(syncs.slice(0, 14).map((sync) => sync.id)));
    expect(adapter.retryPushItems.mock.calls.every(([, request]) => request.itemIds === 'allFailed')).toBe(true);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(14);
  });

  it('reports each sync’s outcome, goes on after one fails, and stops starting new ones once cancelled', async () => {
    const user = userEvent.setup();
    let release: () => void = () => {};
    const adapter = renderBar(async (syncId) => {
      if (syncId === 'sync-2') throw new Error('HTTP 500');
      if (syncId === 'sync-3') return { retried: 2, succeeded: 1, failed: 1, pending: 0 };
      if (syncId === 'sync-4') await new Promise<void>((resolve) => (release = resolve));
      return { retried: 2, succeeded: 2, failed: 0, pending: 0 };
    });
    await user.click(screen.getByRole('button', { name: 'Retry failed items of these syncs…' }));
    await user.click(await screen.findByRole('button', { name: 'Retry failed items in 14 syncs' }));
    await screen.findByText('Retried 3 of 14 syncs…');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    release();
    await screen.findByText(/Retried 4 syncs: 1 still has failed items, 1 could not be retried\. Cancelled/);
    expect(adapter.retryPushItems).toHaveBeenCalledTimes(4);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-outcome'))).toEqual(['succeeded', 'error', 'failed', 'succeeded']);
    expect(items[1]).toHaveTextContent('could not be retried');
    expect(items[2]).toHaveTextContent('1 of 2 items pushed');
  });

  it('says so when no sync of the group can be retried', async () => {
    const user = userEvent.setup();
    const retryPushItems = vi.fn();
    renderWithProvider(<RetryGroupBar filter={{ errorTemplate: 'x' }} />, { adapter: fakeAdapter({ retryPushItems, canRetry: () => false }, syncs) });
    await user.click(screen.getByRole('button', { name: 'Retry failed items of these syncs…' }));
    await screen.findByText('None of these syncs has failed items that can be retried.');
    expect(screen.queryByRole('button', { name: /Retry failed items in/ })).not.toBeInTheDocument();
    await waitFor(() => expect(retryPushItems).not.toHaveBeenCalled());
  });
});
