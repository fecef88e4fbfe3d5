import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SyncHealthError } from '../../../src/core/errors';
import { statusCategoryOf } from '../../../src/core/status';
import { fakeAdapter } from '../../support/fake-adapter';
import { makeSync } from '../../support/fixtures';
import { NOW, SLOW_RENDER_TIMEOUT_MS, bodyRows, dataset, expectedSyncs, findBodyRows, lastFirstPageQuery, renderTable } from './setup';

const DAY_MS = 24 * 3_600_000;

function rowIds(): string[] {
  return bodyRows().map((row) => row.querySelector('.sh-sync-history-table__id')?.textContent ?? '');
}

describe('SyncHistoryTable: search, filters and the adapter query', { timeout: SLOW_RENDER_TIMEOUT_MS }, () => {
  it('narrows the table to a company when its ID is typed, through the adapter', async () => {
    const companyId = dataset.syncs[10]!.companyId;
    const expected = expectedSyncs((sync) => sync.companyId === companyId);
    const { user, listSyncs } = renderTable();
    await findBodyRows();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), companyId);
    await waitFor(() => expect(screen.getByText(`1–${expected.length} of ${expected.length} syncs`)).toBeInTheDocument());
    expect(lastFirstPageQuery(listSyncs)).toMatchObject({ search: companyId });
    expect(rowIds()).toEqual(expected.map((sync) => sync.id));
  });

  it('finds one sync by its ID', async () => {
    const target = dataset.syncs[123]!;
    const { user, listSyncs } = renderTable();
    await findBodyRows();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), `${target.id}{Enter}`);
    await waitFor(() => expect(rowIds()).toEqual([target.id]));
    expect(lastFirstPageQuery(listSyncs)).toMatchObject({ search: target.id });
    expect(screen.getByText('1–1 of 1 syncs')).toBeInTheDocument();
  });

  it('combines the search with a date range and a status code in one adapter query', async () => {
    const from = NOW - 7 * DAY_MS;
    const target = dataset.syncs.find((sync) => sync.statusCode === 5130 && Date.parse(sync.startedAt) >= from)!;
    const expected = expectedSyncs(
      (sync) => sync.companyId === target.companyId && sync.statusCode === 5130 && Date.parse(sync.startedAt) >= from,
    );
    const { user, listSyncs } = renderTable();
    await findBodyRows();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), `${target.companyId}{Enter}`);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Started' }), 'last7Days');
    await user.click(within(screen.getByRole('search')).getByRole('button', { name: 'Status All statuses' }));
    await user.click(screen.getByRole('checkbox', { name: 'Data write error (5130)' }));

    await waitFor(() => expect(rowIds()).toEqual(expected.map((sync) => sync.id)));
    expect(lastFirstPageQuery(listSyncs)).toMatchObject({
      search: target.companyId,
      range: { from: new Date(from).toISOString() },
      statusCodes: [5130],
    });
    const chips = within(screen.getByRole('list', { name: 'Active filters' }));
    expect(chips.getAllByRole('listitem').map((chip) => chip.textContent)).toEqual([
      `Search: ${target.companyId}`,
      'Started: Last 7 days',
      'Status: Data write error (5130)',
    ]);
  });

  it('filters by a whole status category', async () => {
    const { user, listSyncs } = renderTable();
    await findBodyRows();
    await user.click(within(screen.getByRole('search')).getByRole('button', { name: 'Status All statuses' }));
    await user.click(screen.getByRole('checkbox', { name: 'Failed: server' }));
    await waitFor(() => expect(lastFirstPageQuery(listSyncs)).toMatchObject({ statusCategories: ['failedServer'] }));
    const expected = expectedSyncs((sync) => statusCategoryOf(sync.statusCode) === 'failedServer');
    await waitFor(() => expect(rowIds()).toEqual(expected.slice(0, 50).map((sync) => sync.id)));
  });

  it('says which filters hid everything, and clears them', async () => {
    const { user } = renderTable({ defaultFilters: { search: 'no-such-sync', product: 'commerce' } });
    expect(await screen.findByText('No syncs match these filters')).toBeInTheDocument();
    expect(screen.getByText('Filters in use: Search: no-such-sync, Product: Sync for Commerce.')).toBeInTheDocument();
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: 'Clear all filters' }));
    expect(await findBodyRows()).toHaveLength(50);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });
});

