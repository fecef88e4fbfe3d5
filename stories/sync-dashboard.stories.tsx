import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createInMemoryAdapter } from '../src/adapters/in-memory';
import { SyncDashboard } from '../src/components/sync-dashboard';
import { SyncHealthError } from '../src/core/errors';
import { FAILED_STATUS_CATEGORIES, statusCategoryOf } from '../src/core/status';
import { demoDataset } from './support/demo-adapter';
import { pageLayout } from './support/page-layout';
import { phoneViewport } from './support/phone-viewport';

const NOW = Date.parse(demoDataset().now);

const meta = {
  title: 'Components/SyncDashboard',
  component: SyncDashboard,
  args: { now: NOW },
  parameters: pageLayout.parameters,
  decorators: pageLayout.decorators,
} satisfies Meta<typeof SyncDashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole page on 2,000 demo syncs. */
export const FullPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: /Total syncs/ })).toHaveTextContent('2,000'));
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(10));
  },
};

/**
 * The trend and the top errors hidden behind their button: the history comes right under the totals.
 * With `storageKey`, the choice is remembered.
 */
export const OverviewHidden: Story = {
  args: { storageKey: 'storybook:overview-hidden' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole('button', { name: /trend and top errors/ });
    if (toggle.getAttribute('aria-expanded') === 'true') await userEvent.click(toggle);
    await expect(canvas.getByRole('button', { name: 'Show trend and top errors' })).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('heading', { name: 'Top errors' })).toBeNull();
  },
};

/**
 * A sync opened by a deep link: its details in a sheet the height of the window over the history,
 * which keeps its columns. The focus stays where the page put it.
 */
export const WithOpenSync: Story = {
  args: { defaultOpenSyncId: demoDataset().syncs.find((sync) => statusCategoryOf(sync.statusCode) === 'failedConfiguration')!.id },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const sheet = canvasElement.querySelector('.sh-dashboard__details') as HTMLElement;
    await waitFor(() => expect(within(sheet).getByRole('tab', { name: 'Summary' })).toBeVisible());
    await expect(sheet.getBoundingClientRect().top).toBe(0);
    await expect(sheet.contains(document.activeElement)).toBe(false);
    await expect(canvas.getByRole('columnheader', { name: /Sync ID/ })).toBeVisible();
  },
};

/** A failed sync opened from its row: the sheet takes the focus; Escape closes it and goes back to the row. */
export const OpenFromTheHistory: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(10));
    const row = canvas.getAllByRole('row').find((candidate) => candidate.querySelector('.sh-status-badge[data-tone="danger"]'))!;
    await step('Open it with a click', async () => {
      await userEvent.click(row.querySelector('[data-column="product"]')!);
      const sheet = canvasElement.querySelector('.sh-dashboard__details') as HTMLElement;
      await waitFor(() => expect(within(sheet).getByRole('tab', { name: 'Summary' })).toBeVisible());
      await expect(sheet.contains(document.activeElement)).toBe(true);
    });
    await step('Close it with Escape', async () => {
      await userEvent.keyboard('{Escape}');
      await expect(canvasElement.querySelector('.sh-dashboard__details')).toBeNull();
      await expect(document.activeElement).toBe(row);
    });
  },
};

/**
 * On a 390 × 844 phone: the history as cards (company, start time, status, sync ID, items), the
 * header's buttons together, nothing wider than the screen; a sync opens full screen.
 */
export const OnAPhone: Story = {
  ...phoneViewport,
  parameters: { ...pageLayout.parameters, ...phoneViewport.parameters },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvasElement.querySelectorAll('tr[data-interactive]').length).toBeGreaterThan(10));
    await expect(window.innerWidth).toBe(390);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    const card = canvasElement.querySelector('tr[data-interactive]') as HTMLElement;
    await expect(getComputedStyle(card).display).toBe('grid');
    await step('Open a sync and close it', async () => {
      await userEvent.click(card);
      const sheet = canvasElement.querySelector('.sh-dashboard__details') as HTMLElement;
      await waitFor(() => expect(within(sheet).getByRole('tab', { name: 'Summary' })).toBeVisible());
      await expect(sheet.getBoundingClientRect().width).toBe(window.innerWidth);
      await userEvent.click(canvas.getByRole('button', { name: 'Close details' }));
      await expect(canvasElement.querySelector('.sh-dashboard__details')).toBeNull();
    });
  },
};

/**
 * By keyboard: the first Tab shows "Skip to sync history", and Enter on it goes to the history's row;
 * "/" focuses the search from anywhere but a field.
 */
