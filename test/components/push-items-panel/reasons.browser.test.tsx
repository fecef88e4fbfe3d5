import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import { countPushItems } from '../../../src/core/derive';
import type { PushItem } from '../../../src/core/model';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { makePushItem, makeSync } from '../../support/fixtures';
import { inViewport, SCREENS } from './browser-support';
import '../../../src/styles/tokens.css';
import '../../../src/styles/states.css';
import '../../../src/styles/status-badge.css';
import '../../../src/styles/push-items-panel.css';

const LONG = `The accounting software refused the record: ${'the tax code on line 3 is not valid for the account it is posted to; '.repeat(8)}`.trim();
const items: PushItem[] = [
  makePushItem({ id: 'long', coreId: 'txn_long_reason_0001', errorMessage: LONG }),
  makePushItem({ id: 'sup', coreId: 'txn_supplier_0002', status: 'validationError', validationErrors: [{ message: 'Supplier does not exist.' }] }),
  makePushItem({ id: 'word', coreId: 'txn_unbroken_0003', errorMessage: `Invalid reference ${'x'.repeat(300)}` }),
  ...Array.from({ length: 20 }, (_, index) => makePushItem({ id: `ok-${index}`, coreId: `txn_ok_${index}`, status: 'success', errorMessage: undefined })),
];

async function renderPanel(containerWidth: string) {
  const sync = makeSync({ id: 'sync-reasons', itemCounts: countPushItems(items) });
  const adapter = createInMemoryAdapter({ syncs: [sync], pushItems: { [sync.id]: items }, now: '2026-11-22T12:00:00.000Z' });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const screen = await render(
    <SyncHealthProvider adapter={adapter} queryClient={queryClient} locale="en-GB" timeZone="UTC">
      <div style={{ width: containerWidth }}>
        <PushItemsPanel syncId={sync.id} now={Date.parse('2026-11-22T12:00:00.000Z')} />
      </div>
    </SyncHealthProvider>,
  );
  await expect.poll(() => screen.container.querySelectorAll('li[data-item-id]').length).toBeGreaterThan(3);
  return screen;
}

const reasonText = (container: HTMLElement, itemId: string) =>
  container.querySelector(`li[data-item-id="${itemId}"] .sh-push-items-panel__reason-text`) as HTMLElement;

describe('PushItemsPanel shows why an item failed without a click, in Chromium', () => {
  it.each(SCREENS)('at $screen: each failed item’s reason is in view, at most two lines, with who can fix it; no sideways scroll', async ({ width, height, container }) => {
    await page.viewport(width, height);
    const screen = await renderPanel(container);
    for (const itemId of ['long', 'sup', 'word']) {
      const text = reasonText(screen.container, itemId);
      await expect.element(text).toBeVisible();
      expect(inViewport(text), itemId).toEqual({ visible: true, inside: true });
      const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
      expect(text.getBoundingClientRect().height, itemId).toBeLessThanOrEqual(2 * lineHeight + 1);
      expect(text.getBoundingClientRect().height, itemId).toBeGreaterThanOrEqual(lineHeight - 1);
    }
    // The long reason is clamped, not cut off mid-line: the rest is there to scroll to in the details.
    const long = reasonText(screen.container, 'long');
    expect(long.scrollHeight).toBeGreaterThan(long.clientHeight);
    const fixer = screen.container.querySelector('li[data-item-id="sup"] .sh-push-items-panel__fixer') as HTMLElement;
    expect(fixer).toHaveTextContent('Who can fix it: The customer');
    expect(inViewport(fixer)).toEqual({ visible: true, inside: true });

    // Taller rows are measured: no row overlaps the next one.
    const rows = [...screen.container.querySelectorAll('li[data-item-id]')].map((row) => row.getBoundingClientRect());
    for (let index = 1; index < rows.length; index += 1) expect(rows[index]!.top).toBeGreaterThanOrEqual(rows[index - 1]!.bottom - 1);

    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    screen.unmount();
  });
});
