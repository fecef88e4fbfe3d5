import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { groupByReason } from '../../../src/components/push-items-panel/push-item-groups';
import { makePushItem } from '../../support/fixtures';
import { holdRetries, panelAdapter, renderPanel } from './support';

const at = (minute: number) => `2026-11-22T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** Two suppliers missing (numbers differ), three tax rates missing, one archived account, one pushed. */
const items = [
  makePushItem({ id: 's1', coreId: 'txn_s1', status: 'validationError', validationErrors: [{ message: 'Supplier 361 does not exist.' }], completedAt: at(1) }),
  makePushItem({ id: 's2', coreId: 'txn_s2', status: 'validationError', validationErrors: [{ message: 'Supplier 9042 does not exist.' }], completedAt: at(5) }),
  makePushItem({ id: 't1', coreId: 'txn_t1', errorMessage: 'Tax rate TAX004 does not exist', completedAt: at(2) }),
  makePushItem({ id: 't2', coreId: 'txn_t2', errorMessage: 'Tax rate TAX007 does not exist', completedAt: at(3) }),
  makePushItem({ id: 't3', coreId: 'txn_t3', errorMessage: 'Tax rate TAX012 does not exist', completedAt: at(4) }),
  makePushItem({ id: 'a1', coreId: 'txn_a1', errorMessage: 'Account 4000 is archived', completedAt: at(6) }),
  makePushItem({ id: 'ok', coreId: 'txn_ok', status: 'success', errorMessage: undefined }),
];

const groupsList = () => screen.findByRole('list', { name: 'Why items failed' });

describe('groupByReason', () => {
  it('merges reasons with one cause whatever their numbers, keeps other causes apart, most items first, newest example', () => {
    const groups = groupByReason(items);
    expect(groups.map((group) => [group.ids.length, group.example])).toEqual([
      [3, 'Tax rate TAX012 does not exist'],
      [2, 'Supplier 9042 does not exist.'],
      [1, 'Account 4000 is archived'],
    ]);
    expect(groups[1]).toMatchObject({ ids: ['s1', 's2'], fixer: 'customer' });
  });

  it('breaks ties by reason text, and keeps failed items without a reason in a group of their own', () => {
    const groups = groupByReason([
      makePushItem({ id: 'b', errorMessage: 'Bravo went wrong' }),
      makePushItem({ id: 'a', errorMessage: 'Alpha went wrong' }),
      makePushItem({ id: 'n', errorMessage: undefined }),
    ]);
    expect(groups.map((group) => group.example)).toEqual([undefined, 'Alpha went wrong', 'Bravo went wrong']);
    expect(groups[0]).toMatchObject({ key: '', ids: ['n'] });
  });
});

describe('PushItemsPanel: group by reason', () => {
  it('turns on with a pressed toggle and lists each cause with its count, newest example and who can fix it', async () => {
    const user = userEvent.setup();
    const { adapter } = panelAdapter({ items });
    renderPanel(adapter);
    const toggle = await screen.findByRole('button', { name: 'Group by reason' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('list', { name: 'Why items failed' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Why items failed' })).toBeInTheDocument();
    const groups = within(await groupsList()).getAllByRole('listitem');
    expect(groups.map((group) => group.querySelector('.sh-push-items-panel__group-reason')?.textContent)).toEqual([
      '3 items · Tax rate TAX012 does not exist',
      '2 items · Supplier 9042 does not exist.',
      '1 item · Account 4000 is archived',
    ]);
    expect(groups[1]).toHaveTextContent('Who can fix it: The customer');
    expect(within(groups[1]!).getByRole('button', { name: 'Retry these 2 items: Supplier 9042 does not exist.' })).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.queryByRole('list', { name: 'Why items failed' })).not.toBeInTheDocument();
  });

  it('"Retry these" confirms with the customer-fixable warning, then sends exactly the group’s IDs once under double clicks', async () => {
    const user = userEvent.setup();
    const { adapter } = panelAdapter({ items });
    const held = holdRetries(adapter);
    renderPanel(adapter, { defaultGroupByReason: true });
    const list = await groupsList();
    const retryThese = within(list).getByRole('button', { name: /^Retry these 2 items: Supplier/ });
    await user.click(retryThese);
    const dialog = screen.getByRole('alertdialog', { name: 'Retry 2 failed items?' });
    expect(dialog).toHaveFocus();
    // A second click (as in a double click) leaves the one confirmation open.
    await user.click(retryThese);
    expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
    expect(dialog).toHaveTextContent('only the customer can fix');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Retry 2 items' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByText('Retrying 2 items…')).toBeInTheDocument();
    await user.dblClick(within(list).getByRole('button', { name: /^Retry these 3 items/ }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    held.release();
    await screen.findByText('2 items retried: 2 pushed.');
    expect(held.retryPushItems).toHaveBeenCalledTimes(1);
    expect(held.retryPushItems).toHaveBeenCalledWith('sync-1', { itemIds: ['s1', 's2'] }, expect.anything());
    // The retried group is gone once the panel refreshes.
    await waitFor(() => expect(within(list).queryByText(/Supplier/)).not.toBeInTheDocument());
  });

  it('offers no "Retry these" when retry is not offered for the sync', async () => {
    const { adapter } = panelAdapter({ items, sync: { product: 'commerce' } });
    renderPanel(adapter, { defaultGroupByReason: true });
    const list = await groupsList();
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when the groups come from only the failed items loaded, and loads the rest on request', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 12 }, (_, index) =>
      makePushItem({ id: `f${index}`, coreId: `txn_f${index}`, errorMessage: index < 8 ? `Tax rate TAX0${index} does not exist` : 'Account 4000 is archived' }),
    );
    const { adapter } = panelAdapter({ items: many });
    renderPanel(adapter, { defaultGroupByReason: true, pageSize: 5 });
    expect(await screen.findByText('From the 5 failed items loaded, of 12.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load all failed items' }));
    await waitFor(() => expect(screen.queryByText(/failed items loaded/)).not.toBeInTheDocument());
    const groups = within(await groupsList()).getAllByRole('listitem');
    expect(groups.map((group) => group.querySelector('.sh-push-items-panel__group-count')?.textContent)).toEqual(['8 items', '4 items']);
  });
});
