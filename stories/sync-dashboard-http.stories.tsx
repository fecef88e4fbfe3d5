import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { createHttpAdapter } from '../src/adapters/http';
import { SyncDashboard } from '../src/components/sync-dashboard';
import { demoDataset } from './support/demo-adapter';
import { pageLayout } from './support/page-layout';
import { createMockFetch, type MockHttpBackendOptions } from './support/mock-http-backend';

/** The dashboard over the HTTP adapter, talking to mocked REST endpoints (no network) in the browser. */
function httpAdapter(options: MockHttpBackendOptions, timeoutMs?: number) {
  return createHttpAdapter({ baseUrl: '/api', fetch: createMockFetch({ basePath: '/api', ...options }), timeoutMs });
}

const meta = {
  title: 'Adapters/HTTP adapter: dashboard over REST',
  component: SyncDashboard,
  args: { now: Date.parse(demoDataset().now) },
  parameters: { ...pageLayout.parameters, syncHealth: { adapter: httpAdapter({}) } },
  tags: ['!autodocs'],
  decorators: pageLayout.decorators,
} satisfies Meta<typeof SyncDashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The REST contract answering promptly. */
export const Healthy: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: /Total syncs/ })).toHaveTextContent(/\d/));
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(5));
  },
};

/** Every endpoint takes 0.8–2 s: skeletons and "Updating…" hints carry the wait. */
export const SlowBackend: Story = {
  parameters: { syncHealth: { adapter: httpAdapter({ data: { options: { latency: { min: 800, max: 2000 } } } }) } },
};

/** The history endpoint answers 503 while the others work: only its panel shows the error. */
export const HistoryEndpointFailing: Story = {
  parameters: { syncHealth: { adapter: httpAdapter({ data: { options: { failOn: { listSyncs: 'unauthorized' } } } }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('You are not signed in'));
    // The totals come from another endpoint, which may answer after the history's error is shown.
    await waitFor(() => expect(canvas.getByRole('button', { name: /Total syncs/ })).toHaveTextContent(/\d/));
  },
};

/** The totals endpoint answers with a malformed body: the tiles say so and name the field. */
export const MalformedTotals: Story = {
  parameters: { syncHealth: { adapter: httpAdapter({ malformed: { getSyncTotals: 'wrongShape' } }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('alert')[0]).toHaveTextContent('The server sent data we could not read'));
  },
};
