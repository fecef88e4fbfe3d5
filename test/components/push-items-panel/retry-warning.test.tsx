import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { countPushItems } from '../../../src/core/derive';
import type { PushItem } from '../../../src/core/model';
import { makePushItem } from '../../support/fixtures';
import { holdRetries, itemRows, panelAdapter, renderPanel } from './support';

// Two items the customer has to fix (messages the troubleshooting catalogue knows), three it does not know.
const items: PushItem[] = [
  makePushItem({ id: 'sup-1', coreId: 'txn_s1', errorMessage: 'Supplier does not exist.' }),
  makePushItem({ id: 'ok-1', coreId: 'txn_ok', status: 'success', errorMessage: undefined }),
  makePushItem({ id: 'acc-1', coreId: 'txn_a1', errorMessage: 'The ledger refused the record without saying why' }),
  makePushItem({ id: 'sup-2', coreId: 'txn_s2', status: 'validationError', validationErrors: [{ message: 'Supplier does not exist.' }] }),
  makePushItem({ id: 'new-1', coreId: 'txn_n1', errorMessage: 'Something nobody has seen before' }),
  makePushItem({ id: 'time-1', coreId: 'txn_t1', status: 'timedOut', errorMessage: 'The push timed out after 300 seconds.' }),
];
const OTHERS = ['acc-1', 'new-1', 'time-1'];

async function openConfirmation(options: Parameters<typeof panelAdapter>[0] = {}) {
  const user = userEvent.setup();
  const { adapter } = panelAdapter({ items, ...options });
  const held = holdRetries(adapter);
  const view = renderPanel(adapter);
  await waitFor(() => expect(itemRows(view.container).length).toBeGreaterThan(0));
  await user.click(screen.getByRole('button', { name: 'Retry failed items' }));
  return { user, held, dialog: screen.getByRole('alertdialog'), ...view };
}

const sent = (call: unknown[] | undefined) => {
  const ids = (call?.[1] as { itemIds: string[] | 'allFailed' }).itemIds;
  return Array.isArray(ids) ? [...ids].sort() : ids;
};

describe('PushItemsPanel: the retry warns about items only the customer can fix', () => {
  it('says how many of the items will fail again and why, and "Retry only the other 3" sends exactly those, once, even on a double click', async () => {
    const { user, held, dialog, container } = await openConfirmation();
    expect(dialog).toHaveAccessibleName('Retry 5 failed items?');
    expect(dialog).toHaveAccessibleDescription(
      /^2 of these 5 items failed for a reason only the customer can fix \(supplier not found\)\. They will fail again until the customer fixes it\./,
    );
    expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual(['Retry only the other 3', 'Retry 5 items', 'Cancel']);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Retry only the other 3' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(container.querySelector('.sh-push-items-panel__retry-status')).toHaveTextContent('Retrying 3 items…');
    held.release();
    await screen.findByText(/^3 items retried/);
    expect(held.retryPushItems).toHaveBeenCalledTimes(1);
    expect(sent(held.retryPushItems.mock.calls[0])).toEqual(OTHERS);
  });

  it('still retries every failed item with "Retry 5 items"', async () => {
    const { user, held, dialog } = await openConfirmation();
    await user.click(within(dialog).getByRole('button', { name: 'Retry 5 items' }));
    held.release();
    await screen.findByText(/^5 items retried/);
    expect(held.retryPushItems).toHaveBeenCalledTimes(1);
    expect(sent(held.retryPushItems.mock.calls[0])).toBe('allFailed');
  });

  it('speaks only of the failed items loaded when the sync has more, and offers the other loaded ones', async () => {
    const counts = { ...countPushItems(items), failed: 48 };
    const { user, held, dialog } = await openConfirmation({ sync: { itemCounts: counts } });
    expect(dialog).toHaveAccessibleName('Retry 50 failed items?');
    expect(dialog).toHaveAccessibleDescription(/^Of the 5 failed items loaded, 2 failed for a reason only the customer can fix \(supplier not found\)\./);
    await user.click(within(dialog).getByRole('button', { name: 'Retry only the 3 other loaded items' }));
    held.release();
    await waitFor(() => expect(held.retryPushItems).toHaveBeenCalledTimes(1));
    expect(sent(held.retryPushItems.mock.calls[0])).toEqual(OTHERS);
  });

  it('warns about the selected items, and retries only the selected ones the customer need not fix', async () => {
    const user = userEvent.setup();
    const { adapter, retryPushItems } = panelAdapter({ items });
    renderPanel(adapter);
    for (const coreId of ['txn_s1', 'txn_s2', 'txn_a1']) await user.click(await screen.findByRole('checkbox', { name: `Select ${coreId} for retry` }));
    await user.click(screen.getByRole('button', { name: 'Retry selected (3)' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Retry 3 failed items?' });
    expect(dialog).toHaveAccessibleDescription(/^2 of these 3 items failed for a reason only the customer can fix/);
    await user.click(within(dialog).getByRole('button', { name: 'Retry only the other 1' }));
    await screen.findByText('1 item retried: 1 pushed.');
    expect(retryPushItems).toHaveBeenCalledTimes(1);
    expect(sent(retryPushItems.mock.calls[0])).toEqual(['acc-1']);
  });

  it('warns without offering "only the others" when every item needs the customer', async () => {
    const fixable = items.filter((item) => item.id.startsWith('sup-'));
    const { dialog } = await openConfirmation({ items: fixable });
    expect(dialog).toHaveAccessibleDescription(/^All 2 of these items failed for a reason only the customer can fix \(supplier not found\)\. They will/);
    expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual(['Retry 2 items', 'Cancel']);
  });

  it('names every cause, and says nothing when no cause is the customer’s to fix', async () => {
    const customer = makePushItem({ id: 'cus-1', coreId: 'txn_c1', errorMessage: 'Customer 8a1f does not exist.' });
    const first = await openConfirmation({ items: [...items, customer] });
    expect(first.dialog).toHaveAccessibleDescription(/^3 of these 6 items failed for a reason only the customer can fix \(supplier not found, customer not found\)\. They will fail again until the customer fixes them\./);
    first.unmount();

    const unknown = items.filter((item) => OTHERS.includes(item.id));
    const { dialog } = await openConfirmation({ items: unknown });
    expect(dialog).toHaveAccessibleDescription(/^They are pushed to the accounting software again/);
    expect(within(dialog).queryByRole('button', { name: /only the other/ })).not.toBeInTheDocument();
  });
});
