import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
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

const LONG = `The accounting software refused the record: ${'the tax code on line 3 is not valid for the account it is posted to; '.repeat(6)}`.trim();
const items: PushItem[] = [
  ...['361', '9042', '77'].map((supplier, index) =>
    makePushItem({ id: `s${index}`, coreId: `txn_s${index}`, errorMessage: `Supplier ${supplier} does not exist.`, completedAt: `2026-11-22T10:0${index}:00.000Z` }),
  ),
  makePushItem({ id: 'long', coreId: 'txn_long', errorMessage: LONG }),
  makePushItem({ id: 'word', coreId: 'txn_word', errorMessage: `Invalid reference ${'x'.repeat(300)}` }),
  ...Array.from({ length: 10 }, (_, index) => makePushItem({ id: `ok-${index}`, coreId: `txn_ok_${index}`, status: 'success', errorMessage: undefined })),
];

async function renderGrouped(containerWidth: string) {
  const sync = makeSync({ id: 'sync-groups', product: 'expenses', itemCounts: countPushItems(items) });
  const adapter = createInMemoryAdapter({ syncs: [sync], pushItems: { [sync.id]: items }, now: '2026-11-22T12:00:00.000Z' }, { retry: { successRate: 1 } });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const screen = await render(
    <SyncHealthProvider adapter={adapter} queryClient={queryClient} locale="en-GB" timeZone="UTC">
      <div style={{ width: containerWidth }}>
        <PushItemsPanel syncId={sync.id} now={Date.parse('2026-11-22T12:00:00.000Z')} defaultGroupByReason />
      </div>
    </SyncHealthProvider>,
  );
  await expect.poll(() => screen.container.querySelectorAll('.sh-push-items-panel__group').length).toBe(3);
  return screen;
}

describe('PushItemsPanel grouped by reason, in Chromium', () => {
  it.each(SCREENS)('at $screen: the groups are in view and readable, no sideways scroll; "Retry these" → confirmation → outcome', async ({ width, height, container }) => {
    await page.viewport(width, height);
    const screen = await renderGrouped(container);
    const groups = [...screen.container.querySelectorAll('.sh-push-items-panel__group')];
    expect(groups[0]).toHaveTextContent('3 items · Supplier 77 does not exist.');
    for (const group of groups) {
      const reason = group.querySelector('.sh-push-items-panel__group-reason')!;
      expect(inViewport(reason), reason.textContent ?? '').toEqual({ visible: true, inside: true });
      const button = group.querySelector('button')!;
      expect(inViewport(button), button.getAttribute('aria-label') ?? '').toEqual({ visible: true, inside: true });
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);

    await userEvent.click(page.getByRole('button', { name: 'Retry these 3 items: Supplier 77 does not exist.' }));
    const dialog = page.getByRole('alertdialog', { name: 'Retry 3 failed items?' });
    await expect.element(dialog).toBeVisible();
    expect(inViewport(dialog.element()).inside).toBe(true);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    await userEvent.click(dialog.getByRole('button', { name: 'Retry 3 items' }));
    await expect.element(page.getByText('3 items retried: 3 pushed.')).toBeVisible();
    await expect.poll(() => screen.container.querySelectorAll('.sh-push-items-panel__group').length).toBe(2);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });
});
