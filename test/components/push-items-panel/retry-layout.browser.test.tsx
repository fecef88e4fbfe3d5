import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import '../../../src/styles/tokens.css';
import '../../../src/styles/states.css';
import '../../../src/styles/status-badge.css';
import '../../../src/styles/push-items-panel.css';

// The demo data of the stories: a Sync for Expenses sync with pushed, failed and invalid items.
const dataset = generateDemoDataset({ seed: 42, syncs: 2_000 });
const sync = dataset.syncs.find(
  (candidate) =>
    candidate.product === 'expenses' &&
    (candidate.itemCounts?.validationError ?? 0) > 0 &&
    (candidate.itemCounts?.failed ?? 0) > 0 &&
    (candidate.itemCounts?.success ?? 0) > 3,
)!;
const NOW = Date.parse(dataset.now);

interface LayoutShift extends PerformanceEntry {
  value: number;
  sources: { node?: Element }[];
}

/** Where an element is and how big, to the tenth of a pixel. */
function box(element: Element) {
  const { x, y, width, height } = element.getBoundingClientRect();
  return [x, y, width, height].map((value) => Math.round(value * 10) / 10);
}

/** Two frames, so that what React committed has been laid out and any layout shift reported. */
const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function retryAndMeasure(containerWidth: string) {
  // Latency keeps "Retrying…" on screen long enough to look at it.
  const adapter = createInMemoryAdapter(dataset, { latency: 400, retry: { successRate: 1 } });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const screen = await render(
    <SyncHealthProvider adapter={adapter} queryClient={queryClient} locale="en-GB" timeZone="UTC">
      <div style={{ width: containerWidth }}>
        <PushItemsPanel syncId={sync.id} now={NOW} />
      </div>
    </SyncHealthProvider>,
  );
  const button = screen.getByRole('button', { name: 'Retry failed items' });
  await expect.element(button).toBeVisible();
  await expect.poll(() => screen.container.querySelectorAll('li[data-status="failed"]').length).toBeGreaterThan(0);
  await nextFrames();

  const shifts: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({ type: 'layout-shift', buffered: true });
  const start = performance.now();
  const element = button.element();
  const boxes = { idle: box(element) } as Record<'idle' | 'confirming' | 'retrying' | 'done', number[]>;

  await userEvent.click(button);
  const dialog = screen.getByRole('alertdialog');
  await expect.element(dialog).toBeVisible();
  boxes.confirming = box(element);

  await userEvent.click(dialog.getByRole('button', { name: /^Retry \d+ items?$/ }));
  await expect.element(screen.getByRole('button', { name: 'Retrying…' })).toBeVisible();
  boxes.retrying = box(element);

  await expect.element(screen.getByText(/items? retried: \d+ pushed\.$/)).toBeVisible();
  await expect.poll(() => screen.container.querySelectorAll('li[data-status="failed"]').length).toBe(0);
  await nextFrames();
  boxes.done = box(element);

  shifts.push(...(observer.takeRecords() as LayoutShift[]));
  observer.disconnect();
  // Every shift counts, even those right after a click (which the CLS metric would forgive).
  const measured = shifts.filter((shift) => shift.startTime >= start);
  const cumulative = measured.reduce((sum, shift) => sum + shift.value, 0);
  const moved = measured.flatMap((shift) => shift.sources.map((source) => `${shift.value.toFixed(4)} ${source.node?.className ?? source.node?.nodeName}`));
  screen.unmount();
  return { boxes, cumulative, moved: moved.join('; ') };
}

describe('PushItemsPanel retry keeps the Retry button in its place, in Chromium', () => {
  it.each([
    { screen: '1440 × 900', width: 1440, height: 900, container: '1040px' },
    { screen: '390 × 844, where the rows are cards', width: 390, height: 844, container: '100%' },
  ])('at $screen: the button keeps its place and size from idle through confirming and retrying to done; layout shift ≤ 0.05', async ({ width, height, container }) => {
    await page.viewport(width, height);
    const { boxes, cumulative, moved } = await retryAndMeasure(container);
    expect(boxes.confirming).toEqual(boxes.idle);
    expect(boxes.retrying).toEqual(boxes.idle);
    expect(boxes.done).toEqual(boxes.idle);
    expect(cumulative, moved).toBeLessThanOrEqual(0.05);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });
});
