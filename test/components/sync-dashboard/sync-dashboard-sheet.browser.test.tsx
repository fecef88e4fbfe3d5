import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { failedSync, historyRows, inViewport, nextFrames, renderDashboard, untilLoaded, watchLayoutShifts } from './support.browser';

const sheetOf = (root: HTMLElement) => root.querySelector<HTMLElement>('.sh-dashboard__details');
/** The first row whose status badge says it failed. */
const failedRow = (root: HTMLElement) => historyRows(root).find((row) => row.querySelector('.sh-status-badge[data-tone="danger"]'))!;
/** Header cells whose label does not fit (cut or scrolled inside the cell). */
const cutHeaders = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('.sh-sync-history-table__header-cell')].filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent);

// The open sync's sheet in real Chromium with the real stylesheet.
describe('SyncDashboard details sheet, in Chromium', () => {
  it('opens a failed sync with one click in a sheet the height of the viewport, over a history whose headers stay whole', async () => {
    const { root } = await renderDashboard([1440, 900]);
    await untilLoaded(root);
    const row = failedRow(root);
    const shifts = watchLayoutShifts();
    await userEvent.click(row.querySelector('[data-column="product"]')!);

    const sheet = sheetOf(root)!;
    expect(sheet).not.toBeNull();
    await expect.poll(() => sheet.querySelector('[role="tab"]')).not.toBeNull();
    await nextFrames();
    const box = sheet.getBoundingClientRect();
    expect(box.top).toBe(0);
    expect(box.height).toBe(window.innerHeight);
    expect(getComputedStyle(sheet).overflowY).toBe('auto');
    // The details start in view: their heading and the status with its meaning.
    expect(inViewport(sheet.querySelector('h2')!)).toBe(true);
    expect(inViewport(sheet.querySelector('.sh-status-badge')!)).toBe(true);
    // Opened from the row: the focus is in the sheet.
    expect(sheet.contains(document.activeElement)).toBe(true);
    expect(cutHeaders(root)).toEqual([]);
    // Opening a sync moves nothing on the page (the sheet lies over it).
    expect(shifts.score(), shifts.report()).toBeLessThanOrEqual(0.05);
    shifts.stop();

    await userEvent.keyboard('{Escape}');
    expect(sheetOf(root)).toBeNull();
    expect(document.activeElement).toBe(row);
  });

  it('opens a deep-linked sync in the same sheet, in view, without taking the focus; closing it focuses its row', async () => {
    const { root, screen } = await renderDashboard([1440, 900], { defaultOpenSyncId: failedSync.id });
    const sheet = sheetOf(root)!;
    await expect.poll(() => sheet.querySelector('[role="tab"]')).not.toBeNull();
    expect(sheet.getBoundingClientRect().height).toBe(window.innerHeight);
    expect(inViewport(sheet.querySelector('h2')!)).toBe(true);
    expect(sheet.contains(document.activeElement)).toBe(false);

    await untilLoaded(root);
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(sheetOf(root)).toBeNull();
    const row = historyRows(root).find((candidate) => candidate.textContent?.includes(failedSync.id.slice(0, 6)));
    expect(document.activeElement).toBe(row);
  });
});
