import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CustomerSyncFlowHistory } from '../src/components/customer-sync-flow-history';
import { SyncDashboard } from '../src/components/sync-dashboard';
import { ContainedPanel, PanelErrorFallback } from '../src/components/ui/contained-panel';
import { DEFAULT_DEMO_NOW } from '../src/adapters/in-memory';
import { SyncHealthProvider } from '../src/data/sync-health-provider';
import { demoAdapter, demoDataset } from './support/demo-adapter';
import { pageLayout } from './support/page-layout';

/**
 * What a part shows when it fails to render: a contained error with "Try again" in its place, while
 * the rest of the page, the host's included, keeps working. Every published component (and each
 * part of the dashboard) is wrapped this way; `onError` on each tells the host.
 */
const meta = {
  title: 'Parts/PanelErrorFallback',
  component: PanelErrorFallback,
  args: { onRetry: fn() },
} satisfies Meta<typeof PanelErrorFallback>;

export default meta;
type Story = StoryObj<typeof meta>;

const NOW = Date.parse(DEFAULT_DEMO_NOW);

/** The contained error on its own: headline, what to do, and "Try again". */
export const Fallback: Story = {
  play: async ({ canvasElement, args }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('This part of the page could not be shown.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** A part that breaks until its cause is gone: here the host removes the cause once `onError` tells it. */
function FlakyPart() {
  const [broken, setBroken] = useState(true);
  return (
    <ContainedPanel onError={() => setBroken(false)}>
      <PartContent broken={broken} />
    </ContainedPanel>
  );
}

function PartContent({ broken }: { broken: boolean }) {
  if (broken) throw new Error('This part breaks until its cause is removed');
  return <p>The part works again.</p>;
}

/** "Try again" mounts the part afresh: once the cause is gone, the part is back. */
export const RecoversOnRetry: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 12, maxWidth: 480 }}>
      <p>Host content above the part.</p>
      <FlakyPart />
      <p>Host content below the part.</p>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(within(await canvas.findByRole('alert')).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('The part works again.')).toBeInTheDocument();
    await expect(canvas.getByText('Host content below the part.')).toBeInTheDocument();
  },
};

/** The dashboard with a broken trend chart: the error takes the chart's place; the other parts work. */
export const InTheDashboard: Story = {
  ...pageLayout,
  parameters: { ...pageLayout.parameters, syncHealth: { syncs: 400 } },
  render: () => (
    <SyncHealthProvider
      adapter={demoAdapter({ syncs: 400 })}
      locale="en-GB"
      timeZone="Europe/London"
      messages={{
        dashboard: {
          trend: {
            summary: () => {
              throw new Error('The trend chart broke');
            },
          },
        },
      }}
    >
      <SyncDashboard now={NOW} />
    </SyncHealthProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This part of the page could not be shown.');
    await waitFor(() => expect(canvas.getByRole('button', { name: /Total syncs/ })).toHaveTextContent('400'));
    await expect(await canvas.findByRole('table')).toBeInTheDocument();
  },
};

/** The customer history in its own words: never the thrown text, which may be internal. */
export const InTheCustomerHistory: Story = {
  render: () => (
    <div style={{ maxWidth: 480 }}>
      <CustomerSyncFlowHistory
        adapter={demoAdapter({ syncs: 400 }).forCompany(demoDataset({ syncs: 400 }).syncs[0]!.companyId)}
        now={NOW}
        messages={{
          startedAt: () => {
            throw new Error('Internal: item renderer failed for tenant 42');
          },
        }}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('We couldn’t load your sync history.');
    await expect(alert).not.toHaveTextContent('tenant 42');
  },
};
