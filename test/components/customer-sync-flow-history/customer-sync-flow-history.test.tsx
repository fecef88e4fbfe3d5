import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { SyncHealthError } from '../../../src/core/errors';
import { renderWithProvider } from '../../support/render';
import { DEFAULT_PERIOD_TEXT, NOW, dailySyncs, fakeCustomerAdapter, makeCustomerSync, renderWithQueryClient } from './support';

describe('CustomerSyncFlowHistory', () => {
  it('lists each sync newest first with the period it covered, its status in words and when it started', async () => {
    const adapter = fakeCustomerAdapter(dailySyncs(3, (index) => (index === 1 ? { statusCode: 2040 } : {})));
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} locale="en-GB" timeZone="UTC" now={NOW} />);

    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('22 Nov 2026');
    expect(items[0]).toHaveTextContent('Synced');
    expect(items[1]).toHaveTextContent('21 Nov 2026');
    expect(items[1]).toHaveTextContent('Synced — nothing new');
    expect(items[2]).toHaveTextContent('20 Nov 2026');
    const started = items[0]!.querySelector('time');
    expect(started).toHaveAttribute('datetime', '2026-11-22T09:55:00.000Z');
    expect(started).toHaveTextContent('Started 22 Nov 2026, 09:55');
    expect(screen.getByRole('region', { name: 'Sync history' })).toHaveAttribute('data-state', 'ready');
  });

  it('falls back to the start date when a sync does not say which period it covered', async () => {
    const adapter = fakeCustomerAdapter([makeCustomerSync({ dataRange: undefined, startedAt: '2026-11-20T08:00:00.000Z', endedAt: undefined, statusCode: 1000 })]);
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} locale="en-GB" timeZone="UTC" now={NOW} />);
    const [item] = await screen.findAllByRole('listitem');
    expect(item).toHaveTextContent('20 Nov 2026');
    expect(item).toHaveTextContent('In progress');
  });

  it('sums up the latest sync and the last successful one in a headline', async () => {
    const adapter = fakeCustomerAdapter([makeCustomerSync()]);
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} locale="en-GB" timeZone="UTC" now={NOW} />);
    expect(await screen.findByText(`Last synced 2 hours ago · covering ${DEFAULT_PERIOD_TEXT}`)).toBeInTheDocument();
    expect(screen.queryByText(/Latest sync/)).not.toBeInTheDocument();
  });

  it('puts a failing latest sync first in the headline, then the last success', async () => {
    const syncs = dailySyncs(3, (index) => (index === 0 ? { statusCode: 4000, messages: [] } : {}));
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter(syncs)} locale="en-GB" timeZone="UTC" now={NOW} />);
    expect(await screen.findByText('Latest sync 2 hours ago: Needs your attention')).toBeInTheDocument();
    expect(screen.getByText('Last synced yesterday · covering 21 Nov 2026')).toBeInTheDocument();
  });

  it('says so when no sync has succeeded yet, and that a running sync is running', async () => {
    const syncs = [
      makeCustomerSync({ id: 'a', statusCode: 1010, startedAt: '2026-11-22T11:30:00.000Z', endedAt: undefined }),
      makeCustomerSync({ id: 'b', statusCode: 5120 }),
    ];
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter(syncs)} locale="en-GB" timeZone="UTC" now={NOW} />);
    expect(await screen.findByText('Syncing now, started 30 minutes ago')).toBeInTheDocument();
    expect(screen.getByText('No successful sync yet')).toBeInTheDocument();
  });

  it('shows a loading state while the first page loads', async () => {
    const adapter = { listSyncs: vi.fn(() => new Promise<never>(() => {})) };
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your sync history…');
    expect(screen.getByRole('region', { name: 'Sync history' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('welcomes a customer who never synced with an empty state', async () => {
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter([])} />);
    expect(await screen.findByText('No syncs yet')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your syncs will appear here once the first one has run.');
    expect(screen.getByRole('region', { name: 'Sync history' })).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('words a failed request for the customer, never with its internal text, and tries again', async () => {
    const adapter = fakeCustomerAdapter([makeCustomerSync()]);
    adapter.listSyncs.mockRejectedValueOnce(new SyncHealthError('notFound', 'Tenant lookup failed on gateway-7 (kid=prod-2)'));
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} locale="en-GB" timeZone="UTC" now={NOW} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t load your sync history.');
    expect(document.body).not.toHaveTextContent('gateway-7');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(`Last synced 2 hours ago · covering ${DEFAULT_PERIOD_TEXT}`)).toBeInTheDocument();
  });

  it('shows a malformed answer as an error in the panel instead of crashing', async () => {
    const adapter = fakeCustomerAdapter([{ id: 'x', statusCode: 'two thousand', startedAt: 'yesterday' }]);
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t load your sync history.');
    expect(screen.getByRole('region', { name: 'Sync history' })).toHaveAttribute('data-state', 'error');
  });

  it('works without SyncHealthProvider and without a host QueryClient', async () => {
    render(<CustomerSyncFlowHistory adapter={fakeCustomerAdapter([makeCustomerSync()])} locale="en-GB" timeZone="UTC" now={NOW} />);
    expect(await screen.findByText(`Last synced 2 hours ago · covering ${DEFAULT_PERIOD_TEXT}`)).toBeInTheDocument();
  });

  it('uses the provider’s locale and messages, and lets its own props win', async () => {
    const adapter = fakeCustomerAdapter([makeCustomerSync()]);
    const { rerenderWithProvider } = renderWithProvider(<CustomerSyncFlowHistory adapter={adapter} now={NOW} />, {
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
      messages: { customerSyncFlowHistory: { title: 'Historique', statuses: { synced: 'Synchronisé' } } },
    });
    const region = await screen.findByRole('region', { name: 'Historique' });
    expect(await within(region).findByText('Synchronisé')).toBeInTheDocument();
    expect(within(region).getByRole('listitem')).toHaveTextContent(new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'Europe/Paris' }).format(Date.parse('2026-11-22T09:55:00Z')));

    rerenderWithProvider(<CustomerSyncFlowHistory adapter={adapter} now={NOW} locale="en-GB" messages={{ title: 'Your syncs' }} />);
    const overridden = screen.getByRole('region', { name: 'Your syncs' });
    expect(within(overridden).getByText('Synchronisé')).toBeInTheDocument();
    expect(within(overridden).getByRole('listitem')).toHaveTextContent('Started 22 Nov 2026, 10:55');
  });

  it('takes class names for the root and each part, and a heading level', async () => {
    renderWithQueryClient(
      <CustomerSyncFlowHistory
        adapter={fakeCustomerAdapter([makeCustomerSync()])}
        className="host-history"
        classNames={{ item: 'host-item', status: 'host-status' }}
        headingLevel={3}
      />,
    );
    const [item] = await screen.findAllByRole('listitem');
    expect(screen.getByRole('region')).toHaveClass('sh-customer-sync-flow-history', 'host-history');
    expect(item).toHaveClass('sh-customer-sync-flow-history__item', 'host-item');
    expect(item!.querySelector('.host-status')).toHaveTextContent('Synced');
    expect(screen.getByRole('heading', { level: 3, name: 'Sync history' })).toBeInTheDocument();
  });
});
