import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { renderWithProvider } from '../../support/render';

const dataset = generateDemoDataset({ seed: 11, syncs: 60 });
const NOW = Date.parse(dataset.now);

describe('SyncDashboard: the trend and top errors', { timeout: 30_000 }, () => {
  it('are shown at first, hide behind their button and, with a storage key, stay hidden on the next visit', async () => {
    const user = userEvent.setup();
    localStorage.clear();
    const first = renderWithProvider(<SyncDashboard now={NOW} storageKey="test:dashboard" />, { adapter: createInMemoryAdapter(dataset) });
    const hide = await screen.findByRole('button', { name: 'Hide trend and top errors' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('Show as table')).toBeInTheDocument();
    await user.click(hide);
    expect(screen.getByRole('button', { name: 'Show trend and top errors' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Show as table')).not.toBeInTheDocument();
    expect(localStorage.getItem('test:dashboard:overview')).toBe('closed');
    first.unmount();

    renderWithProvider(<SyncDashboard now={NOW} storageKey="test:dashboard" />, { adapter: createInMemoryAdapter(dataset) });
    expect(await screen.findByRole('button', { name: 'Show trend and top errors' })).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Show trend and top errors' }));
    expect(await screen.findByText('Show as table')).toBeInTheDocument();
    expect(localStorage.getItem('test:dashboard:overview')).toBe('open');
  });

  it('are not remembered without a storage key', async () => {
    const user = userEvent.setup();
    localStorage.clear();
    const first = renderWithProvider(<SyncDashboard now={NOW} />, { adapter: createInMemoryAdapter(dataset) });
    await user.click(await screen.findByRole('button', { name: 'Hide trend and top errors' }));
    first.unmount();
    renderWithProvider(<SyncDashboard now={NOW} />, { adapter: createInMemoryAdapter(dataset) });
    expect(await screen.findByRole('button', { name: 'Hide trend and top errors' })).toBeInTheDocument();
    expect(localStorage.length).toBe(0);
  });

  it('shows that the trend is not available, instead of loading for ever, when the totals fail', async () => {
    const adapter = createInMemoryAdapter(dataset);
    adapter.getSyncTotals = () => Promise.reject(new Error('boom'));
    renderWithProvider(<SyncDashboard now={NOW} />, { adapter });
    expect(await screen.findByText('The trend is not available.')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.sh-dashboard__band .sh-skeleton')).toBeNull());
  }, 15_000);
});
