/**
 * Facts derived from a sync that every component must agree on. The rule that matters most: a sync
 * with any failed push item is failed, even when its status code says success and other items were
 * pushed, so nobody is misled by a green badge.
 */
import { FAILED_PUSH_ITEM_STATUSES, type PushItem, type PushItemCounts, type Sync } from './model';
import { getStatusInfo, outcomeOfCategory, type SyncOutcome, type SyncStatusInfo } from './status';

/** How many of these push items are in each status. */
export function countPushItems(items: readonly Pick<PushItem, 'status'>[]): PushItemCounts {
  const counts: PushItemCounts = { pending: 0, success: 0, failed: 0, timedOut: 0, validationError: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** A sync's push items, summed up. */
export interface ItemSummary {
  /** All items. */
  total: number;
  /** Items written successfully. */
  pushed: number;
  /** Items that failed, timed out or failed validation. */
  failed: number;
  /** Items still waiting. */
  pending: number;
}

/** Sums up item counts. Returns `undefined` when the counts are unknown. */
export function summarizeItems(counts: PushItemCounts | undefined): ItemSummary | undefined {
  if (!counts) return undefined;
  const failed = FAILED_PUSH_ITEM_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const pushed = counts.success;
  const pending = counts.pending;
  return { total: failed + pushed + pending, pushed, failed, pending };
}

/** The English item summary: "3 of 12 items failed", "All 12 items pushed", "No items". */
export function describeItemSummary(summary: ItemSummary | undefined): string {
  if (!summary) return '';
  if (summary.total === 0) return 'No items';
  const noun = summary.total === 1 ? 'item' : 'items';
  if (summary.failed > 0) return `${summary.failed} of ${summary.total} ${noun} failed`;
  if (summary.pending > 0) return `${summary.pending} of ${summary.total} ${noun} pending`;
  return summary.total === 1 ? '1 item pushed' : `All ${summary.total} items pushed`;
}

/** A sync's state, as every component shows it. */
export interface SyncHealth {
  /** What the status code means. */
  status: SyncStatusInfo;
  /** The broad outcome, after the failed-item rule. */
  outcome: SyncOutcome;
  /**
   * `true` when the status code alone says success but items failed: the UI must show the sync as
   * failed and say why.
   */
  failedByItems: boolean;
  /** The item summary, when counts are known. */
  items: ItemSummary | undefined;
}

/** Derives a sync's health: its status info, outcome (a sync with failed items is failed) and item summary. */
export function deriveSyncHealth(sync: Pick<Sync, 'statusCode' | 'itemCounts'>): SyncHealth {
  const status = getStatusInfo(sync.statusCode);
  const items = summarizeItems(sync.itemCounts);
  const codeOutcome = outcomeOfCategory(status.category);
  const hasFailedItems = (items?.failed ?? 0) > 0;
  const failedByItems = hasFailedItems && codeOutcome !== 'failed' && codeOutcome !== 'inProgress';
  return { status, outcome: failedByItems ? 'failed' : codeOutcome, failedByItems, items };
}

/**
 * How long a sync ran, in milliseconds; for a sync in progress, until `now`. `undefined` when it
 * cannot be known (e.g. a finished sync whose backend reports no end time, as Codat's does not).
 */
export function syncDurationMs(sync: Pick<Sync, 'startedAt' | 'endedAt' | 'statusCode'>, now: number = Date.now()): number | undefined {
  const start = Date.parse(sync.startedAt);
  const running = getStatusInfo(sync.statusCode).category === 'inProgress';
  if (sync.endedAt === undefined && !running) return undefined;
  const end = sync.endedAt === undefined ? now : Date.parse(sync.endedAt);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  return Math.max(0, end - start);
}
