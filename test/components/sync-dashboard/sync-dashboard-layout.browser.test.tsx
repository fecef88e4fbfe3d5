import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { historyRows, inViewport, renderDashboard, untilLoaded } from './support.browser';

// The Sync Health page in real Chromium with the real stylesheet, as a support engineer sees it.
describe('SyncDashboard layout, in Chromium', () => {
  it.each([
    [1440, 900],
    [1280, 720],
  ] as [number, number][])('at %i × %i shows the first rows of the history on load, without scrolling', async (width, height) => {
    const { root } = await renderDashboard([width, height]);
    await untilLoaded(root);
    expect(document.documentElement.scrollTop).toBe(0);
    const [first, second] = historyRows(root);
    expect(inViewport(first!)).toBe(true);
    expect(inViewport(second!)).toBe(true);
    // The trend and the top errors sit beside each other, above the history.
    const [trend, errors] = [root.querySelector('.sh-dashboard-trend')!, root.querySelector('.sh-dashboard-errors')!];
    expect(Math.abs(trend.getBoundingClientRect().top - errors.getBoundingClientRect().top)).toBeLessThan(24);
    const band = root.querySelector('.sh-dashboard__band')!;
    expect(band.getBoundingClientRect().bottom).toBeLessThan(first!.getBoundingClientRect().top);
    // A short band: no tall empty space beside the top errors, which scroll inside it.
    expect(band.getBoundingClientRect().height).toBeLessThan(240);
  });

  it('hides the trend and top errors behind "Hide trend and top errors", which brings the history up', async () => {
    const { root, screen } = await renderDashboard([1280, 720]);
    await untilLoaded(root);
    const before = historyRows(root)[0]!.getBoundingClientRect().top;
    await userEvent.click(screen.getByRole('button', { name: 'Hide trend and top errors' }));
    await expect.element(screen.getByRole('button', { name: 'Show trend and top errors' })).toHaveAttribute('aria-expanded', 'false');
    expect(root.querySelector('.sh-dashboard-trend')).toBeNull();
    expect(historyRows(root)[0]!.getBoundingClientRect().top).toBeLessThan(before - 150);
  });
});
