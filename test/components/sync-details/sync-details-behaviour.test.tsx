import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { SyncDetails, type SyncDetailsTab } from '../../../src/components/sync-details';
import { SyncHealthError } from '../../../src/core/errors';
import { makeSync } from '../../support/fixtures';
import { fakeAdapter } from '../../support/fake-adapter';
import { renderWithProvider } from '../../support/render';

const sync = makeSync();

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
const configuration = { accounts: { sales: '4000', fees: null }, grouping: 'daily', taxRates: [{ id: 'TX20', rate: 20 }], enabled: true };

function adapterWithConfig() {
  const adapter = createInMemoryAdapter({ syncs: [sync], configs: { [sync.id]: { syncId: sync.id, companyId: sync.companyId, isSnapshot: true, configuration } } });
  vi.spyOn(adapter, 'getSyncConfig');
  return adapter;
}

describe('SyncDetails tabs', () => {
  it('fetches the configuration only when its tab is first shown', async () => {
    const user = userEvent.setup();
    const adapter = adapterWithConfig();
    renderWithProvider(<SyncDetails syncId={sync.id} />, { adapter });
    await screen.findByRole('tab', { name: 'Summary', selected: true });
    expect(adapter.getSyncConfig).not.toHaveBeenCalled();
    await user.click(screen.getByRole('tab', { name: 'Config' }));
    expect(await screen.findByText('"grouping"')).toBeInTheDocument();
    expect(adapter.getSyncConfig).toHaveBeenCalledTimes(1);
  });

  it('moves between tabs with arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderWithProvider(<SyncDetails syncId={sync.id} />, { adapter: adapterWithConfig() });
    const summary = await screen.findByRole('tab', { name: 'Summary' });
    summary.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Config' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Config' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /Push items/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Summary' })).toHaveAttribute('aria-selected', 'true');
  });

  it('follows the WAI-ARIA tabs pattern: one tab in the Tab order, the panel named by its tab, arrows wrap around', async () => {
    const user = userEvent.setup();
    renderWithProvider(<SyncDetails syncId={sync.id} />, { adapter: adapterWithConfig() });
    const summary = await screen.findByRole('tab', { name: 'Summary' });
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel', { name: 'Summary' })).toHaveAttribute('id', summary.getAttribute('aria-controls'));
    summary.focus();
    await user.keyboard('{ArrowLeft}');
    const pushItems = screen.getByRole('tab', { name: /Push items/ });
    expect(pushItems).toHaveFocus();
    expect(pushItems).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: /Push items/ })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([-1, -1, 0]);
    await user.keyboard('{ArrowRight}');
    expect(summary).toHaveFocus();
    expect(summary).toHaveAttribute('data-state', 'active');
  });

  it('lets the host control the active tab', async () => {
    const user = userEvent.setup();
    const changes: SyncDetailsTab[] = [];
    function Host() {
      const [tab, setTab] = useState<SyncDetailsTab>('config');
      return <SyncDetails syncId={sync.id} tab={tab} onTabChange={(next) => (changes.push(next), setTab(next))} />;
    }
    renderWithProvider(<Host />, { adapter: adapterWithConfig() });
    expect(await screen.findByRole('tab', { name: 'Config', selected: true })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    expect(changes).toEqual(['summary']);
    expect(screen.getByRole('tab', { name: 'Summary', selected: true })).toBeInTheDocument();
  });
});

describe('SyncDetails config', () => {
  it('shows the configuration as collapsible JSON and downloads it byte for byte', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:config'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderWithProvider(<SyncDetails syncId={sync.id} defaultTab="config" />, { adapter: adapterWithConfig() });
    expect(await screen.findByText('The configuration this sync ran with.')).toBeInTheDocument();
    expect(screen.getByText('"TX20"')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download configuration' }));
    expect(clicked[0]?.download).toBe('company-1-sync-1-config.json');
    expect(await readBlob(blobs[0]!)).toBe(JSON.stringify(configuration, null, 2));
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Downloaded company-1-sync-1-config.json');
    click.mockRestore();
  });

  it('says when a sync has no configuration, and shows config errors with retry', async () => {
    const user = userEvent.setup();
    const getSyncConfig = vi
      .fn()
      .mockRejectedValueOnce(new SyncHealthError('unauthorized', 'HTTP 403'))
      .mockResolvedValue({ syncId: sync.id, companyId: sync.companyId, isSnapshot: false, configuration: {} });
    renderWithProvider(<SyncDetails syncId={sync.id} defaultTab="config" />, { adapter: fakeAdapter({ getSyncConfig }, [sync]) });
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not signed in');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('This sync has no configuration.')).toBeInTheDocument();
  });

  it('folds long arrays behind "Show N more"', async () => {
    const user = userEvent.setup();
    const long = { items: Array.from({ length: 45 }, (_, index) => `row-${index}`) };
    const adapter = createInMemoryAdapter({ syncs: [sync], configs: { [sync.id]: { syncId: sync.id, companyId: sync.companyId, isSnapshot: true, configuration: long } } });
    renderWithProvider(<SyncDetails syncId={sync.id} defaultTab="config" />, { adapter });
    await user.click(await screen.findByRole('button', { name: 'Expand all' }));
    expect(screen.getByText('"row-19"')).toBeInTheDocument();
    expect(screen.queryByText('"row-20"')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 25 more' }));
    expect(screen.getByText('"row-44"')).toBeInTheDocument();
  });
});

describe('SyncDetails states and drawer use', () => {
  it('shows loading, then a not-found error with retry, without crashing', async () => {
    const getSync = vi.fn().mockRejectedValue(new SyncHealthError('notFound', 'No sync nope'));
    renderWithProvider(<SyncDetails syncId="nope" />, { adapter: fakeAdapter({ getSync }) });
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find this');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows a malformed sync as an invalid response naming the field', async () => {
    const getSync = vi.fn().mockResolvedValue({ ...sync, startedAt: 'yesterday' });
    renderWithProvider(<SyncDetails syncId={sync.id} />, { adapter: fakeAdapter({ getSync }) });
    expect(await screen.findByRole('alert')).toHaveTextContent('Problem field: startedAt');
  });

  it('in a drawer: takes focus when opened, closes on Escape, gives focus back when closed', async () => {
    const user = userEvent.setup();
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open sync
          </button>
          {open ? <SyncDetails syncId={sync.id} onClose={() => setOpen(false)} /> : null}
        </>
      );
    }
    renderWithProvider(<Host />, { adapter: adapterWithConfig() });
    await user.click(screen.getByRole('button', { name: 'Open sync' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: /Sync sync-1/ })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: /Sync sync-1/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open sync' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Open sync' }));
    await user.click(await screen.findByRole('button', { name: 'Close details' }));
    expect(screen.getByRole('button', { name: 'Open sync' })).toHaveFocus();
  });
});
