import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { renderWithProvider } from '../../support/render';

const dataset = generateDemoDataset({ seed: 11, syncs: 30 });
const NOW = Date.parse(dataset.now);

describe('SyncDashboard links to syncs', { timeout: 30_000 }, () => {
  it('passes getSyncHref to the history: every row offers "Copy link"', async () => {
    renderWithProvider(<SyncDashboard now={NOW} getSyncHref={(syncId) => `/syncs/${syncId}`} />, { adapter: createInMemoryAdapter(dataset) });
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Copy link' })).toHaveLength(30));
  });

  it('offers no links without it', async () => {
    renderWithProvider(<SyncDashboard now={NOW} />, { adapter: createInMemoryAdapter(dataset) });
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Copy sync ID' })).toHaveLength(30));
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
  });
});
