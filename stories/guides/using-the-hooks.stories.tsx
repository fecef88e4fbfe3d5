import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { ErrorState } from '../../src/components/ui/error-state';
import { StatusBadge } from '../../src/components/ui/status-badge';
import { TimeStamp } from '../../src/components/ui/time-stamp';
import { SyncHealthError } from '../../src/core/errors';
import { useSyncHealth } from '../../src/data/context';
import { useSyncs } from '../../src/data/use-syncs';
import { demoDataset } from '../support/demo-adapter';

/**
 * The hooks are public: a host can build its own views on them. This example lists the newest failed
 * syncs from the demo data with `useSyncs`, `StatusBadge` and `TimeStamp`, with loading and error states.
 */
function NewestFailedSyncs() {
  const { formatters } = useSyncHealth();
  const query = useSyncs({ statusCategories: ['failedConfiguration', 'failedConnection', 'failedServer'], page: { index: 0, size: 8 } });
  if (query.isPending) return <p role="status">Loading…</p>;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const now = Date.parse(demoDataset().now);
  return (
    <section aria-labelledby="newest-failed">
      <h2 id="newest-failed" style={{ fontSize: '1rem' }}>
        Newest failed syncs ({formatters.number(query.data.totalCount ?? 0)} in all)
      </h2>
      <ul style={{ display: 'grid', gap: 8, padding: 0, listStyle: 'none' }}>
        {query.data.items.map((sync) => (
          <li key={sync.id} style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
            <StatusBadge code={sync.statusCode} />
            <span>{sync.companyName ?? sync.companyId}</span>
            <TimeStamp value={sync.startedAt} now={now} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const meta = {
  title: 'Guides/Using the hooks',
  component: NewestFailedSyncs,
  tags: ['!autodocs'],
} satisfies Meta<typeof NewestFailedSyncs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** On 2,000 demo syncs. */
export const NewestFailed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(8));
  },
};

/** With 300–600 ms of simulated latency: the loading state shows first. */
export const SlowAdapter: Story = {
  parameters: { syncHealth: { options: { latency: { min: 300, max: 600 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading');
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(8), { timeout: 3000 });
  },
};

/** When the adapter fails, network errors are retried twice (0.5 s, then 1 s later) before the error state offers to try again. */
export const AdapterDown: Story = {
  parameters: { syncHealth: { options: { failOn: { listSyncs: new SyncHealthError('network', 'HTTP 503 Service Unavailable') } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('We could not reach the server'), { timeout: 5000 });
  },
};