export const KeyboardShortcuts: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvasElement.querySelectorAll('tr[data-interactive]').length).toBeGreaterThan(10));
    await step('Skip to the history', async () => {
      await userEvent.tab();
      const skip = canvas.getByRole('link', { name: 'Skip to sync history' });
      await expect(skip).toHaveFocus();
      await expect(skip.getBoundingClientRect().width).toBeGreaterThan(40);
      await userEvent.keyboard('{Enter}');
      await expect(document.activeElement).toBe(canvasElement.querySelector('tbody tr[tabindex="0"]'));
    });
    await step('"/" focuses the search', async () => {
      await userEvent.keyboard('/');
      await expect(canvas.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
    });
  },
};

/** With `getSyncHref`: each history row offers "Copy link" to the sync's page in the host app. */
export const WithSyncLinks: Story = {
  args: { getSyncHref: (syncId) => `/support/syncs/${syncId}` },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('button', { name: 'Copy link' }).length).toBeGreaterThan(10));
  },
};

/** A company with no syncs yet. */
export const EmptyCompany: Story = {
  parameters: { syncHealth: { adapter: createInMemoryAdapter({ syncs: [] }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: /Total syncs/ })).toHaveTextContent('0'));
  },
};

const failing = demoDataset().syncs.filter((sync) => FAILED_STATUS_CATEGORIES.includes(statusCategoryOf(sync.statusCode)));

/** Every sync failing: the success rate, the top errors and the red trend say so at once. */
export const AllSyncsFailing: Story = {
  parameters: { syncHealth: { adapter: createInMemoryAdapter({ ...demoDataset(), syncs: failing }) } },
};

/** The backend cannot be reached: each panel says so and offers to try again; the page keeps working. */
export const AdapterDown: Story = {
  parameters: {
    syncHealth: {
      options: {
        failOn: {
          listSyncs: new SyncHealthError('network', 'HTTP 503'),
          getSyncTotals: new SyncHealthError('network', 'HTTP 503'),
          getTopErrors: new SyncHealthError('network', 'HTTP 503'),
        },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Network failures are tried twice more (after 0.5 and 1 s) before they show.
    await waitFor(() => expect(canvas.getAllByRole('alert').length).toBeGreaterThanOrEqual(3), { timeout: 6000 });
    // The trend shares the totals' request: it says it is not available rather than loading for ever.
    await expect(canvas.getByText('The trend is not available.')).toBeVisible();
  },
};

const refuse = () => Promise.reject(new SyncHealthError('unauthorized', 'HTTP 401'));

/**
 * The backend refuses the session (every call answered 401): one message for the page, with the
 * host's way to sign in again (`onUnauthorized`), instead of an error in every panel.
 */
export const SignedOut: Story = {
  args: { onUnauthorized: fn() },
  parameters: {
    syncHealth: {
      adapter: { listSyncs: refuse, getSyncTotals: refuse, getTopErrors: refuse, getSync: refuse, getSyncConfig: refuse, listPushItems: refuse },
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const signIn = await canvas.findByRole('button', { name: 'Sign in again' });
    await waitFor(() => expect(canvas.getAllByRole('alert')).toHaveLength(1));
    await expect(canvas.queryByRole('table')).toBeNull();
    await userEvent.click(signIn);
    await expect(args.onUnauthorized).toHaveBeenCalledOnce();
  },
};

/** A slow backend (0.6–1.5 s per call): skeletons hold the layout. */
export const SlowAdapter: Story = { parameters: { syncHealth: { options: { latency: { min: 600, max: 1500 } } } } };

/** 100,000 syncs behind the in-memory adapter. */
export const HundredThousandSyncs: Story = {
  parameters: { syncHealth: { syncs: 100_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: /Total syncs/ })).toHaveTextContent('100,000'), { timeout: 10_000 });
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/**
 * One error group chosen from the top errors: the history shows its syncs, and "Retry failed items of
 * these syncs…" retries each sync's failed items, one request per sync, with progress and outcomes.
 */
export const ErrorGroupChosen: Story = {
  args: { defaultFilters: { errorTemplate: '{number} of {number} items could not be written to {name}.' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(2));
    await expect(canvas.getByRole('button', { name: /Show all errors/ })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry failed items of these syncs…' }));
    const confirm = await canvas.findByRole('button', { name: /^Retry failed items in \d+ syncs?$/ });
    await userEvent.click(confirm);
    await waitFor(() => expect(canvas.getByText(/^Retried \d+ syncs?: /)).toBeVisible(), { timeout: 15_000 });
  },
};

/** The customers whose latest sync failed, most affected first; one chosen narrows the history to it. */
export const CustomerNeedingAttentionChosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const panel = await canvas.findByRole('region', { name: 'Customers needing attention' });
    const [first] = await within(panel).findAllByRole('listitem');
    await userEvent.click(within(first!).getByRole('button', { name: /Show their syncs/ }));
    await expect(within(first!).getByRole('button', { name: /Show all customers/ })).toHaveAttribute('aria-pressed', 'true');
  },
};
