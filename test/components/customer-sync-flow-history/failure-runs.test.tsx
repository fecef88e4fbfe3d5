import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { createBasicFormatters } from '../../../src/core/format-basic';
import type { CustomerSync } from '../../../src/core/model';
import { NOW, dailySyncs, fakeCustomerAdapter, renderWithQueryClient, syncItems } from './support';

const EXPIRED = { statusCode: 4260 };
const DISCONNECTED = { statusCode: 4220 };
const settings = (...texts: string[]): Partial<CustomerSync> => ({ statusCode: 4000, messages: texts.map((text) => ({ severity: 'error', text })) });

/** How the history writes a period in en-GB, UTC. */
const period = (from: string, to: string) => createBasicFormatters({ locale: 'en-GB', timeZone: 'UTC' }).dateRange({ from, to });

function renderHistory(syncs: CustomerSync[], props: { pageSize?: number; onAction?: () => void } = {}) {
  const adapter = fakeCustomerAdapter(syncs);
  renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} locale="en-GB" timeZone="UTC" now={NOW} {...props} />);
  return adapter;
}

describe('CustomerSyncFlowHistory: failures in a row with the same cause', () => {
  it('collapse into one entry that counts them, says since when and the latest attempt, and covers their whole period', async () => {
    // Six days of an expired subscription (22 back to 17 Nov), then three good days.
    renderHistory(dailySyncs(9, (day) => (day < 6 ? EXPIRED : {})));
    await screen.findAllByRole('listitem');

    const [run, ...rest] = syncItems();
    expect(syncItems()).toHaveLength(4);
    expect(run).toHaveTextContent('Failed 6 times since 17 Nov 2026 · latest attempt 22 Nov 2026, 09:55');
    expect(run).toHaveTextContent('Needs your attention');
    expect(within(run!).getByText(period('2026-11-17T00:00:00.000Z', '2026-11-23T00:00:00.000Z'))).toBeInTheDocument();
    // The explanation is given once, not once a day.
    expect(screen.getAllByText('Your accounting software subscription has expired. Renew it to sync again.')).toHaveLength(1);
    expect(run!.querySelector('time')).toHaveAttribute('datetime', '2026-11-22T09:55:00.000Z');
    expect(rest.map((item) => item.getAttribute('data-status'))).toEqual(['synced', 'synced', 'synced']);
    // The count under the list still counts syncs, and the headline still speaks of the latest one.
    expect(screen.getByText('Showing 9 of 9 syncs')).toBeInTheDocument();
    expect(screen.getByText('Latest sync 2 hours ago: Needs your attention')).toBeInTheDocument();
  });

  it('keeps failures with different causes apart: another guidance, or other messages', async () => {
    const causes = [EXPIRED, EXPIRED, DISCONNECTED, DISCONNECTED, settings('No sales customer has been configured.'), settings('Supplier does not exist.'), settings('Supplier does not exist.')];
    renderHistory(dailySyncs(causes.length, (day) => causes[day]!));
    await screen.findAllByRole('listitem');

    const items = syncItems();
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Failed 2 times since 21 Nov 2026');
    expect(items[0]).toHaveTextContent('subscription has expired');
    expect(items[1]).toHaveTextContent('Failed 2 times since 19 Nov 2026');
    expect(items[1]).toHaveTextContent('Reconnect your accounting software');
    expect(items[2]).toHaveTextContent('No sales customer has been configured.');
    expect(items[2]).toHaveTextContent('Started 18 Nov 2026, 09:55');
    expect(items[2]).not.toHaveTextContent('Failed');
    expect(items[3]).toHaveTextContent('Failed 2 times since 16 Nov 2026');
    expect(items[3]).toHaveTextContent('Supplier does not exist.');
  });

  it('keeps failures on either side of a success apart, and collapses a run the success resolved', async () => {
    const days = [EXPIRED, {}, EXPIRED, EXPIRED, EXPIRED];
    renderHistory(dailySyncs(days.length, (day) => days[day]!));
    await screen.findAllByRole('listitem');

    const [open, success, resolved] = syncItems();
    expect(syncItems()).toHaveLength(3);
    expect(open).toHaveTextContent('Needs your attention');
    expect(open).toHaveTextContent('Started 22 Nov 2026, 09:55');
    expect(success).toHaveTextContent('Synced');
    expect(resolved).toHaveTextContent('Didn’t sync — resolved since');
    expect(resolved).toHaveTextContent('Failed 3 times since 18 Nov 2026 · latest attempt 20 Nov 2026, 09:55');
    expect(resolved).not.toHaveTextContent('Renew it');
  });

  it('merges a run that continues on the next page when "Show more" brings it, and moves focus to the first new entry', async () => {
    // Eight expired days, then four good ones, five syncs a page: the run crosses the first page boundary.
    renderHistory(dailySyncs(12, (day) => (day < 8 ? EXPIRED : {})), { pageSize: 5 });
    await screen.findAllByRole('listitem');
    expect(syncItems()).toHaveLength(1);
    expect(syncItems()[0]).toHaveTextContent('Failed 5 times since 18 Nov 2026');
    expect(screen.getByText('Showing 5 of 12 syncs')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(syncItems()).toHaveLength(3));
    const [run, firstNew] = syncItems();
    expect(run).toHaveTextContent('Failed 8 times since 15 Nov 2026 · latest attempt 22 Nov 2026, 09:55');
    expect(firstNew).toHaveTextContent('Synced');
    expect(firstNew).toHaveFocus();
    expect(screen.getByText('Showing 10 of 12 syncs')).toBeInTheDocument();
  });

  it('moves focus to the run itself when the new page only made it longer', async () => {
    renderHistory(dailySyncs(12, () => EXPIRED), { pageSize: 5 });
    await screen.findAllByRole('listitem');
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(syncItems()[0]).toHaveTextContent('Failed 10 times since 13 Nov 2026'));
    expect(syncItems()).toHaveLength(1);
    expect(syncItems()[0]).toHaveFocus();
    expect(screen.getByText('Showing 10 of 12 syncs')).toBeInTheDocument();
  });
});