describe('SyncHistoryTable: sorting', { timeout: SLOW_RENDER_TIMEOUT_MS }, () => {
  it('sorts by start time, newest first by default, oldest first on a click, and back', async () => {
    const oldestFirst = [...dataset.syncs].sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
    const { user, listSyncs } = renderTable();
    await findBodyRows();
    const header = screen.getByRole('columnheader', { name: 'Started' });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(rowIds()[0]).toBe(dataset.syncs[0]!.id);

    await user.click(within(header).getByRole('button', { name: 'Started' }));
    await waitFor(() => expect(rowIds()[0]).toBe(oldestFirst[0]!.id));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(lastFirstPageQuery(listSyncs)).toMatchObject({ sort: { field: 'startedAt', direction: 'asc' } });

    // Back to newest first: the page asked for at the start, still in the cache.
    await user.click(within(header).getByRole('button', { name: 'Started' }));
    await waitFor(() => expect(rowIds()[0]).toBe(dataset.syncs[0]!.id));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(listSyncs.mock.calls[0]![0]).toMatchObject({ sort: { field: 'startedAt', direction: 'desc' } });
  });

  it('sorts by a column the adapter knows, and offers no sorting where it does not', async () => {
    const { user, listSyncs } = renderTable();
    await findBodyRows();
    await user.click(screen.getByRole('button', { name: 'Duration' }));
    await waitFor(() => expect(lastFirstPageQuery(listSyncs)).toMatchObject({ sort: { field: 'duration', direction: 'desc' } }));
    expect(screen.getByRole('columnheader', { name: 'Duration' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Started' })).not.toHaveAttribute('aria-sort');
    expect(within(screen.getByRole('columnheader', { name: 'Product' })).queryByRole('button')).toBeNull();
    expect(within(screen.getByRole('columnheader', { name: 'Items' })).queryByRole('button')).toBeNull();
  });
});

describe('SyncHistoryTable: paging', { timeout: SLOW_RENDER_TIMEOUT_MS }, () => {
  it('pages through the history and changes the page size', async () => {
    const { user } = renderTable();
    await findBodyRows();
    expect(screen.getByText('1–50 of 300 syncs')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('51–100 of 300 syncs')).toBeInTheDocument());
    expect(rowIds()[0]).toBe(dataset.syncs[50]!.id);

    // The first row on screen stays on screen: row 51 is on page 3 of 25.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '25');
    await waitFor(() => expect(screen.getByText('51–75 of 300 syncs')).toBeInTheDocument());
    expect(rowIds()[0]).toBe(dataset.syncs[50]!.id);
  });

  it('jumps to a page, and explains a page that does not exist', async () => {
    const { user, listSyncs } = renderTable({ defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    const pageBox = screen.getByRole('spinbutton', { name: 'Page' });
    await user.clear(pageBox);
    await user.type(pageBox, '6{Enter}');
    await waitFor(() => expect(screen.getByText('126–150 of 300 syncs')).toBeInTheDocument());
    expect(listSyncs).toHaveBeenCalledWith(expect.objectContaining({ page: { index: 5, size: 25 } }), expect.anything());

    await user.clear(screen.getByRole('spinbutton', { name: 'Page' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Page' }), '99{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a page from 1 to 12.');
  });

  it('keeps "Previous page" focusable but inert on the first page', async () => {
    const { user, listSyncs } = renderTable();
    await findBodyRows();
    const previous = screen.getByRole('button', { name: 'Previous page' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(previous).toHaveFocus();
    expect(screen.getByText('1–50 of 300 syncs')).toBeInTheDocument();
    // The first page, and the second prefetched: nothing else was asked for.
    expect(new Set(listSyncs.mock.calls.map(([query]) => query.page.index))).toEqual(new Set([0, 1]));
  });

  it('prefetches the next page, so "Next page" shows it without asking again', async () => {
    const { user, listSyncs } = renderTable();
    await findBodyRows();
    const secondPageCalls = () => listSyncs.mock.calls.filter(([query]) => query.page.index === 1).length;
    await waitFor(() => expect(secondPageCalls()).toBe(1));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('51–100 of 300 syncs')).toBeInTheDocument();
    expect(secondPageCalls()).toBe(1);
  });

  it('goes back to the first page when the filters change', async () => {
    const { user, listSyncs } = renderTable({ defaultPage: { index: 3, size: 50 } });
    await findBodyRows();
    expect(screen.getByText('151–200 of 300 syncs')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Product' }), 'expenses');
    await waitFor(() => expect(lastFirstPageQuery(listSyncs)).toMatchObject({ product: 'expenses', page: { index: 0, size: 50 } }));
  });

  it('offers only previous and next when the adapter gives no total', async () => {
    const syncs = Array.from({ length: 60 }, (_, index) => makeSync({ id: `sync-${index}` }));
    const adapter = fakeAdapter(
      {
        listSyncs: vi.fn(async ({ page }) => ({
          items: syncs.slice(page.index * page.size, (page.index + 1) * page.size),
          pageIndex: page.index,
          pageSize: page.size,
          hasNextPage: (page.index + 1) * page.size < syncs.length,
        })),
      },
      syncs,
    );
    const { user } = renderTable({}, { adapter });
    await findBodyRows();
    expect(screen.getByText('Syncs 1–50')).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: 'Page' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Syncs 51–60')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('SyncHistoryTable: rows and states', { timeout: SLOW_RENDER_TIMEOUT_MS }, () => {
  it('shows a sync with failed items as failed, with its item summary and platforms', async () => {
    const sync = makeSync({ statusCode: 2000, itemCounts: { pending: 0, success: 9, failed: 3, timedOut: 0, validationError: 0 } });
    renderTable({}, { adapter: fakeAdapter({}, [sync]) });
    const [row] = await findBodyRows();
    const cells = within(row!);
    expect(cells.getByText('Failed')).toBeInTheDocument();
    expect(cells.getByText('3 of 12 items failed')).toBeInTheDocument();
    expect(row).toHaveTextContent('Pleo → to Xero');
    const started = row!.querySelector('[data-column="startedAt"] time');
    expect(started).toHaveTextContent('3 hours ago');
    expect(started).toHaveAttribute('title', '22 Nov 2026, 09:00:00 UTC');
    expect(cells.getByRole('button', { name: 'Copy sync ID' })).toBeInTheDocument();
    expect(cells.getByRole('button', { name: 'Copy company ID' })).toBeInTheDocument();
  });

  it('renders backend text as text, never as HTML', async () => {
    const sync = makeSync({ companyName: '<img src=x onerror="alert(1)">Acme', sourcePlatform: '<b>Shop</b>' });
    const { container } = renderTable({}, { adapter: fakeAdapter({}, [sync]) });
    await findBodyRows();
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">Acme')).toBeInTheDocument();
  });

  it('shows skeleton rows while the first page loads', () => {
    renderTable({}, { adapter: fakeAdapter({ listSyncs: vi.fn(() => new Promise<never>(() => {})) }) });
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading syncs…');
    expect(document.querySelectorAll('.sh-skeleton').length).toBeGreaterThan(0);
  });

  it('shows an error with "Try again", which asks the adapter again', async () => {
    const listSyncs = vi.fn().mockRejectedValue(new SyncHealthError('unauthorized', 'HTTP 401'));
    const { user } = renderTable({}, { adapter: fakeAdapter({ listSyncs }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are not signed in');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(listSyncs).toHaveBeenCalledTimes(2));
  });

  it('shows a malformed answer as a clear error in the table, not a crash', async () => {
    const listSyncs = vi.fn().mockResolvedValue({ items: [{ id: 42 }], pageIndex: 0, pageSize: 50, hasNextPage: false });
    renderTable({}, { adapter: fakeAdapter({ listSyncs }) });
    expect(await screen.findByRole('alert')).toHaveTextContent('The server sent data we could not read.');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeEnabled();
  });

  it('marks the selected sync as current', async () => {
    renderTable({ selectedSyncId: dataset.syncs[2]!.id });
    const rows = await findBodyRows();
    expect(rows[2]).toHaveAttribute('aria-current', 'true');
    expect(rows[1]).not.toHaveAttribute('aria-current');
  });

  it('offers a way back from a page past the last one', async () => {
    const { user } = renderTable({ defaultPage: { index: 40, size: 50 } });
    expect(await screen.findByText('There are no syncs on this page')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to the first page' }));
    expect(await findBodyRows()).toHaveLength(50);
  });
});
