import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { SyncHealthAdapter } from '../src/adapters/contract';
import { createInMemoryAdapter } from '../src/adapters/in-memory';
import { PushItemsPanel } from '../src/components/push-items-panel';
import { FAILED_PUSH_ITEM_STATUSES, type PushItem, type Sync } from '../src/core/model';
import { demoDataset } from './support/demo-adapter';

const dataset = demoDataset();
const NOW = Date.parse(dataset.now);
const failedCount = (sync: Sync) => FAILED_PUSH_ITEM_STATUSES.reduce((sum, status) => sum + (sync.itemCounts?.[status] ?? 0), 0);

/** The newest demo sync matching a rule (the demo data has every kind of sync at realistic rates). */
function demoSync(match: (sync: Sync) => boolean): Sync {
  const found = dataset.syncs.find(match);
  if (!found) throw new Error('No demo sync matches this story');
  return found;
}

const mixedSync = demoSync(
  (sync) => sync.product === 'expenses' && (sync.itemCounts?.validationError ?? 0) > 0 && (sync.itemCounts?.failed ?? 0) > 0 && (sync.itemCounts?.success ?? 0) > 3,
);
const succeededSync = demoSync((sync) => sync.product === 'expenses' && sync.statusCode === 2000 && (sync.itemCounts?.success ?? 0) > 5);
const commerceSync = demoSync((sync) => sync.product === 'commerce' && (sync.itemCounts?.failed ?? 0) > 0);
const emptySync = demoSync((sync) => sync.product === 'expenses' && sync.endedAt !== undefined && sync.itemCounts !== undefined && failedCount(sync) + sync.itemCounts.success === 0);
const largeSyncId = demoDataset({ largeSyncItems: 10_000 }).largeSyncId as string;

/** A tiny data set for the stories that need exact content. */
function explicitAdapter(items: PushItem[]): SyncHealthAdapter {
  const sync: Sync = { ...mixedSync, id: 'sync-explicit', itemCounts: { failed: items.length, validationError: 0, timedOut: 0, pending: 0, success: 0 } };
  return createInMemoryAdapter({ syncs: [sync], pushItems: { [sync.id]: items }, now: dataset.now });
}

const hostileItem: PushItem = {
  id: 'hostile-1',
  coreId: '<b>txn_bold</b>',
  dataType: '<script>alert(1)</script>',
  status: 'failed',
  requestedAt: '2026-11-22T09:00:00.000Z',
  completedAt: '2026-11-22T09:00:04.000Z',
  errorMessage: '<img src=x onerror="alert(2)"> The server said no.',
  validationErrors: [{ message: '<a href="javascript:alert(3)">click</a>', validatorName: '<i>Validator</i>' }],
  validationWarnings: [],
  attempts: 2,
};

const meta = {
  title: 'Components/PushItemsPanel',
  component: PushItemsPanel,
  args: { syncId: mixedSync.id, now: NOW },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 1040 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PushItemsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A failed Sync for Expenses sync: some items pushed, some failed, some failed validation. */
export const MixedStatuses: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(0));
    await expect(canvas.getByText(/failed · .*validation error/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry failed items' })).not.toHaveAttribute('aria-disabled');
    // Every item with something to show has Details (a pushed one, its record and the answer); open an item refused by validation.
    const refused = canvas.getAllByRole('listitem').find((item) => item.querySelector('.sh-status-badge')?.textContent?.includes('Validation error'))!;
    const firstDetails = within(refused).getByRole('button', { name: /^Details of/ });
    await userEvent.click(firstDetails);
    await expect(firstDetails).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getAllByText('Validation errors').length).toBeGreaterThan(0);
  },
};

/** Every item pushed: "Retry failed items" is disabled and says why. */
export const AllSucceeded: Story = {
  args: { syncId: succeededSync.id },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: 'Retry failed items' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription('There are no failed items to retry.');
    await userEvent.click(button);
    await expect(canvas.queryByRole('alertdialog')).toBeNull();
  },
};

