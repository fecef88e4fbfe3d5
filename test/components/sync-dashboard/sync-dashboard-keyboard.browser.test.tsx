import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { focusPageStart, historyRows, inViewport, renderDashboard, untilLoaded } from './support.browser';

/** Presses Tab until `isTarget(document.activeElement)`, pressing Enter on the skip link; returns the Tab presses. */
async function tabsTo(isTarget: (element: Element | null) => boolean, limit = 40): Promise<number> {
  for (let tabs = 0; tabs <= limit; tabs++) {
    if (isTarget(document.activeElement)) return tabs;
    if (document.activeElement?.textContent === 'Skip to sync history') {
      await userEvent.keyboard('{Enter}');
      if (isTarget(document.activeElement)) return tabs;
    }
    await userEvent.keyboard('{Tab}');
  }
  return Infinity;
}

// The Sync Health page by keyboard, in real Chromium with the real stylesheet.
describe('SyncDashboard by keyboard, in Chromium', () => {
  it.each([
    [1440, 900],
    [390, 844],
  ] as [number, number][])('at %i × %i reaches the first row of the history from the page start in at most 5 Tab presses, through "Skip to sync history"', async (width, height) => {
    const { root } = await renderDashboard([width, height]);
    await untilLoaded(root);
    focusPageStart(root);

    await userEvent.keyboard('{Tab}');
    const skip = document.activeElement as HTMLElement;
    expect(skip.textContent).toBe('Skip to sync history');
    // Shown while it has the focus.
    expect(inViewport(skip)).toBe(true);
    expect(skip.getBoundingClientRect().width).toBeGreaterThan(40);

    focusPageStart(root);
    const first = historyRows(root)[0]!;
    expect(await tabsTo((element) => element === first)).toBeLessThanOrEqual(5);
    // Enter opens it, as a click would.
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => root.querySelector('.sh-dashboard__details [role="tab"]')).not.toBeNull();
  });

  it.each([
    [1440, 900],
    [390, 844],
  ] as [number, number][])('at %i × %i focuses the search with "/", but types "/" in a field that has the focus', async (width, height) => {
    const { root, screen } = await renderDashboard([width, height]);
    await untilLoaded(root);
    historyRows(root)[0]!.focus();
    await userEvent.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search' }).element() as HTMLInputElement;
    expect(document.activeElement).toBe(search);
    expect(search.value).toBe('');
    await userEvent.keyboard('a/b');
    expect(search.value).toBe('a/b');
  });
});
