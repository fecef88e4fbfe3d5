import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { StatusBadge } from '../src/components/ui/status-badge';
import { SYNC_STATUS_CODES } from '../src/core/status';

const meta = {
  title: 'Parts/StatusBadge',
  component: StatusBadge,
  args: { code: 2000 },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One badge; change the code in the controls. */
export const Default: Story = {};

/** Every documented status code, an undocumented one (4200 appears in real data), and a sync whose code says success but whose items failed. */
export const AllStatusCodes: Story = {
  render: () => (
    <ul style={{ display: 'grid', gap: 8, listStyle: 'none', padding: 0, margin: 0 }}>
      {SYNC_STATUS_CODES.map((info) => (
        <li key={info.code}>
          <StatusBadge code={info.code} />
        </li>
      ))}
      <li>
        <StatusBadge code={4200} />
      </li>
      <li>
        <StatusBadge code={2000} failedByItems />
      </li>
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(SYNC_STATUS_CODES.length + 2);
    await expect(canvas.getByText('Unknown status (4200)')).toBeVisible();
    await expect(canvas.getByText('Data write error')).toBeVisible();
  },
};

/** Without the code, for tight spaces. */
export const WithoutCode: Story = { args: { code: 4040, showCode: false } };