/** A Sync for Commerce sync: retry is not offered, and the panel says why. */
export const CommerceSync: Story = {
  args: { syncId: commerceSync.id },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Retry is available for Sync for Expenses syncs only.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Retry failed items' })).toBeNull();
    await waitFor(() => expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(0));
    await expect(canvas.queryByRole('checkbox')).toBeNull();
  },
};

/** 10,000 items: only the rows in view are in the DOM; pages load as you scroll. */
export const TenThousandItems: Story = {
  args: { syncId: largeSyncId },
  parameters: { syncHealth: { largeSyncItems: 10_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-item-id]').length).toBeGreaterThan(0));
    await expect(canvasElement.querySelectorAll('li').length).toBeLessThan(200);
    await expect(canvas.getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '10000');
    await expect(canvas.getByText(/10,000 items/)).toBeVisible();
  },
};

async function retryAllFailed(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: 'Retry failed items' }));
  const dialog = await canvas.findByRole('alertdialog');
  await expect(dialog).toHaveFocus();
  await userEvent.click(within(dialog).getByRole('button', { name: /^Retry \d+ items?$/ }));
}

/** A retry in which every item is pushed: the outcome is announced and the failures are gone. */
export const RetrySuccess: Story = {
  parameters: { syncHealth: { options: { latency: 300, retry: { successRate: 1 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await retryAllFailed(canvasElement);
    await waitFor(() => expect(canvas.getByText(/items? retried: \d+ pushed\.$/)).toBeVisible(), { timeout: 5000 });
    await waitFor(() => expect(canvasElement.querySelector('li[data-status="failed"]')).toBeNull());
    await expect(canvas.getByRole('button', { name: 'Retry failed items' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Where an element is and how big. */
const boxOf = (element: Element) => JSON.stringify(element.getBoundingClientRect());

/**
 * Through one retry (idle, confirming, retrying, done) "Retry failed items" keeps its place and size:
 * the confirmation opens over the list, "Retrying…" takes the label's place, and the outcome has a
 * line kept for it. Retried items completed after the story's pinned "now" read "now", never "in 2
 * seconds".
 */
export const RetryKeepsItsPlace: Story = {
  parameters: { syncHealth: { options: { latency: 300, retry: { successRate: 1 } } } },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: 'Retry failed items' });
    await waitFor(() => expect(canvasElement.querySelector('li[data-status="failed"]')).not.toBeNull());
    const idle = boxOf(button);
    await step('Confirming: the question opens over the list', async () => {
      await userEvent.click(button);
      await expect(await canvas.findByRole('alertdialog')).toBeVisible();
      await expect(boxOf(button)).toBe(idle);
    });
    await step('Retrying: the label changes in place', async () => {
      await userEvent.click(within(canvas.getByRole('alertdialog')).getByRole('button', { name: /^Retry \d+ items?$/ }));
      await expect(await canvas.findByRole('button', { name: 'Retrying…' })).toBe(button);
      await expect(boxOf(button)).toBe(idle);
    });
    await step('Done: the outcome is said below, the button has not moved', async () => {
      await waitFor(() => expect(canvas.getByText(/items? retried: \d+ pushed\.$/)).toBeVisible(), { timeout: 5000 });
      await waitFor(() => expect(canvasElement.querySelector('li[data-status="failed"]')).toBeNull());
      await expect(boxOf(button)).toBe(idle);
      await expect(canvas.getByRole('button', { name: 'Retry failed items' })).toHaveAttribute('aria-disabled', 'true');
    });
    await step('Retried items completed a moment ago, never "in" the future', async () => {
      const retried = canvas.getAllByText('2 attempts').map((attempts) => attempts.closest('li') as HTMLElement);
      await expect(retried.length).toBeGreaterThan(0);
      for (const row of retried) await expect(row).toHaveTextContent(/Completed: now/);
      for (const row of canvas.getAllByRole('listitem')) await expect(row).not.toHaveTextContent(/\bin \d+ seconds?/);
    });
  },
};

/** The same retry on a 390 × 844 phone, where the rows are cards. */
export const RetryOnPhone: Story = {
  ...RetryKeepsItsPlace,
  parameters: {
    ...RetryKeepsItsPlace.parameters,
    layout: 'fullscreen',
    viewport: { options: { phone390: { name: 'Phone (390 × 844)', styles: { width: '390px', height: '844px' }, type: 'mobile' } } },
  },
  globals: { viewport: { value: 'phone390', isRotated: false } },
};

/** A retry in which some items fail again: they keep their error and show their attempts. */
export const RetryPartiallyFailing: Story = {
  parameters: { syncHealth: { options: { latency: 300, retry: { successRate: 0.5 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await retryAllFailed(canvasElement);
    await waitFor(() => expect(canvas.getByText(/items? retried: .*failed again/)).toBeVisible(), { timeout: 5000 });
    await waitFor(() => expect(canvas.getAllByText('2 attempts').length).toBeGreaterThan(0));
  },
};

/** The retry request itself fails: nothing changes, the error is shown, and retrying again is possible. */
export const RetryRequestFailing: Story = {
  parameters: { syncHealth: { options: { latency: 300, failOn: { retryPushItems: 'network' } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(0));
    const failedBefore = canvasElement.querySelectorAll('li[data-status="failed"]').length;
    await retryAllFailed(canvasElement);
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('The retry did not go through');
    await expect(canvasElement.querySelectorAll('li[data-status="failed"]').length).toBe(failedBefore);
    await expect(canvas.getByRole('button', { name: 'Retry failed items' })).not.toHaveAttribute('aria-disabled');
  },
};

/** Select some failed items and retry just those. */
export const RetrySelected: Story = {
  parameters: { syncHealth: { options: { latency: 300, retry: { successRate: 1 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = await canvas.findAllByRole('checkbox');
    await userEvent.click(first!);
    await userEvent.click(canvas.getByRole('button', { name: 'Retry selected (1)' }));
    const dialog = await canvas.findByRole('alertdialog');
    await expect(dialog).toHaveTextContent('Retry 1 failed item?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry 1 item' }));
    await waitFor(() => expect(canvas.getByText('1 item retried: 1 pushed.')).toBeVisible(), { timeout: 5000 });
  },
};

/** Searching by data type in the words shown ("bill payments") narrows the list through the adapter. */
export const Search: Story = {
  args: { defaultSearch: 'bill payments' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(0));
    for (const row of canvas.getAllByRole('listitem')) await expect(row).toHaveTextContent('Bill payments');
    await expect(canvas.getByText(/matching items?$/)).toBeVisible();
  },
};

/** Only the failed items, with the status filter. */
export const FilteredByStatus: Story = {
  args: { defaultStatuses: ['failed', 'validationError'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(0));
    await expect(canvas.getByRole('button', { name: /^Failed/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(canvasElement.querySelector('li[data-status="success"]')).toBeNull();
  },
};

/** Nothing matches the search: one button clears the search and filters. */
export const NoMatches: Story = {
  args: { defaultSearch: 'no-such-item' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(0));
  },
};

/** A sync that pushed nothing. */
export const Empty: Story = {
  args: { syncId: emptySync.id },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('This sync pushed no items')).toBeVisible();
  },
};

/** Waiting for the adapter: skeleton rows. */
export const Loading: Story = {
  parameters: { syncHealth: { options: { latency: 2_000_000_000 } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading…')).toBeInTheDocument();
  },
};

/** The items could not be loaded: the error and a way to try again, inside the panel. */
export const LoadError: Story = {
  parameters: { syncHealth: { options: { failOn: { listPushItems: 'network' } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Network failures are retried twice by the query layer before they are shown.
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('We could not reach the server');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The sync does not exist. */
export const SyncNotFound: Story = {
  args: { syncId: 'no-such-sync' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('We could not find this');
  },
};

/** Backend text is shown as text, never as HTML. */
export const HostileText: Story = {
  parameters: { syncHealth: { adapter: explicitAdapter([hostileItem]) } },
  args: { syncId: 'sync-explicit' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Details of <b>txn_bold</b>' }));
    await expect(canvas.getByText(/<img src=x onerror/)).toBeVisible();
    await expect(canvasElement.querySelector('img, script, b, i, a[href]')).toBeNull();
  },
};

/** In a narrow container every row becomes a small card. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getAllByRole('listitem').length).toBeGreaterThan(0));
  },
};