describe('CustomerSyncFlowHistory: the action a failure asks for', () => {
  it.each([
    ['an expired subscription', EXPIRED, 'Renew subscription', 'renewSubscription'],
    ['a lost connection', DISCONNECTED, 'Reconnect', 'reconnect'],
    ['a settings problem', settings('No sales customer has been configured.'), 'Fix settings', 'fixSettings'],
  ])('offers the fix for %s first, as the primary action, with "Get help" after it', async (_, cause, label, action) => {
    const onAction = vi.fn();
    renderHistory(dailySyncs(1, () => cause), { onAction });
    const [item] = await screen.findAllByRole('listitem');

    const buttons = within(item!).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([label, 'Get help']);
    expect(buttons[0]).toHaveAttribute('data-variant', 'primary');
    expect(buttons[1]).not.toHaveAttribute('data-variant');
    await userEvent.click(buttons[0]!);
    expect(onAction).toHaveBeenCalledWith(action, expect.objectContaining({ id: 'sync-1' }));
  });

  it('hands the newest sync of a run to the action, from either button, and describes the buttons by the run’s period', async () => {
    const onAction = vi.fn();
    renderHistory(dailySyncs(4, (day) => (day < 3 ? EXPIRED : {})), { onAction });
    const [run] = await screen.findAllByRole('listitem');

    const renew = within(run!).getByRole('button', { name: 'Renew subscription' });
    expect(renew).toHaveAccessibleDescription(period('2026-11-20T00:00:00.000Z', '2026-11-23T00:00:00.000Z'));
    await userEvent.click(renew);
    await userEvent.click(within(run!).getByRole('button', { name: 'Get help' }));
    expect(onAction.mock.calls).toEqual([
      ['renewSubscription', expect.objectContaining({ id: 'sync-1', statusCode: 4260 })],
      ['getHelp', expect.objectContaining({ id: 'sync-1' })],
    ]);
  });
});
