/**
 * "Retry failed items in 14 syncs": finding the syncs of an error group whose failed items can be
 * retried, then one retry request per sync, one after the other, with progress and cancellation.
 * Framework-free: the caller fetches pages and sends retries (the dashboard through the data layer).
 */
import { summarizeItems } from '../../core/derive';
import { MAX_PAGE_SIZE } from '../../core/paging';
import type { Page, Sync } from '../../core/model';
import type { RetryOutcome, SyncFilter, SyncListQuery } from '../../core/query';

/** Never loop forever on an adapter that always says there is another page. */
const MAX_PAGES = 1_000;

/** The syncs matching `filter` that have failed items and that the adapter may retry. */
export async function findRetryableSyncs(
  filter: SyncFilter,
  fetchPage: (query: SyncListQuery, signal: AbortSignal) => Promise<Page<Sync>>,
  canRetry: (sync: Sync) => boolean,
  signal: AbortSignal,
): Promise<Sync[]> {
  const found: Sync[] = [];
  for (let index = 0; index < MAX_PAGES; index += 1) {
    const page = await fetchPage({ ...filter, page: { index, size: MAX_PAGE_SIZE } }, signal);
    for (const sync of page.items) if ((summarizeItems(sync.itemCounts)?.failed ?? 0) > 0 && canRetry(sync)) found.push(sync);
    if (!page.hasNextPage || page.items.length === 0) break;
  }
  return found;
}

/** What became of one sync's retry. */
export type SyncRetryResult = { sync: Sync; outcome: RetryOutcome } | { sync: Sync; error: unknown };

/**
 * Retries each sync's failed items: exactly one request per sync, one sync at a time, so the backend
 * is never flooded. Once `signal` aborts no further sync is started (the one under way finishes).
 * A sync whose retry fails is reported and the others go on.
 */
export async function retryEachSync(
  syncs: readonly Sync[],
  retry: (sync: Sync) => Promise<RetryOutcome>,
  signal: AbortSignal,
  onResult: (result: SyncRetryResult) => void,
): Promise<void> {
  for (const sync of syncs) {
    if (signal.aborted) return;
    try {
      onResult({ sync, outcome: await retry(sync) });
    } catch (error) {
      onResult({ sync, error });
    }
  }
}
