import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PushItemDetails } from '../../../src/components/push-items-panel/push-item-details';
import { prettyJson } from '../../../src/components/push-items-panel/push-item-json';
import type { JsonValue, PushItem } from '../../../src/core/model';
import { makePushItem } from '../../support/fixtures';
import { renderWithProvider } from '../../support/render';

// The details part on its own: the provider's validation of adapter answers (another change) is what
// lets pushedRecord and platformResponse reach the panel; what the details show of them is tested here.
const pushedRecord: JsonValue = { supplierRef: { id: '361' }, lines: [{ amount: 120.5, taxRateRef: { id: 'TAX004' } }], note: '<b>not bold</b>' };
const platformResponse: JsonValue = { error: 'Supplier 361 does not exist', status: 400 };

function renderDetails(item: PushItem, platform?: string) {
  return renderWithProvider(<PushItemDetails id="details" item={item} platform={platform} />);
}

describe('PushItemsPanel: the record sent and the accounting software’s answer', () => {
  it('shows both side by side as pretty-printed JSON, each in a scroll box named by its heading', () => {
    const { container } = renderDetails(makePushItem({ pushedRecord, platformResponse }), 'Xero');
    const sent = screen.getByRole('region', { name: 'Sent to Xero' });
    const answer = screen.getByRole('region', { name: 'Answer from Xero' });
    expect(sent.tagName).toBe('PRE');
    expect(sent).toHaveAttribute('tabindex', '0');
    expect(sent.textContent).toBe(JSON.stringify(pushedRecord, null, 2));
    expect(answer.textContent).toBe(JSON.stringify(platformResponse, null, 2));
    // Text, never HTML.
    expect(sent.textContent).toContain('"note": "<b>not bold</b>"');
    expect(container.querySelector('b')).toBeNull();
  });

  it('copies each block’s JSON with its own button', async () => {
    const user = userEvent.setup();
    renderDetails(makePushItem({ pushedRecord, platformResponse }), 'Xero');
    await user.click(screen.getByRole('button', { name: 'Copy record sent to Xero' }));
    expect(await navigator.clipboard.readText()).toBe(JSON.stringify(pushedRecord, null, 2));
    await user.click(screen.getByRole('button', { name: 'Copy answer from Xero' }));
    expect(await navigator.clipboard.readText()).toBe(JSON.stringify(platformResponse, null, 2));
  });

  it('names the accounting software generically when the sync does not say which, and shows only what the adapter has', () => {
    renderDetails(makePushItem({ platformResponse: 'Bad Request' }));
    expect(screen.getByRole('region', { name: 'Answer from the accounting software' })).toHaveTextContent('"Bad Request"');
    expect(screen.queryByRole('region', { name: /^Sent to/ })).not.toBeInTheDocument();
  });

  it('shows nothing of the kind when the adapter has neither', () => {
    const { container } = renderDetails(makePushItem(), 'Xero');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(container.querySelector('.sh-push-items-panel__json-blocks')).toBeNull();
    expect(within(container).getByText('Account 4000 is archived')).toBeInTheDocument();
  });

  it('pretty-prints a record once, not on every render', () => {
    const big: JsonValue = { lines: Array.from({ length: 2000 }, (_, index) => ({ index, description: `Line ${index}` })) };
    const stringify = vi.spyOn(JSON, 'stringify');
    const { rerenderWithProvider } = renderDetails(makePushItem({ pushedRecord: big }), 'Xero');
    for (let render = 0; render < 3; render += 1) rerenderWithProvider(<PushItemDetails id="details" item={makePushItem({ pushedRecord: big })} platform="Xero" />);
    expect(stringify.mock.calls.filter(([value]) => value === big)).toHaveLength(1);
    expect(prettyJson(big)).toBe(screen.getByRole('region', { name: 'Sent to Xero' }).textContent);
    stringify.mockRestore();
  });
});
