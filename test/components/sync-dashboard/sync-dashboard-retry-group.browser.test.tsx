import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { summarizeItems } from '../../../src/core/derive';
import { statusCategoryOf } from '../../../src/core/status';
import { renderDashboard, untilLoaded } from './support.browser';

/**
 * The demo data with one cause of its own: 14 failed Sync for Expenses syncs with failed items
 * report "Expense category N is closed for posting." (N differing), so the group is those 14.
 */
const demo = generateDemoDataset({ seed: 42, syncs: 2_000 });
const chosen = new Set(
  demo.syncs
    .filter((sync) => sync.product === 'expenses' && statusCategoryOf(sync.statusCode).startsWith('failed') && (summarizeItems(sync.itemCounts)?.failed ?? 0) > 0)
    .slice(0, 14)
    .map((sync) => sync.id),
);
const dataset = {
  ...demo,
  syncs: demo.syncs.map((sync, index) =>
    chosen.has(sync.id) ? { ...sync, messages: [{ severity: 'error' as const, text: `Expense category ${100 + index} is closed for posting.` }] } : sync,
  ),
};

// Issue 16 point 6 in real Chromium: the group filter → retry the group → each sync's outcome.
describe.each([
  [1440, 900],
  [390, 844],
] as [number, number][])('SyncDashboard at %i × %i, retrying an error group’s syncs', (width, height) => {
  it('sends exactly one retry request for each of the 14 syncs under double clicks, and shows each outcome', async () => {
    expect(chosen.size).toBe(14);
    const adapter = createInMemoryAdapter(dataset);
    const retry = vi.spyOn(adapter, 'retryPushItems');
    const { root, screen } = await renderDashboard([width, height], {}, adapter);
    await untilLoaded(root);

    const group = [...root.querySelectorAll<HTMLElement>('.sh-dashboard-errors__item')].find((item) => item.textContent!.includes('is closed for posting'));
    expect(group, 'the group is among the top errors').toBeDefined();
    expect(group!.textContent).toContain('14 syncs');
    await userEvent.click(group!.querySelector('button')!);
    await userEvent.dblClick(screen.getByRole('button', { name: 'Retry failed items of these syncs…' }));
    const confirm = screen.getByRole('button', { name: 'Retry failed items in 14 syncs' });
    await expect.element(confirm).toBeVisible();
    await userEvent.dblClick(confirm);
    await expect.element(screen.getByText(/^Retried 14 syncs: \d+ still ha(s|ve) failed items, 0 could not be retried\.$/)).toBeVisible();
    expect(retry).toHaveBeenCalledTimes(14);
    expect(new Set(retry.mock.calls.map(([syncId]) => syncId))).toEqual(chosen);
    expect(root.querySelectorAll('.sh-dashboard-retry__results li')).toHaveLength(14);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });
});
