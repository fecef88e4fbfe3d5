import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SyncDashboard } from '../src/components/sync-dashboard';
import { summarizeItems } from '../src/core/derive';
import { findTroubleshooting } from '../src/core/troubleshooting';
import { demoDataset } from './support/demo-adapter';
import { pageLayout } from './support/page-layout';

const dataset = demoDataset();
const NOW = Date.parse(dataset.now);

/** A failed Sync for Expenses sync from the last 25 days, with failed items and a known error. */
const target = dataset.syncs.find(
  (sync) =>
    sync.product === 'expenses' &&
    sync.statusCode === 5130 &&
    (summarizeItems(sync.itemCounts)?.failed ?? 0) > 0 &&
    NOW - Date.parse(sync.startedAt) < 25 * 86_400_000 &&
    sync.messages.some((message) => findTroubleshooting(message.text)),
)!;

const meta = {
  title: 'Workflows/Support: find and fix a failed sync',
  component: SyncDashboard,
  args: { now: NOW },
  parameters: { ...pageLayout.parameters, syncHealth: { options: { retry: { successRate: 1 } } } },
  tags: ['!autodocs'],
  decorators: pageLayout.decorators,
} satisfies Meta<typeof SyncDashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The support workflow end to end, by keyboard where a person would use it: search a company ID, pick
 * a date range and a status, sort, open the failed sync, read its error guidance, view and download
 * its configuration, open its push items, retry the failed ones and see the result.
 */
export const FindAndFixAFailedSync: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const rowOfTarget = () => canvas.getAllByRole('row').find((row) => row.textContent?.includes(target.id.slice(0, 6)));

    await step('Search the company ID', async () => {
      await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), `${target.companyId}{Enter}`);
      await waitFor(() => expect(canvas.getByText(/^1–\d+ of \d+ syncs$/)).toBeVisible());
    });

    await step('Pick the last 30 days and the "Data write error" status', async () => {
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Started' }), 'Last 30 days');
      await userEvent.click(canvas.getByRole('button', { name: 'Status All statuses' }));
      await userEvent.click(canvas.getByRole('checkbox', { name: /Data write error/ }));
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(rowOfTarget()).toBeDefined());
    });

    await step('Sort by start time, oldest first, then newest first again', async () => {
      const started = canvas.getByRole('columnheader', { name: /Started/ });
      await userEvent.click(within(started).getByRole('button'));
      await waitFor(() => expect(started).toHaveAttribute('aria-sort', 'ascending'));
      await userEvent.click(within(started).getByRole('button'));
      await waitFor(() => expect(started).toHaveAttribute('aria-sort', 'descending'));
    });

    await step('Open the failed sync by keyboard and read its guidance', async () => {
      const row = rowOfTarget()!;
      row.focus();
      await userEvent.keyboard('{Enter}');
      const details = await canvas.findByRole('region', { name: /Notes and errors/ });
      await expect(within(details).getAllByText('Who can fix it').length).toBeGreaterThan(0);
    });

    await step('View and download the configuration', async () => {
      await userEvent.click(canvas.getByRole('tab', { name: 'Config' }));
      await userEvent.click(await canvas.findByRole('button', { name: 'Download configuration' }));
      await waitFor(() => expect(canvas.getByText(`Downloaded ${target.companyId}-${target.id}-config.json`)).toBeInTheDocument());
    });

    await step('Open the push items and retry the failed ones', async () => {
      await userEvent.click(canvas.getByRole('tab', { name: /Push items \(\d+ failed\)/ }));
      await userEvent.click(await canvas.findByRole('button', { name: 'Retry failed items' }));
      const confirmation = await canvas.findByRole('alertdialog');
      await userEvent.click(within(confirmation).getByRole('button', { name: /^Retry \d+ items?$/ }));
      await waitFor(() => expect(canvas.getByText(/items? retried: \d+ pushed/)).toBeInTheDocument(), { timeout: 5000 });
      await waitFor(() => expect(canvas.getByRole('tab', { name: 'Push items' })).toBeVisible());
    });
  },
};

/** Presses Tab (or Shift+Tab) until `target` has focus: proves it can be reached by keyboard. */
async function tabTo(target: Element, backwards = false) {
  for (let presses = 0; presses < 400; presses++) {
    if (document.activeElement === target) return;
    await userEvent.keyboard(backwards ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
  }
  throw new Error(`Could not reach ${target.outerHTML.slice(0, 120)} with the Tab key`);
}

/** The same workflow with the keyboard alone: Tab to reach each control, then Enter, Space, arrows and typing. */
export const FindAndFixByKeyboardOnly: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(5));

    await step('Search the company ID', async () => {
      await tabTo(canvas.getByRole('searchbox', { name: 'Search' }));
      await userEvent.keyboard(`${target.companyId}{Enter}`);
      await waitFor(() => expect(canvas.getByText(/^1–\d+ of \d+ syncs$/)).toBeVisible());
    });

    await step('Pick the last 30 days and the "Data write error" status', async () => {
      await tabTo(canvas.getByRole('combobox', { name: 'Started' }));
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Started' }), 'Last 30 days');
      await tabTo(canvas.getByRole('button', { name: 'Status All statuses' }));
      await userEvent.keyboard('{Enter}');
      await tabTo(canvas.getByRole('checkbox', { name: /Data write error/ }));
      await userEvent.keyboard(' ');
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.getAllByRole('row').some((row) => row.textContent?.includes(target.id.slice(0, 6)))).toBe(true));
    });

    await step('Sort by start time with the header button', async () => {
      const started = canvas.getByRole('columnheader', { name: /Started/ });
      await tabTo(within(started).getByRole('button'));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(started).toHaveAttribute('aria-sort', 'ascending'));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(started).toHaveAttribute('aria-sort', 'descending'));
    });

    await step('Move to the failed sync with the arrow keys and open it', async () => {
      const rows = canvas.getAllByRole('row').slice(1);
      await tabTo(rows[0]!);
      const index = rows.findIndex((row) => row.textContent?.includes(target.id.slice(0, 6)));
      for (let moves = 0; moves < index; moves++) await userEvent.keyboard('{ArrowDown}');
      await userEvent.keyboard('{Enter}');
      const details = await canvas.findByRole('region', { name: /Notes and errors/ });
      await expect(within(details).getAllByText('Who can fix it').length).toBeGreaterThan(0);
    });

    await step('Configuration tab by arrow key, and download', async () => {
      await tabTo(canvas.getByRole('tab', { name: 'Summary' }));
      await userEvent.keyboard('{ArrowRight}');
      await expect(canvas.getByRole('tab', { name: 'Config' })).toHaveAttribute('aria-selected', 'true');
      await tabTo(await canvas.findByRole('button', { name: 'Download configuration' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(canvas.getByText(`Downloaded ${target.companyId}-${target.id}-config.json`)).toBeInTheDocument());
    });

    await step('Push items tab, retry the failed items, confirm', async () => {
      await tabTo(canvas.getByRole('tab', { name: 'Config' }), true);
      await userEvent.keyboard('{ArrowRight}');
      await tabTo(await canvas.findByRole('button', { name: 'Retry failed items' }));
      await userEvent.keyboard('{Enter}');
      const confirmation = await canvas.findByRole('alertdialog');
      await tabTo(within(confirmation).getByRole('button', { name: /^Retry \d+ items?$/ }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(canvas.getByText(/items? retried: \d+ pushed/)).toBeInTheDocument(), { timeout: 5000 });
    });
  },
};
