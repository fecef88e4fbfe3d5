import { toErrorTemplate } from '../../../src/core/error-templates';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import type { SyncExportQuery, SyncListQuery } from '../../../src/core/query';
import { renderWithProvider } from '../../support/render';

const dataset = generateDemoDataset({ seed: 11, syncs: 400 });
const NOW = Date.parse(dataset.now);

function spiedAdapter() {
  const adapter = createInMemoryAdapter(dataset);
  for (const method of ['listSyncs', 'getSyncTotals', 'getTopErrors', 'getSync', 'getSyncConfig', 'listPushItems'] as const) {
    vi.spyOn(adapter, method);
  }
  return adapter;
}

const lastListQuery = (adapter: ReturnType<typeof spiedAdapter>) =>
  (vi.mocked(adapter.listSyncs).mock.calls.filter(([query]) => query.page.index === 0).at(-1)?.[0] ?? {}) as SyncListQuery;

// A whole page in jsdom is slow on a busy machine: a generous limit, not a speed check.
describe('SyncDashboard', { timeout: 30_000 }, () => {
  it('asks the adapter once for each piece of data on mount, never twice for the same thing', async () => {
    const adapter = spiedAdapter();
    // Syncs are running in this data, so the dashboard refreshes every 15 s by default; on a busy
    // machine this test can take that long, so the live refresh is pushed out of its way.
    renderWithProvider(<SyncDashboard now={NOW} liveIntervalMs={600_000} />, { adapter });
    await waitFor(() => expect(screen.getByRole('button', { name: /Total syncs/ })).toHaveTextContent('400'));
    await screen.findByRole('heading', { name: 'Top errors' });
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(10));
    expect(adapter.getSyncTotals).toHaveBeenCalledTimes(1);
    expect(adapter.getTopErrors).toHaveBeenCalledTimes(1);
    const pages = vi.mocked(adapter.listSyncs).mock.calls.map(([query]) => query.page.index);
    // The first page once, and the next page prefetched once.
    expect(pages.filter((index) => index === 0)).toHaveLength(1);
    expect(pages.filter((index) => index > 0).length).toBeLessThanOrEqual(1);
    expect(new Set(pages).size).toBe(pages.length);
    expect(adapter.getSync).not.toHaveBeenCalled();
  });

  it('filters the history to a category when its tile is clicked, and back', async () => {
    const user = userEvent.setup();
    const adapter = spiedAdapter();
    const onFiltersChange = vi.fn();
    renderWithProvider(<SyncDashboard now={NOW} onFiltersChange={onFiltersChange} />, { adapter });
    const tile = await screen.findByRole('button', { name: /Failed: server/ });
    await user.click(tile);
    expect(tile).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(lastListQuery(adapter).statusCategories).toEqual(['failedServer']));
    expect(onFiltersChange).toHaveBeenLastCalledWith(expect.objectContaining({ statusCategories: ['failedServer'] }));
    // The tiles keep counting every status, so they still work as a selector.
    expect(adapter.getSyncTotals).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: /Total syncs/ }));
    expect(screen.getByRole('button', { name: /Total syncs/ })).toHaveAttribute('aria-pressed', 'true');
    expect(onFiltersChange).toHaveBeenLastCalledWith(expect.objectContaining({ statusCategories: [] }));
    // Back to the unfiltered first page, which is still in the cache.
    await waitFor(() => expect(screen.getByText(/of 400 syncs/)).toBeInTheDocument());
  });

  it('filters the history to the syncs of an error group when it is chosen', async () => {
    const user = userEvent.setup();
    const adapter = spiedAdapter();
    renderWithProvider(<SyncDashboard now={NOW} />, { adapter });
    const errors = await screen.findByRole('region', { name: 'Top errors' });
    const first = (await within(errors).findAllByRole('listitem'))[0]!;
    const text = first.querySelector('.sh-dashboard-errors__text')!.textContent!;
    const count = Number(first.textContent!.match(/(\d+) syncs/)![1]);
    await user.click(within(first).getByRole('button', { name: /Show these syncs/ }));
    await waitFor(() => expect(lastListQuery(adapter).errorTemplate).toBe(toErrorTemplate(text)));
    await waitFor(() => expect(screen.getByText(new RegExp(`of ${count} syncs`))).toBeInTheDocument());
    expect(within(first).getByRole('button', { name: /Show all errors/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens a sync beside the history and closes it again', async () => {
    const user = userEvent.setup();
    const onOpenSyncChange = vi.fn();
    renderWithProvider(<SyncDashboard now={NOW} onOpenSyncChange={onOpenSyncChange} />, { adapter: spiedAdapter() });
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(10));
    const firstRow = screen.getAllByRole('row')[1]!;
    await user.click(within(firstRow).getAllByRole('cell')[2]!);
    const opened = onOpenSyncChange.mock.calls[0]![0] as string;
    expect(opened).toBe(dataset.syncs[0]!.id);
    expect(await screen.findByRole('tab', { name: 'Summary' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onOpenSyncChange).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole('tab', { name: 'Summary' })).not.toBeInTheDocument();
  });

  it('refreshes totals and rows on an interval while syncs are in progress', async () => {
    const adapter = spiedAdapter();
    expect(dataset.syncs.some((sync) => sync.statusCode < 2000)).toBe(true);
    renderWithProvider(<SyncDashboard now={NOW} liveIntervalMs={100} />, { adapter });
    await waitFor(() => expect(vi.mocked(adapter.getSyncTotals).mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 3000 });
    await waitFor(() => expect(vi.mocked(adapter.listSyncs).mock.calls.filter(([query]) => query.page.index === 0).length).toBeGreaterThanOrEqual(2), {
      timeout: 3000,
    });
  });

  it('does not refresh by itself when nothing is in progress', async () => {
    const finished = dataset.syncs.filter((sync) => sync.statusCode >= 2000);
    const adapter = createInMemoryAdapter({ ...dataset, syncs: finished });
    vi.spyOn(adapter, 'getSyncTotals');
    renderWithProvider(<SyncDashboard now={NOW} liveIntervalMs={50} />, { adapter });
    await waitFor(() => expect(screen.getByRole('button', { name: /Total syncs/ })).toHaveTextContent(String(finished.length)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(adapter.getSyncTotals).toHaveBeenCalledTimes(1);
  });

  it('shows the export progress and the result', async () => {
    const user = userEvent.setup();
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const adapter = createInMemoryAdapter(dataset);
    const listSyncs = adapter.listSyncs.bind(adapter);
    // The export fetches pages of 500: hold them until the running state has been seen.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(adapter, 'listSyncs').mockImplementation(async (query, ctx) => {
      if (query.page.size === 500) await gate;
      return listSyncs(query, ctx);
    });
    renderWithProvider(<SyncDashboard now={NOW} />, { adapter });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('button', { name: 'Cancel export' })).toBeInTheDocument();
    expect(screen.getByText('Exporting 0 syncs…')).toBeInTheDocument();
    release();
    expect(await screen.findByText('Exported 400 syncs.')).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('exports in one request when the adapter makes the file, with the filters and the order on screen, and can cancel it', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((_file: Blob) => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const adapter = createInMemoryAdapter(dataset);
    const file = new Blob(['\uFEFFSync ID\r\n'], { type: 'text/csv' });
    let release: () => void = () => {};
    const exportSyncsCsv = vi.fn(async (_query: SyncExportQuery, { signal }: { signal: AbortSignal }) => {
      await new Promise<void>((resolve, reject) => {
        release = resolve;
        signal.addEventListener('abort', () => reject(signal.reason));
      });
      return file;
    });
    const listSyncs = vi.spyOn(adapter, 'listSyncs');
    renderWithProvider(<SyncDashboard now={NOW} defaultFilters={{ product: 'expenses' }} />, { adapter: Object.assign(adapter, { exportSyncsCsv }) });
    await user.click(await screen.findByRole('columnheader', { name: /Duration/ }).then((header) => within(header).getByRole('button')));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Preparing the file…')).toBeInTheDocument();
    expect(exportSyncsCsv).toHaveBeenCalledTimes(1);
    expect(exportSyncsCsv.mock.calls[0]![0]).toMatchObject({ product: 'expenses', sort: { field: 'duration' } });
    expect(listSyncs.mock.calls.filter(([query]) => query.page.size === 500)).toEqual([]);
    release();
    expect(await screen.findByText('Export downloaded.')).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalledWith(file);
    expect(click).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
