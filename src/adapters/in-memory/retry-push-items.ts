/**
 * What a retry does to a sync's push items and to the sync itself: each retried item is pushed again
 * (one more attempt) and succeeds or fails by a seeded chance; the sync's item counts follow, and once
 * no item has failed the sync becomes a success (2000).
 */
import { countPushItems } from '../../core/derive';
import { FAILED_PUSH_ITEM_STATUSES, type PushItem, type Sync } from '../../core/model';
import type { RetryOutcome, RetryRequest } from '../../core/query';
import { statusCategoryOf } from '../../core/status';
import type { RandomSource } from './seeded-random';

const FAILED: ReadonlySet<string> = new Set(FAILED_PUSH_ITEM_STATUSES);

/** The result of retrying: the sync's new items and state, and the outcome to report. */
export interface RetryResult {
  /** All of the sync's items, the retried ones replaced. */
  items: PushItem[];
  /** The sync after the retry. */
  sync: Sync;
  /** What the retry did. */
  outcome: RetryOutcome;
}

/** Rewrites "3 of 12 items could not be written to Xero." with the new numbers. */
function updateSummaryText(text: string, failed: number, total: number): string {
  return text.replace(/^\d+ of \d+ items? could not be written to /, `${failed} of ${total} ${total === 1 ? 'item' : 'items'} could not be written to `);
}

function syncAfterRetry(sync: Sync, items: readonly PushItem[]): Sync {
  const itemCounts = countPushItems(items);
  const stillFailed = itemCounts.failed + itemCounts.validationError + itemCounts.timedOut;
  const updated: Sync = { ...sync, itemCounts, dataPushed: itemCounts.success > 0 || sync.dataPushed === true };
  const category = statusCategoryOf(sync.statusCode);
  if (category === 'inProgress') return updated;
  if (stillFailed === 0) {
    updated.statusCode = 2000;
    updated.statusText = 'Complete';
    // The errors no longer apply; notes (such as "reconcile manually") still do.
    updated.messages = sync.messages.filter((message) => message.severity !== 'error');
    delete updated.internalMessage;
    return updated;
  }
  if (category === 'success') {
    updated.statusCode = 5130;
    updated.statusText = 'PushError';
  }
  updated.messages = sync.messages.map((message) => ({ ...message, text: updateSummaryText(message.text, stillFailed, items.length) }));
  return updated;
}

/**
 * Retries the requested failed items of a sync. Only failed items are retried (IDs of other or
 * unknown items are ignored). Returns new objects; nothing passed in is changed.
 */
export function retryPushItems(
  sync: Sync,
  items: readonly PushItem[],
  request: RetryRequest,
  random: RandomSource,
  successRate: number,
  nowMs: number,
): RetryResult {
  const requested = request.itemIds === 'allFailed' ? undefined : new Set(request.itemIds);
  const outcome: RetryOutcome = { retried: 0, succeeded: 0, failed: 0, pending: 0 };
  const requestedAt = new Date(nowMs).toISOString();
  const nextItems = items.map((item): PushItem => {
    if (!FAILED.has(item.status) || (requested && !requested.has(item.id))) return item;
    outcome.retried += 1;
    const completedAt = new Date(nowMs + 500 + Math.floor(random() * 4000)).toISOString();
    const retried: PushItem = { ...item, attempts: item.attempts + 1, requestedAt, completedAt };
    if (random() < successRate) {
      outcome.succeeded += 1;
      retried.status = 'success';
      retried.validationErrors = [];
      delete retried.errorMessage;
      // The accounting software's earlier refusal is no answer to this push (whose answer is unknown here).
      delete retried.platformResponse;
    } else {
      outcome.failed += 1;
    }
    return retried;
  });
  if (outcome.retried === 0) return { items: nextItems, sync, outcome };
  return { items: nextItems, sync: syncAfterRetry(sync, nextItems), outcome };
}
