import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { SyncDashboard } from 'react-sync-health/sync-dashboard';
import { syncHealthQueries } from 'react-sync-health/queries';
import { createDemoAdapter, DEFAULT_DEMO_NOW_MS, FIRST_PAGE, TIME_ZONE } from './demo';

/** Rendered per request, as a page over a live backend would be (the demo data is the same every time). */
export const dynamic = 'force-dynamic';

/**
 * A Server Component: it prefetches the dashboard's first history page and its totals, so the HTML
 * already holds the rows, then hands the cache to the browser with `dehydrate` + `HydrationBoundary`.
 * The keys come from `syncHealthQueries`, the same on server and browser, so the browser's first
 * render finds the data and does not fetch it again.
 */
export default async function Page() {
  const queryClient = new QueryClient();
  const queries = syncHealthQueries(createDemoAdapter());
  await Promise.all([
    queryClient.prefetchQuery(queries.listSyncs(FIRST_PAGE)),
    queryClient.prefetchQuery(queries.getSyncTotals({ bucket: 'day', timeZone: TIME_ZONE })),
  ]);
  return (
    <main>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SyncDashboard now={DEFAULT_DEMO_NOW_MS} />
      </HydrationBoundary>
    </main>
  );
}
