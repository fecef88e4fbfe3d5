import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DEFAULT_DEMO_NOW } from '../src/adapters/in-memory';
import { SyncFilters } from '../src/components/sync-history-table';
import type { SyncFilter } from '../src/core/query';

const NOW = Date.parse(DEFAULT_DEMO_NOW);
const DAY_MS = 24 * 3_600_000;

const meta = {
  title: 'Components/SyncFilters',
  component: SyncFilters,
  args: { now: NOW, onFiltersChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SyncFilters>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No filter yet. Typing searches sync and company IDs once typing pauses (or at once on Enter). */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'd12f{Enter}');
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith({ search: 'd12f' });
    await expect(canvas.getByRole('listitem')).toHaveTextContent('Search: d12f');
  },
};

/** Several filters at once: each is a chip that removes it, and "Clear all filters" removes them all. */
export const ActiveFilters: Story = {
  args: {
    defaultFilters: {
      search: 'bramble',
      range: { from: new Date(NOW - 7 * DAY_MS).toISOString() },
      statusCategories: ['failedConnection'],
      statusCodes: [5130],
      product: 'expenses',
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const chips = within(canvas.getByRole('list', { name: 'Active filters' }));
    await expect(chips.getAllByRole('listitem').map((chip) => chip.textContent)).toEqual([
      'Search: bramble',
      'Started: Last 7 days',
      'Status: Failed: company connection',
      'Status: Data write error (5130)',
      'Product: Sync for Expenses',
    ]);
    await userEvent.click(chips.getByRole('button', { name: 'Remove filter Status: Data write error (5130)' }));
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith(expect.not.objectContaining({ statusCodes: expect.anything() }));
    await expect(chips.getByRole('button', { name: 'Remove filter Product: Sync for Expenses' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear all filters' }));
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith({});
    await expect(canvas.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
  },
};

/** Custom first and last days, read in the provider's time zone (Europe/London here); the last day is included. */
export const CustomDates: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Started' }), 'custom');
    const from = canvas.getByLabelText('From');
    const to = canvas.getByLabelText('To');
    await userEvent.type(from, '2026-07-01');
    await userEvent.type(to, '2026-07-31');
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith({
      range: { from: '2026-06-30T23:00:00.000Z', to: '2026-07-31T23:00:00.000Z' },
    });
    await expect(canvas.getByText(/^Started: 1\s?–\s?31 Jul 2026$/)).toBeVisible();
  },
};

/** A last day before the first: explained, and not applied. */
export const InvalidDates: Story = {
  args: { defaultFilters: { range: { from: '2026-11-10T00:00:00.000Z', to: '2026-11-13T00:00:00.000Z' } } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const to = canvas.getByLabelText('To');
    await userEvent.clear(to);
    await userEvent.type(to, '2026-11-01');
    await expect(canvas.getByRole('alert')).toHaveTextContent('The last day must be on or after the first day.');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onFiltersChange).not.toHaveBeenCalledWith(expect.objectContaining({ range: expect.objectContaining({ to: expect.stringMatching(/^2026-11-01/) }) }));
  },
};

/** The status panel: categories and codes with their counts; ticking every code of a category chooses the category. */
export const StatusPanel: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Status All statuses' });
    await userEvent.click(button);
    const panel = within(canvas.getByRole('group', { name: 'Filter by status' }));
    // The counts (from the adapter's totals) describe each box: "Failed: server", "158 syncs".
    await waitFor(() => expect(panel.getByRole('checkbox', { name: 'Failed: server' })).toHaveAccessibleDescription(/^[\d,]+ syncs$/));
    await userEvent.click(panel.getByRole('checkbox', { name: 'Data write error (5130)' }));
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith({ statusCodes: [5130] });
    await expect(panel.getByRole('checkbox', { name: 'Failed: server' })).toBePartiallyChecked();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveTextContent('1 selected');
  },
};

function ControlledFilters() {
  const [filters, setFilters] = useState<SyncFilter>({ companyId: '2501abfe-7b24-4204-b79b-cc3a87776542' });
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <SyncFilters now={NOW} filters={filters} onFiltersChange={setFilters} />
      <pre aria-label="Filter state" style={{ margin: 0, fontSize: 13 }}>
        {JSON.stringify(filters, null, 2)}
      </pre>
    </div>
  );
}

/** Controlled from outside (here with a company chosen elsewhere, e.g. from a dashboard tile): the state is shown below. */
export const Controlled: Story = {
  render: () => <ControlledFilters />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Product' }), 'commerce');
    await expect(canvas.getByLabelText('Filter state')).toHaveTextContent('"product": "commerce"');
    await expect(canvas.getByText('Company: 2501abfe-7b24-4204-b79b-cc3a87776542')).toBeVisible();
  },
};

/** The dark theme, with filters in use. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultFilters: { search: 'acme', statusCategories: ['failedServer'], range: { from: new Date(NOW - DAY_MS).toISOString() } } },
};
