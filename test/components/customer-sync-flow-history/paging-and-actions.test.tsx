import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { SyncHealthError } from '../../../src/core/errors';
import { DEFAULT_PERIOD, NOW, dailySyncs, fakeCustomerAdapter, makeCustomerSync, renderWithQueryClient, syncItems } from './support';

describe('CustomerSyncFlowHistory paging', () => {
  it('fetches the next page on "Show more", appends it and moves focus to the first new sync', async () => {
    const adapter = fakeCustomerAdapter(dailySyncs(25));
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} pageSize={10} locale="en-GB" timeZone="UTC" now={NOW} />);

    expect(await screen.findAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText('Showing 10 of 25 syncs')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(20));
    expect(adapter.listSyncs).toHaveBeenLastCalledWith(expect.objectContaining({ page: { index: 1, size: 10 } }), expect.anything());
    expect(screen.getAllByRole('listitem')[10]).toHaveFocus();
    expect(screen.getAllByRole('listitem')[10]).toHaveTextContent('12 Nov 2026');
    expect(screen.getByText('Showing 20 of 25 syncs')).toBeInTheDocument();
  });

  it('pages by keyboard, and keeps the reader’s place when the last page removes the button', async () => {
    const adapter = fakeCustomerAdapter(dailySyncs(12), { totalCount: false });
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} pageSize={10} />);
    await screen.findAllByRole('listitem');
    expect(screen.getByText('Showing 10 syncs')).toBeInTheDocument();

    const showMore = screen.getByRole('button', { name: 'Show more' });
    showMore.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(12));
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[10]).toHaveFocus();
    expect(screen.getByText('Showing 12 syncs')).toBeInTheDocument();
  });

  it('says when the next page fails, keeps what is shown, and tries again from the same button', async () => {
    const adapter = fakeCustomerAdapter(dailySyncs(15));
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} pageSize={10} />);
    await screen.findAllByRole('listitem');
    adapter.listSyncs.mockRejectedValueOnce(new SyncHealthError('notFound', 'shard eu-3 missing page'));

    const button = screen.getByRole('button', { name: 'Show more' });
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t load more syncs.');
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(button).toHaveAccessibleName('Try again');
    expect(document.body).not.toHaveTextContent('shard eu-3');

    await userEvent.click(button);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(15));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('CustomerSyncFlowHistory customer language and actions', () => {
  // As a customer adapter sends them: only messages the customer can act on (the adapter decides which).
  const failures = [
    makeCustomerSync({ id: 'config', statusCode: 4000, messages: [{ severity: 'error', text: 'No sales customer has been configured.' }] }),
    makeCustomerSync({ id: 'connection', statusCode: 4220 }),
    makeCustomerSync({ id: 'server', statusCode: 5000 }),
    makeCustomerSync({ id: 'unknown', statusCode: 4200 }),
    makeCustomerSync({ id: 'write', statusCode: 5130, messages: [{ severity: 'error', text: 'Customer 8a1f does not exist.' }] }),
    makeCustomerSync({ id: 'ok', statusCode: 2000 }),
    makeCustomerSync({ id: 'old-failure', statusCode: 4000, messages: [{ severity: 'error', text: 'No Sales Account Present.' }] }),
  ];

  it('words every status for the customer and shows the messages the adapter passed on', async () => {
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter(failures)} />);
    await screen.findAllByRole('listitem');
    const [config, connection, server, unknown, write, ok, old] = syncItems();

    expect(config).toHaveTextContent('Needs your attention');
    expect(config).toHaveTextContent('What to fix:No sales customer has been configured.');
    expect(config).not.toHaveTextContent('Update your sync settings');
    expect(connection).toHaveTextContent('Needs your attention');
    expect(connection).toHaveTextContent('Reconnect your accounting software to sync again.');
    expect(server).toHaveTextContent('Failed — we’re on it');
    expect(server).toHaveTextContent('You don’t need to do anything.');
    expect(unknown).toHaveTextContent('Status unknown');
    // A server failure that carries a message for the customer is theirs to fix.
    expect(write).toHaveTextContent('Needs your attention');
    expect(write).toHaveTextContent('Customer 8a1f does not exist.');
    expect(ok).toHaveTextContent('Synced');
    expect(ok).not.toHaveTextContent('What to fix');
    expect(old).toHaveTextContent('Didn’t sync — resolved since');
    expect(old).not.toHaveTextContent('No Sales Account Present.');
    expect(old).not.toHaveTextContent('Needs your attention');
  });

  it('asks a customer to fix their settings after a configuration failure without messages', async () => {
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter([makeCustomerSync({ statusCode: 4000 })])} />);
    const [item] = await screen.findAllByRole('listitem');
    expect(item).toHaveTextContent('Needs your attention');
    expect(item).toHaveTextContent('Update your sync settings so your data can sync.');
  });

  it('shows no action buttons unless the host passes onAction', async () => {
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter(failures)} />);
    await screen.findAllByRole('listitem');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers the right actions on unresolved failures and reports them with the sync, by keyboard too', async () => {
    const onAction = vi.fn();
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter(failures)} onAction={onAction} locale="en-GB" timeZone="UTC" />);
    await screen.findAllByRole('listitem');

    const names = screen.getAllByRole('button').map((button) => button.textContent);
    expect(names).toEqual(['Fix settings', 'Get help', 'Reconnect', 'Get help', 'Get help', 'Get help', 'Fix settings', 'Get help']);
    // Each button says which sync it is about.
    expect(screen.getAllByRole('button', { name: 'Reconnect' })[0]).toHaveAccessibleDescription(DEFAULT_PERIOD);

    await userEvent.tab();
    expect(screen.getAllByRole('button', { name: 'Fix settings' })[0]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onAction).toHaveBeenLastCalledWith('fixSettings', expect.objectContaining({ id: 'config' }));
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(onAction).toHaveBeenLastCalledWith('reconnect', expect.objectContaining({ id: 'connection' }));
    expect(onAction).toHaveBeenCalledTimes(2);
  });

  it('lists every message the adapter sent, once each: each is one the customer can act on', async () => {
    const texts = ['No grouping period selected.', 'No sales customer has been configured.', 'No Sales Account Present.', 'No fees supplier has been configured.', 'Supplier does not exist.'];
    const sync = makeCustomerSync({ statusCode: 4000, messages: [...texts, texts[0]!].map((text) => ({ severity: 'error' as const, text })) });
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter([sync])} />);
    const [item] = await screen.findAllByRole('listitem');
    const fixes = within(item!).getAllByRole('listitem');
    expect(fixes.map((fix) => fix.textContent)).toEqual(texts);
  });
});
