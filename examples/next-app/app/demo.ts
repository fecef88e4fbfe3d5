/**
 * The demo data both sides use. The server page prefetches from this adapter and the browser's
 * provider reads from its own copy: the same seed, count and `now` make the same syncs on both, so
 * the prefetched page and the browser's next requests agree. A real host passes an HTTP adapter
 * pointing at its backend instead (`createHttpAdapter` from `react-sync-health/http`).
 */
import { createInMemoryAdapter, DEFAULT_DEMO_NOW, generateDemoDataset } from 'react-sync-health/in-memory';

/** The moment the demo history ends, as the dashboard's `now`: pinned, so server and browser agree. */
export const DEFAULT_DEMO_NOW_MS = Date.parse(DEFAULT_DEMO_NOW);

/** How the demo data set is made. */
export const DEMO_OPTIONS = { seed: 14, syncs: 2_000, now: DEFAULT_DEMO_NOW } as const;

/**
 * Exactly what `SyncDashboard` asks for on its first render with no filters: the first page of 50,
 * newest first. The server prefetches it; the test finds its rows in the HTML.
 */
export const FIRST_PAGE = { sort: { field: 'startedAt', direction: 'desc' }, page: { index: 0, size: 50 } } as const;

/** The provider's locale and time zone; the server's prefetch uses the same time zone. */
export const LOCALE = 'en-GB';
export const TIME_ZONE = 'UTC';

/** A fresh in-memory adapter over the demo data. */
export function createDemoAdapter() {
  return createInMemoryAdapter(generateDemoDataset(DEMO_OPTIONS));
}
