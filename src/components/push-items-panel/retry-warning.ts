import { FAILED_PUSH_ITEM_STATUSES, type PushItem } from '../../core/model';
import { matchTroubleshootingPattern, TROUBLESHOOTING_GUIDANCE } from '../../core/troubleshooting';
import { pushItemReason } from './push-item-reason';

/** One cause the customer has to fix, among the items about to be retried. */
export interface RetryWarningCause {
  /** The troubleshooting catalogue's ID of the cause, e.g. `supplier-missing`: hosts may key their words by it. */
  id: string;
  /** The catalogue's English title, e.g. "Supplier not found". */
  title: string;
  /** How many of the items have this cause. */
  count: number;
}

/** What the retry confirmation warns about: items that will fail again until the customer fixes their cause. */
export interface RetryWarning {
  /** How many of the items whose reasons are known here have a cause only the customer can fix. */
  fixable: number;
  /** How many items about to be retried have their reasons known here (loaded, or selected). */
  known: number;
  /** `true` when every item about to be retried is known here; otherwise the warning speaks of the loaded ones only. */
  complete: boolean;
  /** The causes, most items first. */
  causes: readonly RetryWarningCause[];
  /** The known items to retry that are not customer-fixable: what "Retry only the others" sends. */
  otherIds: readonly string[];
}

/** What is about to be retried: every failed item, or the selected ones. */
export type RetryCandidates =
  | { target: 'all'; loaded: readonly PushItem[]; failedCount: number | undefined }
  | { target: 'selected'; loaded: readonly PushItem[]; selectedIds: ReadonlySet<string> };

/**
 * The warning for a retry, or `undefined` when no item known to be about to be retried has a
 * customer-fixable cause. Retrying every failed item knows only the failed items loaded so far (the
 * total may be larger); retrying the selection knows every ID, and an item not loaded any more counts
 * among the others, its reason unknown.
 */
export function retryWarning(candidates: RetryCandidates): RetryWarning | undefined {
  const byId = new Map(candidates.loaded.map((item) => [item.id, item]));
  const ids =
    candidates.target === 'all'
      ? candidates.loaded.filter((item) => FAILED_PUSH_ITEM_STATUSES.includes(item.status)).map((item) => item.id)
      : [...candidates.selectedIds];
  const causes = new Map<string, RetryWarningCause>();
  const otherIds: string[] = [];
  for (const id of ids) {
    const item = byId.get(id);
    const reason = item && pushItemReason(item);
    const pattern = reason === undefined ? undefined : matchTroubleshootingPattern(reason);
    if (pattern?.fixer !== 'customer') {
      otherIds.push(id);
      continue;
    }
    const cause = causes.get(pattern.id) ?? { id: pattern.id, title: TROUBLESHOOTING_GUIDANCE[pattern.id]?.title ?? pattern.id, count: 0 };
    cause.count += 1;
    causes.set(pattern.id, cause);
  }
  const fixable = ids.length - otherIds.length;
  if (fixable === 0) return undefined;
  const complete = candidates.target === 'selected' || (candidates.failedCount !== undefined && ids.length >= candidates.failedCount);
  return { fixable, known: ids.length, complete, causes: [...causes.values()].sort((a, b) => b.count - a.count), otherIds };
}
