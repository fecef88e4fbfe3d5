import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createInMemoryAdapter } from '../src/adapters/in-memory';
import { PushItemsPanel } from '../src/components/push-items-panel';
import { countPushItems } from '../src/core/derive';
import type { PushItem, PushItemCounts, Sync } from '../src/core/model';
import { SyncHealthProvider } from '../src/data/sync-health-provider';
import { demoDataset } from './support/demo-adapter';
import { phoneViewport } from './support/phone-viewport';

// Issue 16: why each failed item failed, who can fix it, and the retry's warning about items only the
// customer can fix. Exact items, so the stories show each case; the rest of the panel's states are in
// push-items-panel.stories.tsx.
const dataset = demoDataset();
const NOW = Date.parse(dataset.now);
const base = dataset.syncs.find((sync) => sync.product === 'expenses' && (sync.itemCounts?.failed ?? 0) > 0) as Sync;

const at = (minute: number) => new Date(NOW - (60 - minute) * 60_000).toISOString();
function item(id: string, fields: Partial<PushItem>): PushItem {
  return { id, coreId: id, dataType: 'expenses', status: 'failed', requestedAt: at(1), completedAt: at(2), validationErrors: [], validationWarnings: [], attempts: 1, ...fields };
}

const items: PushItem[] = [
  item('exp_0412', { errorMessage: 'Supplier does not exist.' }),
  item('bill_0413', {
    dataType: 'bills',
    status: 'validationError',
    errorMessage: 'The record failed validation.',
    validationErrors: [
      { message: 'Customer 8a1f does not exist.', validatorName: 'CustomerValidator' },
      { message: 'Line 2: amount must be positive', validatorName: 'AmountValidator' },
    ],
    validationWarnings: [{ message: 'Tracking category "Department" was not found; the line was posted without it.' }],
  }),
  item('exp_0414', {
    errorMessage: `Xero refused the record: ${'the tax code on line 3 is not valid for the account it is posted to, and '.repeat(5)}the record was not created.`,
  }),
  item('exp_0415', { status: 'timedOut', errorMessage: 'The push to Xero timed out after 300 seconds.', attempts: 2 }),
  item('exp_0416', { errorMessage: '<img src=x onerror="alert(1)"> Payment account <b>1200</b> is locked' }),
  item('exp_0417', { status: 'success' }),
  item('exp_0418', { status: 'success' }),
];

/**
 * A provider over one sync of these items, with a fresh adapter each time the story mounts (a retry
 * changes the adapter's items). `counts` replaces the sync's counts: a sync with more failed items than loaded;
 * `list` replaces the items.
 */
function ReasonsProvider({ counts, list = items, children }: { counts?: PushItemCounts; list?: PushItem[]; children: React.ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }));
  const [adapter] = useState(() => {
    const sync: Sync = { ...base, id: 'sync-reasons', targetPlatform: 'Xero', itemCounts: counts ?? countPushItems(list) };
    return createInMemoryAdapter({ syncs: [sync], pushItems: { [sync.id]: list }, now: dataset.now }, { latency: 200, retry: { successRate: 1 } });
  });
  return (
    <SyncHealthProvider adapter={adapter} queryClient={client} locale="en-GB" timeZone="Europe/London">
      {children}
    </SyncHealthProvider>
  );
}

const meta = {
  title: 'Components/PushItemsPanel/Reasons and retry warning',
  component: PushItemsPanel,
  args: { syncId: 'sync-reasons', now: NOW },
  decorators: [
    (Story, { parameters }) => (
      <ReasonsProvider counts={parameters.itemCounts as PushItemCounts | undefined} list={parameters.items as PushItem[] | undefined}>
        <div style={{ maxWidth: 1040 }}>
          <Story />
        </div>
      </ReasonsProvider>
    ),
  ],
} satisfies Meta<typeof PushItemsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowOf = (canvasElement: HTMLElement, id: string) => canvasElement.querySelector(`li[data-item-id="${id}"]`) as HTMLElement;

/**
 * Each failed item says why in its row, without a click: its first validation error, else its error
 * message, two lines at most; and who can fix it when the troubleshooting catalogue knows the message.
 * "Details" shows every validation error and warning.
 */
export const FailedItemsWithReasons: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rowOf(canvasElement, 'exp_0412')).not.toBeNull());
    await expect(within(rowOf(canvasElement, 'exp_0412')).getByText('Supplier does not exist.')).toBeVisible();
    await expect(rowOf(canvasElement, 'exp_0412')).toHaveTextContent('Who can fix it: The customer');
    await expect(within(rowOf(canvasElement, 'bill_0413')).getByText('Customer 8a1f does not exist.')).toBeVisible();
    await expect(rowOf(canvasElement, 'exp_0415')).not.toHaveTextContent('Who can fix it');
    await expect(canvasElement.querySelector('img, b')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Details of bill_0413' }));
    await expect(canvas.getByText('Line 2: amount must be positive')).toBeVisible();
    await expect(canvas.getByText(/Tracking category "Department" was not found/)).toBeVisible();
  },
};

/** The same in dark. */
export const FailedItemsWithReasonsDark: Story = { ...FailedItemsWithReasons, globals: { theme: 'dark' } };

