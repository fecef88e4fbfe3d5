import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactElement, StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { SyncDetails } from '../../../src/components/sync-details';
import { SyncFilters, SyncHistoryTable } from '../../../src/components/sync-history-table';
import { ErrorState } from '../../../src/components/ui/error-state';
import { StatusBadge } from '../../../src/components/ui/status-badge';
import { SyncHealthError } from '../../../src/core/errors';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { createTestQueryClient } from '../../support/render';

const dataset = generateDemoDataset({ seed: 7, syncs: 60, largeSyncItems: 0 });
const NOW = Date.parse(dataset.now);
/** A sync with failed push items, so the push items panel has something to filter. */
const failedSync = dataset.syncs.find((sync) => (sync.itemCounts?.failed ?? 0) > 0)!;

/** Renders in StrictMode, inside a provider on the demo data (effects run twice, as in development). */
function renderStrict(ui: ReactElement) {
  return render(
    <StrictMode>
      <SyncHealthProvider adapter={createInMemoryAdapter(dataset)} queryClient={createTestQueryClient()} locale="en-GB" timeZone="UTC">
        {ui}
      </SyncHealthProvider>
    </StrictMode>,
  );
}

// jsdom is slow on a busy machine: generous limits, not speed checks.
describe('every component in StrictMode, driven through its main interactions: not one warning', { timeout: 30_000 }, () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  let consoleWarn: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
    consoleWarn = vi.spyOn(console, 'warn');
  });

  afterEach(() => {
    // Checked after each test's interactions (and before the spies are restored).
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  });

  it('SyncHealthProvider, StatusBadge and ErrorState', async () => {
    const onRetry = vi.fn();
    renderStrict(
      <>
        <StatusBadge code={5130} />
        <ErrorState error={new SyncHealthError('network', 'Timed out')} onRetry={onRetry} />
      </>,
    );
    expect(screen.getByText('Data write error')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('SyncDashboard: filter by a tile, open a sync, switch its tab, close it', async () => {
    const user = userEvent.setup();
    renderStrict(<SyncDashboard now={NOW} />);
    const tile = await screen.findByRole('button', { name: /Failed: server/ });
    await user.click(tile);
    expect(tile).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /Total syncs/ }));
    const firstRow = (await screen.findAllByRole('row'))[1]!;
    await user.click(firstRow);
    const details = within(await screen.findByRole('complementary'));
    await user.click(await details.findByRole('tab', { name: 'Config' }));
    await user.click(details.getByRole('button', { name: 'Close details' }));
    await waitFor(() => expect(screen.queryByRole('tab', { name: 'Config' })).not.toBeInTheDocument());
  });

  it('SyncHistoryTable and SyncFilters: search, sort and page', async () => {
    const user = userEvent.setup();
    renderStrict(
      <>
        <SyncFilters now={NOW} />
        <SyncHistoryTable now={NOW} storageKey="strict:table" />
      </>,
    );
    await screen.findByText(/of 60 syncs/);
    await user.click(screen.getByRole('button', { name: /Started/ }));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText(/26–50 of 60 syncs|51–60 of 60 syncs/);
    const [standaloneSearch] = screen.getAllByRole('searchbox', { name: 'Search' });
    await user.type(standaloneSearch!, 'company{Enter}');
    expect(standaloneSearch).toHaveValue('company');
  });

  it('SyncDetails: every tab', async () => {
    const user = userEvent.setup();
    renderStrict(<SyncDetails syncId={failedSync.id} now={NOW} onClose={() => {}} />);
    await user.click(await screen.findByRole('tab', { name: 'Config' }));
    await user.click(screen.getByRole('tab', { name: /Push items/ }));
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    expect(screen.getByRole('tab', { name: 'Summary' })).toHaveAttribute('aria-selected', 'true');
  });

  it('PushItemsPanel: filter by status and search', async () => {
    const user = userEvent.setup();
    renderStrict(<PushItemsPanel syncId={failedSync.id} now={NOW} />);
    const failed = await screen.findByRole('button', { name: /^Failed/ });
    await user.click(failed);
    expect(failed).toHaveAttribute('aria-pressed', 'true');
    await user.type(screen.getByRole('searchbox', { name: 'Search items' }), 'invoice');
    await user.click(screen.getByRole('button', { name: 'All' }));
  });

  it('CustomerSyncFlowHistory: show more', async () => {
    const user = userEvent.setup();
    const adapter = createInMemoryAdapter(dataset).forCompany(dataset.syncs[0]!.companyId);
    render(
      <StrictMode>
        <QueryClientProvider client={createTestQueryClient()}>
          <CustomerSyncFlowHistory adapter={adapter} pageSize={1} now={NOW} locale="en-GB" timeZone="UTC" />
        </QueryClientProvider>
      </StrictMode>,
    );
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Showing 2/));
  });
});
