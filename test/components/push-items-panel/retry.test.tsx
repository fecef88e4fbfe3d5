import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SyncHealthError } from '../../../src/core/errors';
import { holdRetries, itemRows, panelAdapter, renderPanel, statusesByCoreId } from './support';

const BEFORE = { txn_001: 'success', txn_002: 'failed', cn_003: 'validationError', bill_004: 'success', txn_005: 'failed', bpay_006: 'success' };

async function readyPanel(options: Parameters<typeof panelAdapter>[0] = {}, props: Parameters<typeof renderPanel>[1] = {}) {
  const setup = panelAdapter(options);
  const view = renderPanel(setup.adapter, props);
  await waitFor(() => expect(itemRows(view.container)).toHaveLength(6));
  return { ...setup, ...view };
}

describe('PushItemsPanel: retrying failed items', () => {
  it('asks to confirm how many items will be retried, with focus in the confirmation', async () => {
    const user = userEvent.setup();
    const { retryPushItems } = await readyPanel();
    await user.click(screen.getByRole('button', { name: 'Retry failed items' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Retry 3 failed items?' });
    expect(dialog).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Retry 3 items' })).toBeInTheDocument();
    expect(retryPushItems).not.toHaveBeenCalled();
  });

  it('sends exactly one request for a double click on "Retry failed items" and a double click on the confirmation', async () => {
    const user = userEvent.setup();
    const { adapter } = panelAdapter();
    const held = holdRetries(adapter);
    const { container } = renderPanel(adapter);
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    await user.dblClick(screen.getByRole('button', { name: 'Retry failed items' }));
    await user.dblClick(screen.getByRole('button', { name: 'Retry 3 items' }));
    const running = screen.getByRole('button', { name: 'Retrying…' });
    expect(running).toHaveAttribute('aria-disabled', 'true');
    expect(running).toHaveFocus();
    await user.dblClick(running);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(container.querySelector('.sh-push-items-panel')).toHaveAttribute('data-retry', 'running');
    held.release();
    await screen.findByText('3 items retried: 3 pushed.');
    expect(held.retryPushItems).toHaveBeenCalledTimes(1);
    expect(held.retryPushItems).toHaveBeenCalledWith('sync-1', { itemIds: 'allFailed' }, expect.anything());
  });

  it('shows the new statuses after a successful retry without a reload, and announces the outcome', async () => {
    const user = userEvent.setup();
    const onRetryComplete = vi.fn();
    const { container } = await readyPanel({ options: { retry: { successRate: 1 } } }, { onRetryComplete });
    expect(statusesByCoreId(container)).toEqual(BEFORE);
    await user.click(screen.getByRole('button', { name: 'Retry failed items' }));
    await user.click(screen.getByRole('button', { name: 'Retry 3 items' }));
    const announcement = await screen.findByText('3 items retried: 3 pushed.');
    expect(announcement).toHaveAttribute('role', 'status');
    await waitFor(() => expect(Object.values(statusesByCoreId(container))).toEqual(Array(6).fill('success')));
    expect(screen.getByText('txn_002').closest('li')).toHaveTextContent('2 attempts');
    expect(container.querySelector('.sh-push-items-panel__summary')).toHaveTextContent('6 items: 6 pushed');
    expect(screen.getByRole('button', { name: 'Retry failed items' })).toHaveAttribute('aria-disabled', 'true');
    expect(onRetryComplete).toHaveBeenCalledWith({ retried: 3, succeeded: 3, failed: 0, pending: 0 });
  });

  it('never reads a retried item’s times as in the future, though "now" stays pinned before the retry', async () => {
    const user = userEvent.setup();
    const { container } = await readyPanel({ options: { retry: { successRate: 1 } } });
    await user.click(screen.getByRole('button', { name: 'Retry failed items' }));
    await user.click(screen.getByRole('button', { name: 'Retry 3 items' }));
    await waitFor(() => expect(screen.getByText('txn_002').closest('li')).toHaveTextContent('2 attempts'));
    const retried = screen.getByText('txn_002').closest('li') as HTMLElement;
    // The adapter completes a retried item up to 4.5 s after the pinned "now".
    expect(retried).toHaveTextContent(/Requested: now.*Completed: now/);
    for (const row of itemRows(container)) expect(row).not.toHaveTextContent(/\bin \d+ seconds?/);
  });

  it('says how many failed again when a retry partly fails', async () => {
    const user = userEvent.setup();
    await readyPanel({ options: { retry: { successRate: 0 } } });
    await user.click(screen.getByRole('button', { name: 'Retry failed items' }));
    await user.click(screen.getByRole('button', { name: 'Retry 3 items' }));
    expect(await screen.findByText('3 items retried: 0 pushed, 3 failed again.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('txn_002').closest('li')).toHaveTextContent('2 attempts'));
    expect(screen.getByRole('button', { name: 'Retry failed items' })).not.toHaveAttribute('aria-disabled');
  });

  it('leaves every item as it was and shows the error when the retry request fails, and retrying again works', async () => {
    const user = userEvent.setup();
    const { container, retryPushItems } = await readyPanel();
    const working = retryPushItems.getMockImplementation()!;
    retryPushItems.mockRejectedValueOnce(new SyncHealthError('network', 'HTTP 503 Service Unavailable'));
    await user.click(screen.getByRole('button', { name: 'Retry failed items' }));
    await user.click(screen.getByRole('button', { name: 'Retry 3 items' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The retry did not go through, so no item changed.');
    expect(alert).toHaveTextContent('HTTP 503 Service Unavailable');
    expect(statusesByCoreId(container)).toEqual(BEFORE);
    expect(container.querySelector('.sh-push-items-panel__summary')).toHaveTextContent('6 items: 2 failed · 1 validation error · 3 pushed');

    retryPushItems.mockImplementation(working);
    await user.click(screen.getByRole('button', { name: 'Retry failed items' }));
    await user.click(screen.getByRole('button', { name: 'Retry 3 items' }));
    await screen.findByText('3 items retried: 3 pushed.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(retryPushItems).toHaveBeenCalledTimes(2);
  });

  it('retries only the selected failed items', async () => {
    const user = userEvent.setup();
    const { container, retryPushItems } = await readyPanel();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    await user.click(screen.getByRole('checkbox', { name: 'Select txn_002 for retry' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select cn_003 for retry' }));
    expect(screen.getByText('txn_002').closest('li')).toHaveAttribute('data-selected');
    await user.click(screen.getByRole('button', { name: 'Retry selected (2)' }));
    expect(screen.getByRole('alertdialog', { name: 'Retry 2 failed items?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry 2 items' }));
    await screen.findByText('2 items retried: 2 pushed.');
    expect(retryPushItems).toHaveBeenCalledWith('sync-1', { itemIds: ['i2', 'i3'] }, expect.anything());
    await waitFor(() => expect(statusesByCoreId(container)).toEqual({ ...BEFORE, txn_002: 'success', cn_003: 'success' }));
    expect(screen.queryByRole('button', { name: /Retry selected/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByRole('checkbox')).not.toBeChecked();
  });

  it('keeps the selection when the retry request fails, and clears it on request', async () => {
    const user = userEvent.setup();
    const { retryPushItems } = await readyPanel();
    retryPushItems.mockRejectedValueOnce(new SyncHealthError('network', 'offline'));
    await user.click(screen.getByRole('checkbox', { name: 'Select txn_005 for retry' }));
    await user.click(screen.getByRole('button', { name: 'Retry selected (1)' }));
    await user.click(screen.getByRole('button', { name: 'Retry 1 item' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('checkbox', { name: 'Select txn_005 for retry' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('button', { name: /Retry selected/ })).not.toBeInTheDocument();
  });

  it('works by keyboard alone: select, open, confirm; Escape cancels and focus goes back', async () => {
    const user = userEvent.setup();
    const { retryPushItems } = await readyPanel();
    const checkbox = screen.getByRole('checkbox', { name: 'Select txn_002 for retry' });
    checkbox.focus();
    await user.keyboard(' ');
    expect(checkbox).toBeChecked();

    const retrySelected = screen.getByRole('button', { name: 'Retry selected (1)' });
    retrySelected.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alertdialog')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(retrySelected).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('alertdialog')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Retry 1 item' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText('1 item retried: 1 pushed.');
    expect(retryPushItems).toHaveBeenCalledTimes(1);
    expect(retryPushItems).toHaveBeenCalledWith('sync-1', { itemIds: ['i2'] }, expect.anything());
    expect(screen.getByRole('button', { name: 'Retry failed items' })).toHaveFocus();
  });

  it('cancels with the Cancel button, sending nothing', async () => {
    const user = userEvent.setup();
    const { retryPushItems } = await readyPanel();
    const trigger = screen.getByRole('button', { name: 'Retry failed items' });
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(retryPushItems).not.toHaveBeenCalled();
  });
});

describe('PushItemsPanel: when retry is offered', () => {
  it('disables "Retry failed items" and says why when nothing failed', async () => {
    const user = userEvent.setup();
    const { adapter, retryPushItems } = panelAdapter({ items: [], sync: { itemCounts: { failed: 0, validationError: 0, timedOut: 0, pending: 0, success: 4 } } });
    renderPanel(adapter);
    const button = await screen.findByRole('button', { name: 'Retry failed items' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('There are no failed items to retry.');
    await user.click(button);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(retryPushItems).not.toHaveBeenCalled();
  });

  it('does not offer retry for a Sync for Commerce sync, and says why', async () => {
    const { adapter } = panelAdapter({ sync: { product: 'commerce' } });
    const { container } = renderPanel(adapter);
    expect(await screen.findByText('Retry is available for Sync for Expenses syncs only.')).toBeInTheDocument();
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    expect(screen.queryByRole('button', { name: 'Retry failed items' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('follows the adapter’s own retry rule', async () => {
    const { adapter } = panelAdapter({ sync: { product: 'commerce' }, options: { canRetry: () => true, retry: { successRate: 1 } } });
    renderPanel(adapter);
    expect(await screen.findByRole('button', { name: 'Retry failed items' })).not.toHaveAttribute('aria-disabled');
  });

  it('says nothing about retrying when the adapter cannot retry at all', async () => {
    const { adapter } = panelAdapter({ options: { retry: false } });
    const { container } = renderPanel(adapter);
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    expect(screen.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Retry is/)).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