/** On a 390 × 844 phone each row is a card, and the reason is still there without a click or a sideways scroll. */
export const FailedItemsWithReasonsOnPhone: Story = {
  ...phoneViewport,
  parameters: { ...phoneViewport.parameters, layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowOf(canvasElement, 'exp_0414')).not.toBeNull());
    await expect(within(rowOf(canvasElement, 'exp_0414')).getByText(/^Xero refused the record/)).toBeVisible();
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  },
};

async function openRetry(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await waitFor(() => expect(rowOf(canvasElement, 'exp_0412')).not.toBeNull());
  await userEvent.click(await canvas.findByRole('button', { name: 'Retry failed items' }));
  return canvas.findByRole('alertdialog');
}

/**
 * Retrying every failed item warns that 2 of the 5 failed for a reason only the customer can fix, and
 * offers to retry only the other 3.
 */
export const RetryWarning: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openRetry(canvasElement);
    await expect(dialog).toHaveTextContent('2 of these 5 items failed for a reason only the customer can fix (supplier not found, customer not found).');
    await expect(within(dialog).getByRole('button', { name: 'Retry only the other 3' })).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Retry 5 items' })).toBeVisible();
  },
};

/** The warning in dark. */
export const RetryWarningDark: Story = { ...RetryWarning, globals: { theme: 'dark' } };

/** The warning on a phone. */
export const RetryWarningOnPhone: Story = {
  ...RetryWarning,
  ...phoneViewport,
  parameters: { ...phoneViewport.parameters, layout: 'fullscreen' },
};

/** "Retry only the other 3" retries those three: the two the customer has to fix stay failed. */
export const RetryOnlyTheOthers: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openRetry(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry only the other 3' }));
    await waitFor(() => expect(within(canvasElement).getByText('3 items retried: 3 pushed.')).toBeVisible(), { timeout: 5000 });
    await waitFor(() => expect(rowOf(canvasElement, 'exp_0414')).toHaveAttribute('data-status', 'success'));
    await expect(rowOf(canvasElement, 'exp_0412')).toHaveAttribute('data-status', 'failed');
    await expect(rowOf(canvasElement, 'bill_0413')).toHaveAttribute('data-status', 'validationError');
  },
};

/**
 * The sync has 45 more failed items than this page has loaded: the warning speaks of the loaded ones
 * only, and "only the others" means the other loaded ones.
 */
export const RetryWarningWithItemsNotLoaded: Story = {
  parameters: { itemCounts: { ...countPushItems(items), failed: 48 } },
  play: async ({ canvasElement }) => {
    const dialog = await openRetry(canvasElement);
    await expect(dialog).toHaveTextContent('Of the 5 failed items loaded, 2 failed for a reason only the customer can fix');
    await expect(within(dialog).getByRole('button', { name: 'Retry only the 3 other loaded items' })).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Retry 50 items' })).toBeVisible();
  },
};

// Failed items with three causes, their wordings differing only in values: "Group by reason" makes one group of each.
const groupedItems: PushItem[] = [
  ...['361', '9042', '77'].map((supplier, index) => item(`exp_05${index}`, { errorMessage: `Supplier ${supplier} does not exist.`, completedAt: at(10 + index) })),
  ...['TAX004', 'TAX012'].map((code, index) =>
    item(`bill_06${index}`, { dataType: 'bills', status: 'validationError', validationErrors: [{ message: `Tax rate ${code} does not exist` }], completedAt: at(20 + index) }),
  ),
  item('exp_0700', { status: 'timedOut', errorMessage: 'The push to Xero timed out after 300 seconds.' }),
  ...items.filter((each) => each.status === 'success'),
];

/**
 * "Group by reason": the failed items' reasons above the list, one group per cause, most items first,
 * each with its newest example, who can fix it and "Retry these". "Retry these" on the suppliers asks
 * to confirm (warning that the customer has to fix them), retries exactly those three, and says how it went.
 */
export const GroupedByReason: Story = {
  args: { defaultGroupByReason: true },
  parameters: { items: groupedItems },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Why items failed' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    await expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('3 items · Supplier 77 does not exist.');
    await expect(canvas.getByRole('button', { name: 'Group by reason' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(list).getByRole('button', { name: 'Retry these 3 items: Supplier 77 does not exist.' }));
    const dialog = await canvas.findByRole('alertdialog', { name: 'Retry 3 failed items?' });
    await expect(dialog).toHaveTextContent('only the customer can fix');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry 3 items' }));
    await waitFor(() => expect(canvas.getByText('3 items retried: 3 pushed.')).toBeVisible(), { timeout: 5000 });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
  },
};

/** The groups in dark. */
export const GroupedByReasonDark: Story = { ...GroupedByReason, globals: { theme: 'dark' } };

/** The groups on a 390 × 844 phone: each reason wraps, "Retry these" goes under it, no sideways scroll. */
export const GroupedByReasonOnPhone: Story = {
  args: { defaultGroupByReason: true },
  ...phoneViewport,
  parameters: { ...phoneViewport.parameters, layout: 'fullscreen', items: groupedItems },
  play: async ({ canvasElement }) => {
    const list = await within(canvasElement).findByRole('list', { name: 'Why items failed' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    await expect(within(list).getByRole('button', { name: /^Retry these 2 items/ })).toBeVisible();
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  },
};
