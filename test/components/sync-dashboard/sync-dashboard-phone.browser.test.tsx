import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { historyRows, inViewport, renderDashboard, untilLoaded } from './support.browser';

/** What a finger does: a touch pointer down and up on the element, then the click the browser makes of it. */
async function tap(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const { left, top, width, height } = element.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, pointerType: 'touch', isPrimary: true, clientX: left + width / 2, clientY: top + height / 2 };
  element.dispatchEvent(new PointerEvent('pointerdown', at));
  if (element instanceof HTMLElement) element.focus();
  element.dispatchEvent(new PointerEvent('pointerup', at));
  (element as HTMLElement).click();
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

const pageScrollsSideways = () => document.documentElement.scrollWidth > window.innerWidth;
const shown = (element: Element | null) => element !== null && getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().width > 0;

// The Sync Health page on a 390 × 844 phone, in real Chromium with the real stylesheet.
describe('SyncDashboard on a phone, in Chromium', () => {
  it('lists the history as cards (company, status, start time, items, sync ID) and never scrolls sideways', async () => {
    const { root } = await renderDashboard([390, 844]);
    await untilLoaded(root);
    expect(pageScrollsSideways()).toBe(false);
    expect(shown(root.querySelector('.sh-sync-history-table__head'))).toBe(false);
    const card = historyRows(root)[0]!;
    expect(getComputedStyle(card).display).toBe('grid');
    expect(card.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth);
    for (const column of ['company', 'status', 'startedAt', 'items', 'syncId']) {
      expect(shown(card.querySelector(`[data-column="${column}"]`)), column).toBe(true);
    }
    for (const column of ['product', 'endedAt', 'duration', 'platforms', 'dataRange']) {
      expect(shown(card.querySelector(`[data-column="${column}"]`)), column).toBe(false);
    }
    // Every card's parts lie inside it.
    const box = card.getBoundingClientRect();
    for (const cell of card.querySelectorAll('td')) {
      if (!shown(cell)) continue;
      const part = cell.getBoundingClientRect();
      expect(part.left >= box.left && part.right <= box.right + 0.5 && part.bottom <= box.bottom + 0.5).toBe(true);
    }
    // Header: the time it was updated, then Refresh and Export together on one line.
    const [refresh, exportButton] = ['Refresh', 'Export CSV'].map((name) => [...root.querySelectorAll('button')].find((button) => button.textContent === name)!);
    expect(refresh!.getBoundingClientRect().top).toBe(exportButton!.getBoundingClientRect().top);
  });

  it('does the whole workflow by touch: search, filter, open a sync full screen, close it; never sideways', async () => {
    const { root, screen } = await renderDashboard([390, 844]);
    await untilLoaded(root);
    const labels: Record<string, string> = { failedConfiguration: 'Failed: configuration', failedConnection: 'Failed: company connection', failedServer: 'Failed: server' };
    const target = historyRows(root).find((row) => labels[row.querySelector('.sh-status-badge')!.getAttribute('data-category')!])!;
    const targetCategory = target.querySelector('.sh-status-badge')!.getAttribute('data-category')!;
    const category = labels[targetCategory]!;
    const companyId = target.querySelector('[data-column="company"] .sh-sync-history-table__id')!.getAttribute('title')!;

    await tap(screen.getByRole('searchbox', { name: 'Search' }).element());
    await userEvent.keyboard(`${companyId}{Enter}`);
    await expect.poll(() => historyRows(root).every((row) => row.textContent?.includes(companyId.slice(0, 6)))).toBe(true);

    await tap(screen.getByRole('button', { name: 'Status All statuses' }).element());
    expect(pageScrollsSideways()).toBe(false);
    await tap(screen.getByRole('checkbox', { name: category, exact: true }).element());
    await tap(screen.getByRole('searchbox', { name: 'Search' }).element());
    await expect.poll(() => historyRows(root).map((row) => row.querySelector('.sh-status-badge')?.getAttribute('data-category'))).toContain(targetCategory);
    expect(historyRows(root).every((row) => row.querySelector('.sh-status-badge')?.getAttribute('data-tone') === 'danger')).toBe(true);

    const card = historyRows(root)[0]!;
    await tap(card.querySelector('[data-column="startedAt"]')!);
    const sheet = root.querySelector<HTMLElement>('.sh-dashboard__details')!;
    await expect.poll(() => sheet?.querySelector('[role="tab"]')).not.toBeNull();
    const box = sheet.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, window.innerWidth, window.innerHeight]);
    expect(pageScrollsSideways()).toBe(false);
    const close = screen.getByRole('button', { name: 'Close details' }).element();
    expect(inViewport(close)).toBe(true);
    await tap(close);
    expect(root.querySelector('.sh-dashboard__details')).toBeNull();
    expect(pageScrollsSideways()).toBe(false);
  });
});
