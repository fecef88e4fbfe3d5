import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { SyncHealthError } from '../../../src/core/errors';
import { makeCustomerSync, renderWithQueryClient } from './support';

/** An adapter whose backend refuses the customer's session, with internal text in the error. */
const refusedAdapter = () => ({
  listSyncs: vi.fn(() => Promise.reject(new SyncHealthError('unauthorized', 'JWT rejected by gateway-7 (kid=prod-2)'))),
});

describe('CustomerSyncFlowHistory for a signed-out customer', () => {
  it('offers the host’s sign-in action, never "Try again"', async () => {
    const adapter = refusedAdapter();
    const onUnauthorized = vi.fn();
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} onUnauthorized={onUnauthorized} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has ended. Sign in again to see your sync history.');
    expect(document.body).not.toHaveTextContent('gateway-7');
    expect(within(alert).getAllByRole('button').map((button) => button.textContent)).toEqual(['Sign in again']);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    await userEvent.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    // Signing in is the host's job: the history does not ask the backend again on its own.
    expect(adapter.listSyncs).toHaveBeenCalledTimes(1);
  });

  it('only says the session has ended when the host has no sign-in action: no button, since trying again cannot help', async () => {
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={refusedAdapter()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has ended. Sign in again to see your sync history.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sync history' })).toHaveAttribute('data-state', 'error');
  });

  it('keeps "Try again" for other failures, even when the host has a sign-in action', async () => {
    const adapter = { listSyncs: vi.fn().mockRejectedValueOnce(new SyncHealthError('notFound', 'shard eu-3 missing')).mockResolvedValue({ items: [makeCustomerSync()], pageIndex: 0, pageSize: 10, totalCount: 1, hasNextPage: false }) };
    const onUnauthorized = vi.fn();
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} onUnauthorized={onUnauthorized} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t load your sync history.');
    expect(within(alert).queryByRole('button', { name: 'Sign in again' })).not.toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('uses the host’s words for the sign-in button', async () => {
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={refusedAdapter()} onUnauthorized={() => {}} messages={{ signIn: 'Se reconnecter' }} />);
    expect(await screen.findByRole('button', { name: 'Se reconnecter' })).toBeInTheDocument();
  });
});
