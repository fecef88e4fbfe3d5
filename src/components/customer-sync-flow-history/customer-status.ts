/**
 * Customer language: what a sync means to the merchant whose data it synced. Works from the status
 * category and the sync's messages alone. Which messages a customer may see is the adapter's
 * decision, on the server side (`CustomerSync.messages` holds only the ones the customer can act
 * on), so every message given here may be shown; nothing is looked up in the troubleshooting
 * catalogue in the browser.
 */
import type { CustomerSync, Page } from '../../core/model';
import { type StatusTone, statusCategoryOf } from '../../core/status-category';

/**
 * A sync's status in the customer's words:
 * - `synced` / `syncedNothingNew` (2040): it worked.
 * - `inProgress`: it is running.
 * - `needsAttention`: it failed for a reason the customer can fix: its settings (status category
 *   configuration, or any message from the adapter) or its connection.
 * - `failedOnIt`: it failed on the provider's side, with no message for the customer; nothing to do.
 * - `unknown`: an undocumented status code, with no message for the customer.
 * - `resolved`: a failure that a later successful sync put behind the customer. Only the history
 *   knows this (it needs the syncs after it): it tells {@link describeCustomerSync} so.
 */
export type CustomerSyncStatus =
  | 'synced'
  | 'syncedNothingNew'
  | 'inProgress'
  | 'needsAttention'
  | 'failedOnIt'
  | 'unknown'
  | 'resolved';

/**
 * What the host can do for the customer about a failed sync (see `onAction`): the action that fixes
 * its cause (`fixSettings`, `reconnect`, `renewSubscription`: the accounting software's subscription
 * ran out), or `getHelp`, offered for every failure.
 */
export type CustomerSyncAction = 'getHelp' | 'fixSettings' | 'reconnect' | 'renewSubscription';

/** Which explanation a failed sync gets. */
export type CustomerSyncGuidance = 'fixSettings' | 'reconnect' | 'renewSubscription' | 'onIt' | 'unknown';

/** A sync as the customer sees it. */
export interface CustomerSyncView {
  /** The status in customer language. */
  status: CustomerSyncStatus;
  /** The tone of its icon and colour (the status word is always shown too). */
  tone: StatusTone;
  /** A failure's messages for the customer to act on, once each, in the backend's order; empty otherwise. */
  messages: string[];
  /** The explanation a failure gets; absent for syncs that worked, are running or were resolved. */
  guidance?: CustomerSyncGuidance;
  /** Actions to offer for a failure, the most useful first; empty otherwise. */
  actions: CustomerSyncAction[];
}

const TONES: Record<CustomerSyncStatus, StatusTone> = {
  synced: 'success',
  syncedNothingNew: 'success',
  inProgress: 'info',
  needsAttention: 'warning',
  failedOnIt: 'danger',
  unknown: 'neutral',
  resolved: 'neutral',
};

/** Status 4260: the accounting software's subscription ran out; reconnecting will not help. */
const SUBSCRIPTION_EXPIRED = 4260;
/** Status 2040: the sync worked but found nothing new. */
const NOTHING_NEW = 2040;

/**
 * Describes one sync in customer language. `resolved`: a later sync succeeded, so a failure here is
 * behind the customer (status `resolved`, nothing to fix or ask about). Never throws, whatever the status code.
 */
export function describeCustomerSync(sync: Pick<CustomerSync, 'statusCode' | 'messages'>, resolved = false): CustomerSyncView {
  const { statusCode } = sync;
  const category = statusCategoryOf(statusCode);
  const settled: CustomerSyncStatus | undefined =
    category === 'success'
      ? statusCode === NOTHING_NEW
        ? 'syncedNothingNew'
        : 'synced'
      : category === 'inProgress'
        ? category
        : resolved
          ? 'resolved'
          : undefined;
  // A sync that worked, is running or was put behind the customer: nothing to fix or ask about.
  if (settled) return { status: settled, tone: TONES[settled], messages: [], actions: [] };
  // A failure. Blank texts say nothing; repeated ones are listed once.
  const messages = [...new Set(sync.messages.map(({ text }) => text).filter((text) => text.trim()))];
  // A connection problem, a settings problem (or a message for the customer), or neither.
  const guidance: CustomerSyncGuidance =
    category === 'failedConnection'
      ? statusCode === SUBSCRIPTION_EXPIRED
        ? 'renewSubscription'
        : 'reconnect'
      : category === 'failedConfiguration' || messages.length > 0
        ? 'fixSettings'
        : category === 'failedServer'
          ? 'onIt'
          : 'unknown';
  const status: CustomerSyncStatus = guidance === 'onIt' ? 'failedOnIt' : guidance === 'unknown' ? 'unknown' : 'needsAttention';
  // A problem the customer can fix (settings, connection, subscription) leads with the action that
  // fixes it, named as its guidance; every failure offers help.
  const actions: CustomerSyncAction[] = guidance === 'onIt' || guidance === 'unknown' ? ['getHelp'] : [guidance, 'getHelp'];
  return { status, tone: TONES[status], messages, guidance, actions };
}

/**
 * The entries of the loaded pages, newest first: each sync once (a page boundary shifted by a new
 * sync can repeat one) and on its own, except that failures in a row with the same cause (the same
 * guidance and the same messages for the customer) make one entry (its syncs newest first), so an
 * expired subscription reads once rather than once a day. Failures a later success resolved are
 * grouped the same way: a run never spans a success, so it is resolved as a whole.
 */
export function groupCustomerSyncs(pages: Page<CustomerSync>[] = []): CustomerSync[][] {
  const seen = new Set<string>();
  const entries: CustomerSync[][] = [];
  let previousCause: string | undefined;
  for (const sync of pages.flatMap((page) => page.items)) {
    if (seen.has(sync.id)) continue;
    seen.add(sync.id);
    const { guidance, messages } = describeCustomerSync(sync);
    // Only failures have guidance, so a success or a running sync always starts an entry of its own.
    const cause = guidance && JSON.stringify([guidance, messages]);
    if (cause && cause === previousCause) entries.at(-1)!.push(sync);
    else entries.push([sync]);
    previousCause = cause;
  }
  return entries;
}
