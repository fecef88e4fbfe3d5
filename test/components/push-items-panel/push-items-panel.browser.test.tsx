import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import type { PushItem } from '../../../src/core/model';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import '../../../src/styles/tokens.css';
import '../../../src/styles/states.css';
import '../../../src/styles/status-badge.css';
import '../../../src/styles/push-items-panel.css';

// The 10,000-item sync of the demo data, in real Chromium with the real stylesheet and layout.
const dataset = generateDemoDataset({ seed: 42, syncs: 2_000, largeSyncItems: 10_000 });
const syncId = dataset.largeSyncId as string;
const NOW = Date.parse(dataset.now);
const ctx = { signal: new AbortController().signal };

async function renderLargeSync() {
  const adapter = createInMemoryAdapter(dataset);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const screen = await render(
    <SyncHealthProvider adapter={adapter} queryClient={queryClient} locale="en-GB" timeZone="UTC">
      <div style={{ width: 1000 }}>
        <PushItemsPanel syncId={syncId} now={NOW} />
      </div>
    </SyncHealthProvider>,
  );
  await expect.poll(() => screen.container.querySelectorAll('li[data-item-id]').length).toBeGreaterThan(5);
  return { adapter, screen };
}

const rows = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('li[data-item-id]')];
const scroller = (container: HTMLElement) => container.querySelector('.sh-push-items-panel__scroller') as HTMLElement;

describe('PushItemsPanel with 10,000 items, in Chromium', () => {
  it('keeps at most a few hundred item rows in the DOM while the list says it has 10,000', async () => {
    const { screen } = await renderLargeSync();
    expect(screen.container.querySelectorAll('li').length).toBeLessThan(100);
    expect(rows(screen.container)[0]).toHaveAttribute('aria-setsize', '10000');
    const box = scroller(screen.container);
    expect(box.scrollHeight).toBeGreaterThan(10_000 * 40);
    expect(box.clientHeight).toBeGreaterThan(200);
  });

  it('shows the last items after scrolling to the end, still with few rows in the DOM', async () => {
    const { adapter, screen } = await renderLargeSync();
    const lastPage = await adapter.listPushItems(syncId, { page: { index: 99, size: 100 } }, ctx);
    const last = lastPage.items.at(-1) as PushItem;
    const box = scroller(screen.container);
    for (let step = 0; step < 3; step += 1) {
      box.scrollTop = box.scrollHeight;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const lastRow = screen.getByRole('listitem').filter({ hasText: last.coreId });
    await expect.element(lastRow).toBeVisible();
    await expect.element(lastRow).toHaveAttribute('aria-posinset', '10000');
    expect(screen.container.querySelectorAll('li').length).toBeLessThan(100);
  });

  it('narrows the list with a search by core ID and with the status filter', async () => {
    const { adapter, screen } = await renderLargeSync();
    const somePage = await adapter.listPushItems(syncId, { page: { index: 42, size: 100 } }, ctx);
    const target = somePage.items[17] as PushItem;
    await userEvent.fill(screen.getByRole('searchbox', { name: 'Search items' }).element(), target.coreId);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => rows(screen.container).map((row) => row.dataset.itemId)).toEqual([target.id]);
    expect(rows(screen.container)[0]).toHaveAttribute('aria-setsize', '1');

    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await userEvent.click(screen.getByRole('button', { name: /^Timed out/ }));
    const timedOut = (dataset.syncs.find((sync) => sync.id === syncId)?.itemCounts?.timedOut ?? 0).toString();
    await expect.poll(() => rows(screen.container)[0]?.getAttribute('aria-setsize')).toBe(timedOut);
    expect(rows(screen.container).every((row) => row.dataset.status === 'timedOut')).toBe(true);
  });
});
