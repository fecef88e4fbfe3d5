import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import type { SyncHealthAdapter } from '../src/adapters/contract';
import { DEFAULT_DEMO_NOW } from '../src/adapters/in-memory';
import { SyncHistoryTable } from '../src/components/sync-history-table';
import type { SyncHistoryColumnId, SyncHistoryTableProps } from '../src/components/sync-history-table';
import type { PageRequest } from '../src/core/model';
import { DEFAULT_SYNC_SORT, type SyncFilter, type SyncSort } from '../src/core/query';
import { demoAdapter } from './support/demo-adapter';
import { phoneViewport } from './support/phone-viewport';

const NOW = Date.parse(DEFAULT_DEMO_NOW);

const meta = {
  title: 'Components/SyncHistoryTable',
  component: SyncHistoryTable,
  args: { now: NOW, onSyncOpen: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SyncHistoryTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the first page of rows (the header row is the first `row`). */
async function rowsOf(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(2), { timeout: 5000 });
  return canvas.getAllByRole('row').slice(1);
}

/** 2,000 demo syncs, newest first: sort, filter, page, open a row. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const rows = await rowsOf(canvasElement);
    await expect(rows).toHaveLength(50);
    await expect(canvas.getByText('1–50 of 2,000 syncs')).toBeVisible();
    await userEvent.click(rows[0]!);
    await expect(args.onSyncOpen).toHaveBeenCalledTimes(1);
  },
};

/**
 * Below 640 px wide the history is a list of cards, one per sync: company, start time, status, sync
 * ID and items. The same rows, so a tap, Enter and the arrow keys work as in the table.
 */
export const PhoneCards: Story = {
  ...phoneViewport,
  parameters: { ...meta.parameters, ...phoneViewport.parameters },
  play: async ({ canvasElement, args }) => {
    const rows = await rowsOf(canvasElement);
    await expect(getComputedStyle(rows[0]!).display).toBe('grid');
    await expect(canvasElement.querySelector('thead')!.getBoundingClientRect().height).toBe(0);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    await userEvent.click(rows[1]!);
    await expect(args.onSyncOpen).toHaveBeenCalledTimes(1);
  },
};

/**
 * With `getSyncHref`, each row offers "Copy link": the sync's page in the host app as an absolute URL,
 * for a ticket or a chat. The row still opens with a click or Enter.
 */
export const WithSyncLinks: Story = {
  args: { getSyncHref: (syncId) => `/support/syncs/${syncId}` },
  play: async ({ canvasElement, args }) => {
    // The test browser may not grant the clipboard: what is copied is what matters here.
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const rows = await rowsOf(canvasElement);
    const copy = within(rows[0]!).getByRole('button', { name: 'Copy link' });
    await userEvent.click(copy);
    await expect(writeText).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^${window.location.origin}/support/syncs/[0-9a-f-]+$`)));
    await waitFor(() => expect(copy).toHaveTextContent('Link copied'));
    await expect(args.onSyncOpen).not.toHaveBeenCalled();
    writeText.mockRestore();
  },
};

/** The first page is on its way (a very slow adapter): skeleton rows keep the layout. */
export const Loading: Story = {
  parameters: { syncHealth: { options: { latency: 60_000 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading syncs…');
  },
};

/** Filters that match nothing: the empty state names them and offers to clear them. */
export const Empty: Story = {
  args: { defaultFilters: { search: 'no-such-sync', statusCodes: [5130] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('No syncs match these filters')).toBeVisible());
    await expect(canvas.getByText(/Filters in use: Search: no-such-sync, Status: Data write error \(5130\)/)).toBeVisible();
    await userEvent.click(within(canvas.getByRole('table')).getByRole('button', { name: 'Clear all filters' }));
    await rowsOf(canvasElement);
  },
};

/** The adapter fails: a contained error with "Try again"; the filters and pager stay usable. */
export const AdapterError: Story = {
  name: 'Error',
  parameters: { syncHealth: { options: { failOn: { listSyncs: 'network' } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The library retries network errors twice (after 0.5 s and 1 s) before it shows them.
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('We could not reach the server');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

/** An adapter (wrapper) that never knows the total: only previous and next. */
function withoutTotals(adapter: SyncHealthAdapter): SyncHealthAdapter {
  return {
    ...adapter,
    listSyncs: async (query, ctx) => {
      const { totalCount: _dropped, ...page } = await adapter.listSyncs(query, ctx);
      return page;
    },
  };
}

/** Without a total count: "Syncs 1–50", previous and next only. */
export const NoTotalCount: Story = {
  parameters: { syncHealth: { adapter: withoutTotals(demoAdapter()) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await rowsOf(canvasElement);
    await expect(canvas.getByText('Syncs 1–50')).toBeVisible();
    await expect(canvas.queryByRole('spinbutton', { name: 'Page' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(canvas.getByText('Syncs 51–100')).toBeVisible());
  },
};

/** A slow adapter: while the next sort order loads, the old rows stay with an "Updating…" hint. */
export const Updating: Story = {
  parameters: { syncHealth: { options: { latency: { min: 800, max: 1200 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await rowsOf(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Company' }));
    await waitFor(() => expect(canvas.getByText('Updating…')).toBeVisible());
    await expect(canvas.getAllByRole('row').length).toBeGreaterThan(2);
  },
};

/** The column menu: hide a column and move another, by keyboard. */
export const ColumnMenu: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await rowsOf(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Columns' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Product' }));
    // Status moves past the hidden Product column first, then past Company.
    await userEvent.click(canvas.getByRole('button', { name: 'Move Status left' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Move Status left' }));
    await expect(canvas.getByRole('button', { name: 'Move Status left' })).toHaveFocus();
    const headers = canvas.getAllByRole('columnheader').map((header) => header.textContent);
    await expect(headers.slice(0, 3)).toEqual(['Sync ID', 'Status', 'Company']);
    await expect(canvas.queryByRole('columnheader', { name: 'Product' })).toBeNull();
    await expect(canvas.getByText('Status is now column 2 of 10.')).toBeInTheDocument();
  },
};

/** Everything a host may keep in its URL, controlled from outside and shown beside the table. */
function ControlledTable() {
  const [filters, setFilters] = useState<SyncFilter>({ statusCategories: ['failedServer'] });
  const [sort, setSort] = useState<SyncSort>(DEFAULT_SYNC_SORT);
  const [page, setPage] = useState<PageRequest>({ index: 0, size: 25 });
  const [columnOrder, setColumnOrder] = useState<SyncHistoryColumnId[]>();
  const [openSync, setOpenSync] = useState<string>();
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  for (const category of filters.statusCategories ?? []) params.append('category', category);
  for (const code of filters.statusCodes ?? []) params.append('status', String(code));
  if (filters.range?.from) params.set('from', filters.range.from);
  if (filters.range?.to) params.set('to', filters.range.to);
  params.set('sort', `${sort.field}.${sort.direction}`);
  params.set('page', String(page.index + 1));
  params.set('size', String(page.size));
  if (openSync) params.set('sync', openSync);
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <output aria-label="URL state" style={{ fontFamily: 'monospace', overflowWrap: 'anywhere', fontSize: 13 }}>
        ?{params.toString()}
      </output>
      <SyncHistoryTable
        now={NOW}
        filters={filters}
        onFiltersChange={setFilters}
        sort={sort}
        onSortChange={setSort}
        page={page}
        onPageChange={setPage}
        columnOrder={columnOrder}
        onColumnOrderChange={setColumnOrder}
        selectedSyncId={openSync}
        onSyncOpen={(sync) => setOpenSync(sync.id)}
      />
    </div>
  );
}

/** Controlled state: filters, sort, page and columns live in the host (here, a URL-like string). */
export const Controlled: Story = {
  render: () => <ControlledTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const url = canvas.getByRole('status', { name: 'URL state' });
    await rowsOf(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(url).toHaveTextContent('page=2'));
    await userEvent.click(canvas.getByRole('button', { name: 'Duration' }));
    await waitFor(() => expect(url).toHaveTextContent('sort=duration.desc'));
    await expect(url).toHaveTextContent('page=1');
  },
};

/** Keyboard only: arrows move between rows, Enter opens one. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const rows = await rowsOf(canvasElement);
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    await expect(rows[1]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSyncOpen).toHaveBeenCalledTimes(1);
  },
};

/** The row of the sync open in a details panel is marked current. */
function TableWithSelection(args: SyncHistoryTableProps) {
  const [selected, setSelected] = useState<string>();
  return <SyncHistoryTable {...args} selectedSyncId={selected} onSyncOpen={(sync) => setSelected(sync.id)} />;
}

export const SelectedRow: Story = {
  render: (args) => <TableWithSelection {...args} />,
  play: async ({ canvasElement }) => {
    const rows = await rowsOf(canvasElement);
    await userEvent.click(rows[2]!);
    await expect(rows[2]).toHaveAttribute('aria-current', 'true');
  },
};

/** A phone-sized container: the filters wrap and the table scrolls sideways inside its own box. */
export const NarrowScreen: Story = {
  render: (args) => (
    <div style={{ maxWidth: 360 }}>
      <SyncHistoryTable {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await rowsOf(canvasElement);
    const scroller = within(canvasElement).getByRole('region', { name: 'Sync history table' });
    await expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await rowsOf(canvasElement);
  },
};

/** 100,000 syncs in the in-memory adapter: the page still arrives at once, however you sort or filter. */
export const HundredThousandSyncs: Story = {
  parameters: { syncHealth: { syncs: 100_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await rowsOf(canvasElement);
    await expect(canvas.getByText('1–50 of 100,000 syncs')).toBeVisible();
    const filters = within(canvas.getByRole('search'));
    await userEvent.click(filters.getByRole('button', { name: 'Status All statuses' }));
    await userEvent.click(filters.getByRole('checkbox', { name: 'Data write error (5130)' }));
    await waitFor(() => expect(canvas.getByText(/^1–50 of [\d,]+ syncs$/)).not.toHaveTextContent('100,000'));
  },
};
