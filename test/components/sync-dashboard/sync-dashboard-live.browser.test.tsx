import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { dataset, inViewport, renderDashboard, untilLoaded } from './support.browser';

const MINUTE = 60_000;

// Issue 15 point 5, in real Chromium with the real stylesheet: one clock that moves, a live indicator
// that says so, and a toggle to pause it, on a laptop and on a phone.
describe('SyncDashboard: the live indicator and its clock, in Chromium', () => {
  afterEach(() => vi.useRealTimers());

  it.each([
    [1440, 900],
    [390, 844],
  ] as [number, number][])('at %i × %i shows "Live · updated …" that moves with the clock, and pauses and resumes', async (width, height) => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    const adapter = createInMemoryAdapter(dataset);
    const listSyncs = vi.spyOn(adapter, 'listSyncs');
    const { root, screen } = await renderDashboard([width, height], { now: undefined, liveIntervalMs: 15_000 }, adapter);
    await untilLoaded(root);

    const indicator = root.querySelector<HTMLElement>('.sh-dashboard__updated')!;
    const toggle = screen.getByRole('button', { name: 'Pause updates' });
    await expect.poll(() => indicator.textContent).toMatch(/^Live · updated (now|\d+ seconds? ago)$/);
    expect(inViewport(indicator)).toBe(true);
    expect(inViewport(toggle.element())).toBe(true);
    // The page's actions share one line under the indicator, on a phone too, and nothing scrolls sideways.
    const tops = ['Pause updates', 'Refresh', 'Export CSV'].map((name) => screen.getByRole('button', { name }).element().getBoundingClientRect().top);
    expect(new Set(tops).size).toBe(1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);

    await userEvent.click(toggle);
    await expect.element(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => indicator.textContent).toMatch(/^Paused · updated/);
    // Paused, nothing is asked of the adapter, yet the shared clock (a tick a minute) moves the words on.
    const callsWhenPaused = listSyncs.mock.calls.length;
    vi.advanceTimersByTime(3 * MINUTE);
    await expect.poll(() => indicator.textContent).toBe('Paused · updated 3 minutes ago');
    expect(listSyncs.mock.calls.length).toBe(callsWhenPaused);

    // Resumed, the page refreshes again by itself and says so.
    await userEvent.click(toggle);
    await expect.element(toggle).toHaveAttribute('aria-pressed', 'false');
    vi.advanceTimersByTime(20_000);
    await expect.poll(() => listSyncs.mock.calls.length).toBeGreaterThan(callsWhenPaused);
    await expect.poll(() => indicator.textContent).toMatch(/^Live · updated (now|\d+ seconds? ago)$/);
  });
});
