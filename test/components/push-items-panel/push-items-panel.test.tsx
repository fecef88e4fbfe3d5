import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SyncHealthError } from '../../../src/core/errors';
import { makePushItem } from '../../support/fixtures';
import { itemRows, panelAdapter, renderPanel } from './support';

describe('PushItemsPanel: what it shows', () => {
  it('sums up the sync’s items per status and lists each item with its core ID, data type in words and status', async () => {
    const { adapter } = panelAdapter();
    const { container } = renderPanel(adapter);
    expect(await screen.findByText(/3 pushed/)).toHaveTextContent('6 items: 2 failed · 1 validation error · 3 pushed');
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    const list = screen.getByRole('list', { name: 'Push items' });
    const creditNote = within(list).getByText('cn_003').closest('li') as HTMLElement;
    expect(creditNote).toHaveTextContent('Credit notes');
    expect(creditNote).toHaveTextContent('Validation error');
    expect(creditNote).toHaveAttribute('aria-posinset', '3');
    expect(creditNote).toHaveAttribute('aria-setsize', '6');
    expect(within(list).getByText('cn_003').closest('li')).toHaveAttribute('data-status', 'validationError');
  });

  it('shows how many attempts an item had once it was retried, and its times with their meaning', async () => {
    const { adapter } = panelAdapter();
    renderPanel(adapter);
    const bill = (await screen.findByText('bill_004')).closest('li') as HTMLElement;
    expect(bill).toHaveTextContent('3 attempts');
    expect(bill).toHaveTextContent(/Requested: .*Completed: /);
    const first = screen.getByText('txn_001').closest('li') as HTMLElement;
    expect(first).not.toHaveTextContent('attempts');
  });

  it('says an item has not completed while it is pending', async () => {
    const { adapter } = panelAdapter({ items: [makePushItem({ id: 'p', coreId: 'txn_p', status: 'pending', completedAt: undefined, errorMessage: undefined })] });
    renderPanel(adapter);
    expect((await screen.findByText('txn_p')).closest('li')).toHaveTextContent('Not completed yet');
  });

  it('expands an item to show its error, the guidance for a known error, and its validation messages', async () => {
    const user = userEvent.setup();
    const { adapter } = panelAdapter({
      items: [
        makePushItem({
          id: 'a',
          coreId: 'txn_a',
          errorMessage: 'Supplier does not exist.',
          validationErrors: [{ message: 'Supplier 12 does not exist', validatorName: 'SupplierValidator' }],
          validationWarnings: [{ message: 'Tracking category missing' }],
        }),
      ],
    });
    renderPanel(adapter);
    const toggle = await screen.findByRole('button', { name: 'Details of txn_a' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') as string) as HTMLElement;
    expect(details).toHaveTextContent('Supplier does not exist.');
    expect(details).toHaveTextContent('What fixes it');
    expect(details).toHaveTextContent('Supplier 12 does not exist (SupplierValidator)');
    expect(details).toHaveTextContent('Tracking category missing');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(details).not.toBeInTheDocument();
    expect(screen.queryByText('Tracking category missing')).not.toBeInTheDocument();
  });

  it('offers no details button for an item with nothing to tell', async () => {
    const { adapter } = panelAdapter();
    renderPanel(adapter);
    await screen.findByText('txn_001');
    expect(screen.queryByRole('button', { name: 'Details of txn_001' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Details of bpay_006' })).toBeInTheDocument();
  });

  it('renders text from the backend as text, never as HTML', async () => {
    const user = userEvent.setup();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const { adapter } = panelAdapter({
      items: [makePushItem({ id: 'h', coreId: '<b>bold</b>', dataType: '<i>type</i>', errorMessage: hostile, validationErrors: [{ message: hostile }] })],
    });
    const { container } = renderPanel(adapter);
    await user.click(await screen.findByRole('button', { name: 'Details of <b>bold</b>' }));
    // In the row (the reason), and in the details (the error and the validation error).
    expect(screen.getAllByText(hostile)).toHaveLength(3);
    expect(container.querySelector('img, script, b, i')).toBeNull();
  });

  it('names a data type nobody listed in words', async () => {
    const { adapter } = panelAdapter({ items: [makePushItem({ id: 'x', coreId: 'po_1', dataType: 'purchaseOrders' })] });
    renderPanel(adapter);
    expect((await screen.findByText('po_1')).closest('li')).toHaveTextContent('Purchase orders');
  });

  it('takes class names for its parts and exposes state in data attributes', async () => {
    const { adapter } = panelAdapter();
    const { container } = renderPanel(adapter, { className: 'host-panel', classNames: { row: 'host-row', summary: 'host-summary', list: 'host-list' } });
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    const panel = container.querySelector('.sh-push-items-panel') as HTMLElement;
    expect(panel).toHaveClass('host-panel');
    expect(panel).toHaveAttribute('data-state', 'ready');
    expect(panel).toHaveAttribute('data-retry', 'idle');
    expect(container.querySelectorAll('.host-row')).toHaveLength(6);
    expect(container.querySelector('.host-summary')).toHaveTextContent('6 items');
    expect(screen.getByRole('list')).toHaveClass('host-list');
    expect(itemRows(container)[1]).toHaveAttribute('data-item-id', 'i2');
  });

  it('uses the host’s messages, merged over the English ones', async () => {
    const { adapter } = panelAdapter();
    renderPanel(adapter, {}, { messages: { pushItemsPanel: { retryFailed: 'Réessayer les échecs', dataTypes: { expenses: 'Dépenses' } } } });
    expect(await screen.findByRole('button', { name: 'Réessayer les échecs' })).toBeInTheDocument();
    expect((await screen.findByText('txn_001')).closest('li')).toHaveTextContent('Dépenses');
    expect(screen.getByText('cn_003').closest('li')).toHaveTextContent('Credit notes');
  });
});

describe('PushItemsPanel: states', () => {
  it('shows skeleton rows while loading, announced to screen readers', async () => {
    const { adapter } = panelAdapter({ options: { latency: 60_000 } });
    const { container } = renderPanel(adapter);
    expect(screen.getByText('Loading…')).toHaveAttribute('role', 'status');
    expect(container.querySelector('.sh-push-items-panel')).toHaveAttribute('data-state', 'loading');
    expect(container.querySelectorAll('.sh-skeleton').length).toBeGreaterThan(5);
  });

  it('says when the sync pushed no items', async () => {
    const { adapter } = panelAdapter({ items: [] });
    renderPanel(adapter);
    expect(await screen.findByText('This sync pushed no items')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear search and filters' })).not.toBeInTheDocument();
  });

  it('shows a failed request in the list with a way to try again', async () => {
    const user = userEvent.setup();
    const { adapter, listPushItems } = panelAdapter();
    const working = listPushItems.getMockImplementation()!;
    listPushItems.mockRejectedValueOnce(new SyncHealthError('unauthorized', 'HTTP 401'));
    const { container } = renderPanel(adapter);
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not signed in');
    listPushItems.mockImplementation(working);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(itemRows(container)).toHaveLength(6));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the field of a malformed answer instead of crashing', async () => {
    const { adapter, listPushItems } = panelAdapter();
    listPushItems.mockResolvedValue({ items: [{ id: 'broken', coreId: 42 }], pageIndex: 0, pageSize: 100, hasNextPage: false } as never);
    renderPanel(adapter);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Problem field: items\[0\]/);
  });

  it('shows a missing sync as an error of the whole panel, with a way to try again', async () => {
    const { adapter } = panelAdapter();
    const getSync = vi.spyOn(adapter, 'getSync').mockRejectedValue(new SyncHealthError('notFound', 'No sync with ID sync-1.'));
    renderPanel(adapter);
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find this');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    getSync.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('txn_001')).toBeInTheDocument();
  });
});
