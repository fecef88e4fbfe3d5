/**
 * Every word `CustomerSyncFlowHistory` shows, in English, written for merchants rather than support
 * staff. Kept apart from the library's other messages so the customer entry stays small; the shared
 * `SyncHealthMessages` includes this group as `customerSyncFlowHistory`.
 */
import type { CustomerSyncAction, CustomerSyncGuidance, CustomerSyncStatus } from './customer-status';

/** What a "Showing 20 of 45 syncs" line is given: raw counts for plurals, formatted ones to show. */
export interface ShownCount {
  /** How many syncs are listed. */
  shown: number;
  /** How many there are in all, when the backend says. */
  total: number | undefined;
  /** `shown`, formatted in the locale. */
  shownText: string;
  /** `total`, formatted in the locale (empty when unknown). */
  totalText: string;
}

/**
 * What a "Failed 6 times since 12 Nov 2026 · latest attempt 17 Nov 2026, 09:15" line is given, for
 * an entry that stands for failures in a row with the same cause: the raw count for plurals, and
 * texts already formatted for the locale.
 */
export interface FailureRun {
  /** How many failures in a row the entry stands for (always 2 or more). */
  count: number;
  /** `count`, formatted in the locale. */
  countText: string;
  /** The date of the first (oldest) of them. */
  since: string;
  /** The date and time the newest of them started. */
  latest: string;
}

/** All text of {@link CustomerSyncFlowHistory}. Functions receive values already formatted for the locale. */
export interface CustomerSyncFlowHistoryMessages {
  /** The panel's heading. */
  title: string;
  /** Each status, in the customer's words. */
  statuses: Record<CustomerSyncStatus, string>;
  /** Headline when the newest finished sync succeeded: "Last synced 2 hours ago · covering 1–22 Nov". `range` may be empty. */
  lastSynced: (when: string, range: string) => string;
  /** Headline line for a newest sync that did not succeed: "Latest sync 3 hours ago: Needs your attention". */
  latestSync: (when: string, status: string) => string;
  /** Headline line for a sync running now. */
  syncingNow: (when: string) => string;
  /** Shown when none of the history succeeded. */
  neverSynced: string;
  /** When a sync started, in each list item: "Started 22 Nov 2026, 09:15". */
  startedAt: (dateTime: string) => string;
  /** Instead of `startedAt`, for an entry that stands for failures in a row with the same cause. */
  failedRepeatedly: (run: FailureRun) => string;
  /** Introduces the messages a customer can act on (the adapter's messages of a failed sync). */
  whatToFix: string;
  /**
   * What each kind of failure means for the customer. `fixSettings` is shown only when the sync
   * carries no message of its own (the messages explain it better); the others are always shown.
   */
  hints: Record<CustomerSyncGuidance, string>;
  /** Action button labels; shown only when the host passes `onAction`. */
  actions: Record<CustomerSyncAction, string>;
  /** The paging button. */
  showMore: string;
  /** The paging button while the next page loads, and "Try again" while it tries. */
  loadingMore: string;
  /** "Showing 20 of 45 syncs", announced after each page. */
  shownCount: (count: ShownCount) => string;
  /** Announced while the first page loads. */
  loading: string;
  /** Empty state headline, for a customer who never synced. */
  emptyTitle: string;
  /** Empty state detail. */
  emptyDetail: string;
  /** The history could not be loaded. */
  loadError: string;
  /** The customer's session ended or lacks permission. */
  signInError: string;
  /** The button under `signInError`, shown when the host passes `onUnauthorized`. */
  signIn: string;
  /** The next page could not be loaded. */
  loadMoreError: string;
  /** The "try again" button of both errors (never offered to a signed-out customer: it cannot help). */
  retry: string;
}

/** A partial override: any top-level text, and any part of `statuses`, `hints` or `actions`. */
export type CustomerSyncFlowHistoryMessagesOverride = Partial<Omit<CustomerSyncFlowHistoryMessages, 'statuses' | 'hints' | 'actions'>> & {
  statuses?: Partial<CustomerSyncFlowHistoryMessages['statuses']>;
  hints?: Partial<CustomerSyncFlowHistoryMessages['hints']>;
  actions?: Partial<CustomerSyncFlowHistoryMessages['actions']>;
};

/** The English defaults. */
export const defaultCustomerSyncFlowHistoryMessages: CustomerSyncFlowHistoryMessages = {
  title: 'Sync history',
  statuses: {
    synced: 'Synced',
    syncedNothingNew: 'Synced — nothing new',
    inProgress: 'In progress',
    needsAttention: 'Needs your attention',
    failedOnIt: 'Failed — we’re on it',
    unknown: 'Status unknown',
    resolved: 'Didn’t sync — resolved since',
  },
  lastSynced: (when, range) => `Last synced ${when}${range ? ` · covering ${range}` : ''}`,
  latestSync: (when, status) => `Latest sync ${when}: ${status}`,
  syncingNow: (when) => `Syncing now, started ${when}`,
  neverSynced: 'No successful sync yet',
  startedAt: (dateTime) => `Started ${dateTime}`,
  failedRepeatedly: ({ countText, since, latest }) => `Failed ${countText} times since ${since} · latest attempt ${latest}`,
  whatToFix: 'What to fix:',
  hints: {
    fixSettings: 'Update your sync settings so your data can sync.',
    reconnect: 'Reconnect your accounting software to sync again.',
    renewSubscription: 'Your accounting software subscription has expired. Renew it to sync again.',
    onIt: 'Something went wrong on our side. You don’t need to do anything.',
    unknown: 'Get help if this keeps happening.',
  },
  actions: { getHelp: 'Get help', fixSettings: 'Fix settings', reconnect: 'Reconnect', renewSubscription: 'Renew subscription' },
  showMore: 'Show more',
  loadingMore: 'Loading…',
  shownCount: ({ shown, total, shownText, totalText }) =>
    `Showing ${shownText}${total === undefined ? '' : ` of ${totalText}`} ${(total ?? shown) === 1 ? 'sync' : 'syncs'}`,
  loading: 'Loading your sync history…',
  emptyTitle: 'No syncs yet',
  emptyDetail: 'Your syncs will appear here once the first one has run.',
  loadError: 'We couldn’t load your sync history.',
  signInError: 'Your session has ended. Sign in again to see your sync history.',
  signIn: 'Sign in again',
  loadMoreError: 'We couldn’t load more syncs.',
  retry: 'Try again',
};

/** Layers overrides over the defaults, group by group (later layers win; absent, `undefined` or `null` values are skipped). */
export function mergeCustomerMessages(
  ...layers: (CustomerSyncFlowHistoryMessagesOverride | undefined)[]
): CustomerSyncFlowHistoryMessages {
  const merged: Record<string, unknown> = { ...defaultCustomerSyncFlowHistoryMessages };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      // `statuses`, `hints` and `actions` are groups: a partial group keeps the words it does not name.
      if (value != null) merged[key] = typeof value === 'object' ? { ...(merged[key] as object), ...value } : value;
    }
  }
  return merged as unknown as CustomerSyncFlowHistoryMessages;
}
