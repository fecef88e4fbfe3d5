import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { createInMemoryAdapter } from '../src/adapters/in-memory';
import { SyncDetails } from '../src/components/sync-details';
import type { Sync } from '../src/core/model';
import { statusCategoryOf, type SyncStatusCategory } from '../src/core/status';
import { demoDataset } from './support/demo-adapter';

const dataset = demoDataset();
const NOW = Date.parse(dataset.now);

/** The newest demo sync matching a rule (the demo data has every status at realistic rates). */
function demoSync(match: (sync: Sync) => boolean): Sync {
  const found = dataset.syncs.find(match);
  if (!found) throw new Error('No demo sync matches this story');
  return found;
}
const ofCategory = (category: SyncStatusCategory) => demoSync((sync) => statusCategoryOf(sync.statusCode) === category);

const meta = {
  title: 'Components/SyncDetails',
  component: SyncDetails,
  args: { syncId: ofCategory('failedServer').id, now: NOW },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 880 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof SyncDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A sync that failed on the server side, with its error, guidance and internal exception. */
export const FailedServer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('tab', { name: /Push items/ })).toBeVisible());
    await expect(canvas.getByText('Notes and errors')).toBeVisible();
  },
};

/** A configuration error the customer must fix: the guidance says so. */
export const FailedConfiguration: Story = {
  args: { syncId: ofCategory('failedConfiguration').id },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByText('The customer').length).toBeGreaterThan(0));
  },
};

/** The company's connection was lost or its billing expired. */
export const FailedConnection: Story = { args: { syncId: ofCategory('failedConnection').id } };

/** A successful sync: what its status means, then the facts; no cause to show. */
export const Succeeded: Story = {
  args: { syncId: ofCategory('success').id },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Success.')).toBeVisible();
    await expect(canvas.getByText('Sync ID')).toBeVisible();
    await expect(canvas.queryByText('Main cause')).toBeNull();
  },
};

/** A sync still running: no end time yet. */
export const InProgress: Story = { args: { syncId: ofCategory('inProgress').id } };

/** An undocumented status code (4200 "MapCoreError" appears in real data): the number and a neutral meaning. */
export const UnknownStatusCode: Story = {
  args: { syncId: ofCategory('unknown').id },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByText(/Unknown status \(4200\)/).length).toBeGreaterThan(0));
  },
};

const mixedSync: Sync = {
  ...ofCategory('success'),
  id: 'sync-mixed-results',
  statusCode: 2000,
  statusText: 'Complete',
  itemCounts: { pending: 0, success: 9, failed: 2, timedOut: 0, validationError: 1 },
  messages: [{ severity: 'note', text: 'Order #10234 was updated but its original order was not found. Please reconcile manually.', recordId: '10234' }],
};

/** The code says success but 3 of 12 items failed: the sync shows as failed, and the summary says why. */
export const MixedItemResults: Story = {
  args: { syncId: mixedSync.id },
  parameters: { syncHealth: { adapter: createInMemoryAdapter({ syncs: [mixedSync] }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('9 of 12 items pushed, 3 failed')).toBeVisible());
    await expect(canvas.getByRole('tab', { name: 'Push items (3 failed)' })).toBeVisible();
  },
};

const hostileSync: Sync = {
  ...ofCategory('failedServer'),
  id: 'sync-hostile-strings',
  companyName: '<img src=x onerror=alert(1)> Bramble & Co',
  messages: [
    { severity: 'error', text: '<script>alert("xss")</script><b onmouseover=alert(1)>Write failed</b>' },
    { severity: 'error', text: `Record rejected: ${'VeryLongUnbrokenIdentifier'.repeat(20)}` },
    { severity: 'warning', text: '\u202Eevil text reversed by a bidi override\u202C then normal' },
  ],
  internalMessage: `System.InvalidOperationException: Sequence contains no elements\n${'   at Sync.Engine.Push(Item item) in /src/Engine.cs:line 42\n'.repeat(12)}`,
};

/** Long and hostile strings stay text and wrap inside the panel. */
export const LongAndHostileStrings: Story = {
  args: { syncId: hostileSync.id },
  parameters: { syncHealth: { adapter: createInMemoryAdapter({ syncs: [hostileSync] }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText(/<script>alert\("xss"\)<\/script>/)).toBeVisible());
    await expect(canvasElement.querySelector('script, img, b')).toBeNull();
  },
};

const sparseSync: Sync = {
  id: 'sync-sparse',
  companyId: 'company-without-details',
  product: 'commerce',
  statusCode: 5000,
  startedAt: '2026-11-22T08:00:00.000Z',
  messages: [],
};

/** A backend that reports little: missing names, platforms, range, counts and messages. */
export const MissingOptionalFields: Story = {
  args: { syncId: sparseSync.id },
  parameters: { syncHealth: { adapter: createInMemoryAdapter({ syncs: [sparseSync] }) } },
};

/** The configuration tab: collapsible JSON and "Download configuration". */
export const Configuration: Story = {
  args: { defaultTab: 'config' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Download configuration' })).toBeVisible());
  },
};

/** The configuration cannot be loaded. */
export const ConfigurationError: Story = {
  args: { defaultTab: 'config' },
  parameters: { syncHealth: { options: { failOn: { getSyncConfig: 'unauthorized' } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('alert')).toBeVisible());
  },
};

/** The push items tab, on the sync's own items. */
export const PushItems: Story = { args: { defaultTab: 'pushItems' } };

