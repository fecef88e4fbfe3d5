import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import type { PushItemStatus } from '../../../src/core/model';
import { renderWithProvider } from '../../support/render';
import { itemRows, NOW, panelAdapter, renderPanel } from './support';

const coreIds = (container: HTMLElement) =>
  itemRows(container).map((row) => row.querySelector('.sh-push-items-panel__core-id')?.textContent);

describe('PushItemsPanel: search and status filter', () => {
  it('searches by core ID through the adapter, and announces how many items match', async () => {
    const user = userEvent.setup();
    const { adapter, listPushItems } = panelAdapter();
    const { container } = renderPanel(adapter);
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    await user.type(screen.getByRole('searchbox', { name: 'Search items' }), 'txn_00{Enter}');
    await waitFor(() => expect(coreIds(container)).toEqual(['txn_001', 'txn_002', 'txn_005']));
    expect(listPushItems).toHaveBeenLastCalledWith('sync-1', { search: 'txn_00', page: { index: 0, size: 100 } }, expect.anything());
    expect(screen.getByText('3 matching items')).toHaveAttribute('role', 'status');
  });

  it('finds a data type by the words shown for it', async () => {
    const user = userEvent.setup();
    const { adapter, listPushItems } = panelAdapter();
    const { container } = renderPanel(adapter);
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    await user.type(screen.getByRole('searchbox', { name: 'Search items' }), 'Credit notes{Enter}');
    await waitFor(() => expect(coreIds(container)).toEqual(['cn_003']));
    expect(listPushItems).toHaveBeenLastCalledWith('sync-1', expect.objectContaining({ search: 'creditnotes' }), expect.anything());
  });

  it('filters by several statuses at once with toggle buttons that show their counts', async () => {
    const user = userEvent.setup();
    const { adapter, listPushItems } = panelAdapter();
    const { container } = renderPanel(adapter);
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    const group = screen.getByRole('group', { name: 'Filter by status' });
    expect(group).toBeInTheDocument();
    const failed = screen.getByRole('button', { name: 'Failed 2' });
    const validation = screen.getByRole('button', { name: 'Validation error 1' });
    expect(screen.queryByRole('button', { name: /Timed out/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(failed);
    await user.click(validation);
    expect(failed).toHaveAttribute('aria-pressed', 'true');
    expect(validation).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(coreIds(container)).toEqual(['txn_002', 'cn_003', 'txn_005']));
    expect(listPushItems).toHaveBeenLastCalledWith('sync-1', expect.objectContaining({ statuses: ['failed', 'validationError'] }), expect.anything());

    await user.click(failed);
    await waitFor(() => expect(coreIds(container)).toEqual(['cn_003']));
    await user.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
  });

  it('says when nothing matches, and clears the search and filter in one go', async () => {
    const user = userEvent.setup();
    const { adapter } = panelAdapter();
    const { container } = renderPanel(adapter, { defaultSearch: 'nothing-like-this', defaultStatuses: ['failed'] });
    expect(await screen.findByText('No items match your search and filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    expect(screen.getByRole('searchbox', { name: 'Search items' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('follows controlled search and statuses, and reports changes', async () => {
    const user = userEvent.setup();
    const onSearchChange = vi.fn();
    const onStatusesChange = vi.fn();
    const { adapter } = panelAdapter();
    function Host() {
      const [statuses, setStatuses] = useState<PushItemStatus[]>(['success']);
      return (
        <PushItemsPanel
          syncId="sync-1"
          now={NOW}
          search="b"
          onSearchChange={onSearchChange}
          statuses={statuses}
          onStatusesChange={(next) => {
            onStatusesChange(next);
            setStatuses(next);
          }}
        />
      );
    }
    const { container } = renderWithProvider(<Host />, { adapter });
    await waitFor(() => expect(coreIds(container)).toEqual(['bill_004', 'bpay_006']));
    await user.click(screen.getByRole('button', { name: 'Failed 2' }));
    expect(onStatusesChange).toHaveBeenLastCalledWith(['failed', 'success']);
    await waitFor(() => expect(coreIds(container)).toEqual(['bill_004', 'bpay_006']));
    await user.type(screen.getByRole('searchbox', { name: 'Search items' }), 'x{Enter}');
    expect(onSearchChange).toHaveBeenLastCalledWith('bx');
    expect(coreIds(container)).toEqual(['bill_004', 'bpay_006']);
  });

  it('ignores statuses it does not know instead of sending them', async () => {
    const { adapter, listPushItems } = panelAdapter();
    const { container } = renderPanel(adapter, { defaultStatuses: ['failed', 'exploded' as PushItemStatus] });
    await waitFor(() => expect(itemRows(container)).toHaveLength(2));
    expect(listPushItems).toHaveBeenLastCalledWith('sync-1', expect.objectContaining({ statuses: ['failed'] }), expect.anything());
  });
});
