/**
 * Rendering the Sync Health page in Chromium, as a host page would: the whole stylesheet, a page
 * margin, the in-memory adapter on the demo data (or any adapter), at a chosen viewport size.
 */
import { QueryClient } from '@tanstack/react-query';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDashboard, type SyncDashboardProps } from '../../../src/components/sync-dashboard';
import { statusCategoryOf } from '../../../src/core/status';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import '../../../src/styles/index.css';

export const dataset = generateDemoDataset({ seed: 42, syncs: 2_000 });
export const NOW = Date.parse(dataset.now);
/** A failed sync near the top of the newest-first history. */
export const failedSync = dataset.syncs.find((sync) => statusCategoryOf(sync.statusCode) === 'failedConfiguration')!;

/** Sets the viewport, then renders the dashboard in a provider with a fresh client. */
export async function renderDashboard(
  viewport: [number, number],
  props: Partial<SyncDashboardProps> = {},
  adapter: SyncHealthAdapter = createInMemoryAdapter(dataset),
) {
  await page.viewport(...viewport);
  document.documentElement.scrollTop = 0;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  const screen = await render(
    <SyncHealthProvider adapter={adapter} queryClient={queryClient} locale="en-GB" timeZone="UTC">
      {/* The page start: focusing it puts the keyboard before everything, as a fresh page load does. */}
      <div className="page-start" tabIndex={-1} style={{ padding: 16 }}>
        <SyncDashboard now={NOW} liveIntervalMs={600_000} {...props} />
      </div>
    </SyncHealthProvider>,
  );
  return { screen, root: screen.container.querySelector<HTMLElement>('.sh-dashboard')!, queryClient };
}

/** Puts the keyboard at the start of the page, as on a fresh load (the next Tab goes to the first focusable element). */
export function focusPageStart(root: HTMLElement) {
  root.closest<HTMLElement>('.page-start')!.focus();
}

/** The history's body rows (or cards, on a phone). */
export const historyRows = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('.sh-sync-history-table__body tr[data-interactive]')];

/** Waits until the history shows rows, the totals have loaded and the top errors are listed. */
export async function untilLoaded(root: HTMLElement) {
  await expect.poll(() => historyRows(root).length, { timeout: 10_000 }).toBeGreaterThan(10);
  await expect.poll(() => root.querySelector('.sh-dashboard-tiles')?.getAttribute('aria-busy')).toBe('false');
  await expect.poll(() => root.querySelectorAll('.sh-dashboard-errors__item').length).toBeGreaterThan(0);
}

/**
 * Whether an element shows on screen without scrolling the page: its top and bottom inside the
 * viewport, its left edge too (a wide table row may run on past the right edge, inside its scroller).
 */
export function inViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.left < window.innerWidth;
}

type LayoutShift = PerformanceEntry & { value: number; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };

/**
 * Starts collecting layout shifts (all of them, after input or not). `score()` is their sum since
 * now; `report()` says what moved, for an assertion's message.
 */
export function watchLayoutShifts() {
  const since = performance.now();
  const entries: LayoutShift[] = [];
  const take = (list: PerformanceEntry[]) => entries.push(...(list as LayoutShift[]).filter((entry) => entry.startTime >= since));
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  return {
    score: () => {
      take(observer.takeRecords());
      return entries.reduce((sum, entry) => sum + entry.value, 0);
    },
    report: () =>
      entries
        .map((entry) => {
          const moved = (entry.sources ?? []).map(({ node, previousRect, currentRect }) => {
            const name = node instanceof Element ? node.className || node.nodeName : node?.nodeName;
            return `${name} ${previousRect.x},${previousRect.y} -> ${currentRect.x},${currentRect.y}`;
          });
          return `${entry.value.toFixed(4)}: ${moved.join('; ')}`;
        })
        .join('\n'),
    stop: () => observer.disconnect(),
  };
}

/** Two animation frames: what the browser lays out and paints after a change has happened. */
export const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
