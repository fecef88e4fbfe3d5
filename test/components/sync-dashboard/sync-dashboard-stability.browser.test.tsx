import { describe, expect, it } from 'vitest';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { dataset, nextFrames, renderDashboard, untilLoaded, watchLayoutShifts } from './support.browser';

// Layout shift while the page loads, in real Chromium with the real stylesheet: panels that answer
// late (each call takes 150–900 ms here, in any order) must not push what is already on screen.
describe('SyncDashboard layout stability, in Chromium', () => {
  it.each([
    [1440, 900],
    [390, 844],
  ] as [number, number][])('at %i × %i, cumulative layout shift stays at most 0.05 until every panel has loaded', async (width, height) => {
    const shifts = watchLayoutShifts();
    const adapter = createInMemoryAdapter(dataset, { latency: { min: 150, max: 900 } });
    const { root } = await renderDashboard([width, height], {}, adapter);
    await untilLoaded(root);
    await nextFrames();
    expect(shifts.score(), shifts.report()).toBeLessThanOrEqual(0.05);
    shifts.stop();
  });
});
