import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PushItemDetails } from '../src/components/push-items-panel/push-item-details';
import type { JsonValue, PushItem } from '../src/core/model';
import { phoneViewport } from './support/phone-viewport';

// Issue 16: an item's details with the record as it was sent and the accounting software's answer.
// The details part on its own, as the panel shows it when an item is expanded: the panel shows these
// once the adapter answers carry pushedRecord and platformResponse through the provider's validation.

const pushedRecord: JsonValue = {
  supplierRef: { id: '361', supplierName: 'Bramble Office Supplies' },
  issueDate: '2026-11-21T00:00:00Z',
  currency: 'GBP',
  lines: [
    { description: 'Printer paper, 10 reams', quantity: 10, unitAmount: 4.5, accountRef: { id: '429' }, taxRateRef: { id: 'TAX004' } },
    { description: 'Delivery', quantity: 1, unitAmount: 6.95, accountRef: { id: '425' }, taxRateRef: { id: 'TAX001' } },
  ],
  note: 'Expense exp_0412 from the card feed',
};
const platformResponse: JsonValue = {
  Type: 'ValidationException',
  Message: 'A validation exception occurred',
  Elements: [{ ValidationErrors: [{ Message: 'The Contact with ID 361 does not exist.' }] }],
};
const bigRecord: JsonValue = {
  lines: Array.from({ length: 1500 }, (_, index) => ({ lineNumber: index + 1, description: `Mileage claim, trip ${index + 1}`, amount: 12.6 })),
};

const item: PushItem = {
  id: 'exp_0412',
  coreId: 'exp_0412',
  dataType: 'bills',
  status: 'failed',
  requestedAt: '2026-11-22T09:00:00.000Z',
  completedAt: '2026-11-22T09:00:04.000Z',
  errorMessage: 'Supplier does not exist.',
  validationErrors: [],
  validationWarnings: [],
  attempts: 1,
  pushedRecord,
  platformResponse,
};

const meta = {
  title: 'Components/PushItemsPanel/Record sent and answer',
  component: PushItemDetails,
  args: { id: 'details', item, platform: 'Xero' },
  decorators: [
    (Story) => (
      <div className="sh-push-items-panel" style={{ maxWidth: 1040 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PushItemDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Side by side: what was sent to Xero and what Xero answered, pretty-printed, each with a copy button. */
export const RecordAndAnswer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const sent = canvas.getByRole('region', { name: 'Sent to Xero' });
    const answer = canvas.getByRole('region', { name: 'Answer from Xero' });
    await expect(sent).toHaveTextContent('"supplierName": "Bramble Office Supplies"');
    await expect(answer).toHaveTextContent('The Contact with ID 361 does not exist.');
    await expect(canvas.getByRole('button', { name: 'Copy record sent to Xero' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copy answer from Xero' })).toBeVisible();
  },
};

/** The same in dark. */
export const RecordAndAnswerDark: Story = { ...RecordAndAnswer, globals: { theme: 'dark' } };

/** On a 390 × 844 phone the two blocks stack, each scrolling sideways inside itself, never the page. */
export const RecordAndAnswerOnPhone: Story = {
  ...phoneViewport,
  parameters: { ...phoneViewport.parameters, layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const sent = canvas.getByRole('region', { name: 'Sent to Xero' }).getBoundingClientRect();
    const answer = canvas.getByRole('region', { name: 'Answer from Xero' }).getBoundingClientRect();
    await expect(answer.top).toBeGreaterThan(sent.bottom);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  },
};

/** A record of 1,500 lines stays in a box of bounded height that scrolls. */
export const LargeRecord: Story = {
  args: { item: { ...item, pushedRecord: bigRecord } },
  play: async ({ canvasElement }) => {
    const sent = within(canvasElement).getByRole('region', { name: 'Sent to Xero' });
    await expect(sent.clientHeight).toBeLessThanOrEqual(16 * 16);
    await expect(sent.scrollHeight).toBeGreaterThan(sent.clientHeight * 10);
  },
};

/** Only the answer, from a sync that does not name its accounting software. */
export const OnlyTheAnswer: Story = {
  args: { item: { ...item, pushedRecord: undefined }, platform: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Answer from the accounting software' })).toBeVisible();
    await expect(canvas.queryByRole('region', { name: /^Sent to/ })).toBeNull();
  },
};
