import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ErrorState } from '../src/components/ui/error-state';
import { SyncHealthError } from '../src/core/errors';

const meta = {
  title: 'Parts/ErrorState',
  component: ErrorState,
  args: { onRetry: fn() },
} satisfies Meta<typeof ErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The backend could not be reached. */
export const Network: Story = {
  args: { error: new SyncHealthError('network', 'HTTP 503 Service Unavailable') },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** The person may not see this. */
export const Unauthorized: Story = { args: { error: new SyncHealthError('unauthorized', 'HTTP 401') } };

/** The sync does not exist. */
export const NotFound: Story = { args: { error: new SyncHealthError('notFound', 'No sync with ID 7f3c…'), onRetry: undefined } };

/** The adapter answered with malformed data: the field is named. */
export const InvalidResponse: Story = {
  args: {
    error: new SyncHealthError('invalidResponse', 'listSyncs: items[3].startedAt should be a date-time from 1970 to 2200 in ISO 8601 with a time zone but was 42.', {
      field: 'items[3].startedAt',
    }),
  },
};

/** A hostile, very long message stays text and wraps inside the panel. */
export const HostileMessage: Story = {
  args: {
    error: new Error(`<img src=x onerror="alert(1)"><script>alert(2)</script> ${'A'.repeat(400)}`),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, script')).toBeNull();
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('<script>alert(2)</script>');
  },
};