/** While the sync loads. */
export const Loading: Story = { parameters: { syncHealth: { options: { latency: 100_000 } } } };

/** The sync could not be loaded: a contained error with a retry. */
export const LoadError: Story = {
  parameters: { syncHealth: { options: { failOn: { getSync: 'notFound' } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('We could not find this'));
  },
};

/** A host page with a button that opens the details in a side panel. */
function SidePanelDemo(props: React.ComponentProps<typeof SyncDetails>) {
  const [open, setOpen] = useState(false);
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <button type="button" className="sh-button" onClick={() => setOpen(true)}>
        Open sync
      </button>
      {open ? (
        <aside style={{ flex: 1, padding: 16, border: '1px solid var(--sh-color-border)', borderRadius: 8 }}>
          <SyncDetails {...props} onClose={() => setOpen(false)} />
        </aside>
      ) : null}
    </div>
  );
}

/** Inside a side panel: focus moves in when it opens, Escape or the close button closes it and focus returns. */
export const InSidePanel: Story = {
  render: (args) => <SidePanelDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Open sync' }));
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2 })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('button', { name: 'Open sync' })).toHaveFocus();
  },
};

/**
 * A sheet as a host opens it: as high as the viewport, the details scrolling inside it under a header
 * that stays at the top.
 */
function Sheet({ children, width = 640 }: { children: React.ReactNode; width?: number | string }) {
  return (
    <div
      role="dialog"
      aria-label="Sync details sheet"
      style={{
        boxSizing: 'border-box',
        height: '100vh',
        width,
        maxWidth: '100%',
        marginLeft: 'auto',
        padding: '0 12px',
        borderLeft: '1px solid var(--sh-color-border)',
        background: 'var(--sh-color-bg)',
      }}
    >
      {children}
    </div>
  );
}

/** A failed sync whose cause the troubleshooting catalogue knows: who can fix it, and what to do. */
const knownCause = ofCategory('failedConfiguration');

/** Where an element ends, against the bottom of the sheet (the viewport's height). */
const fitsInSheet = (element: Element, sheet: Element) => element.getBoundingClientRect().bottom <= sheet.getBoundingClientRect().bottom;

/**
 * Cause first, in a viewport-high sheet: what the status means, then the main cause (the first error)
 * with who can fix it and what to do, in view without scrolling; the facts after them.
 */
export const CauseFirstInSheet: Story = {
  args: { syncId: knownCause.id, onClose: () => {} },
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <Sheet>
      <SyncDetails {...args} />
    </Sheet>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const cause = (await canvas.findByText('Main cause')).closest('li') as HTMLElement;
    const whatToDo = within(cause).getByText('What to do');
    await expect(whatToDo).toBeVisible();
    await expect(within(cause).getByText('Who can fix it')).toBeVisible();
    const sheet = canvas.getByRole('dialog');
    await expect(fitsInSheet(whatToDo.nextElementSibling!, sheet)).toBe(true);
    await expect(canvasElement.querySelector('.sh-sync-details__panel')!.scrollTop).toBe(0);
    // The facts come after the cause.
    const facts = canvas.getByText('Sync ID').closest('dl')!;
    await expect(cause.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};

/** With `getSyncHref`, the header offers "Copy link": it copies the absolute address and says so. */
export const CopyLink: Story = {
  args: { getSyncHref: (syncId: string) => `/support/syncs/${syncId}` },
  beforeEach: () => {
    // The story's own clipboard: a test browser may refuse the real one, and a story must not fill yours.
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    return () => writeText.mockRestore();
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const header = await canvas.findByRole('banner');
    await userEvent.click(within(header).getByRole('button', { name: 'Copy link' }));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(new URL(`/support/syncs/${args.syncId}`, window.location.href).href);
    await expect(within(header).getByRole('status')).toHaveTextContent('Link copied');
  },
};

/** A 390 × 844 phone: the details fill the screen, the close button is 44 px and in reach, nothing scrolls sideways. */
export const Phone: Story = {
  args: { syncId: knownCause.id, onClose: () => {}, getSyncHref: (syncId: string) => `/support/syncs/${syncId}` },
  parameters: {
    layout: 'fullscreen',
    viewport: { options: { phone390: { name: 'Phone (390 × 844)', styles: { width: '390px', height: '844px' }, type: 'mobile' } } },
  },
  globals: { viewport: { value: 'phone390', isRotated: false } },
  render: (args) => (
    <Sheet width="100%">
      <SyncDetails {...args} />
    </Sheet>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Main cause')).toBeVisible();
    const close = canvas.getByRole('button', { name: 'Close details' }).getBoundingClientRect();
    if (window.innerWidth < 640) {
      await expect(close.width).toBeGreaterThanOrEqual(44);
      await expect(close.height).toBeGreaterThanOrEqual(44);
    }
    await expect(close.left >= 0 && close.top >= 0 && close.right <= window.innerWidth).toBe(true);
    const details = canvasElement.querySelector('.sh-sync-details') as HTMLElement;
    await expect(details.scrollWidth).toBeLessThanOrEqual(details.clientWidth);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  },
};

/** Dark theme, in a sheet, cause first. */
export const Dark: Story = {
  ...CauseFirstInSheet,
  args: { syncId: knownCause.id, onClose: () => {}, getSyncHref: (syncId: string) => `/support/syncs/${syncId}` },
  globals: { theme: 'dark' },
};
