'use client';
import { useComponentMessages } from '../ui/use-messages';
import type { PushItemStatus, SyncProduct } from '../../core/model';
import type { RetryOutcome } from '../../core/query';
import type { TroubleshootingFixer } from '../../core/troubleshooting';
import type { RetryWarning } from './retry-warning';

/**
 * The text of `PushItemsPanel`. Functions receive numbers already formatted in the provider's locale
 * (`formatted`) and the raw count (`count`) to choose the plural.
 */
export interface PushItemsPanelMessages {
  /** Accessible name of the list of items. */
  listLabel: string;
  /** Column headings above the list. */
  columns: { coreId: string; dataType: string; status: string; requested: string; completed: string };
  /** Label of the search box. */
  searchLabel: string;
  /** Placeholder of the search box. */
  searchPlaceholder: string;
  /** Accessible name of the group of status filter buttons. */
  filterLabel: string;
  /** The filter button that shows every status. */
  allStatuses: string;
  /** The total at the start of the summary: "12 items". */
  itemTotal: (formatted: string, count: number) => string;
  /** One status in the summary: "3 failed", "9 pushed". */
  statusCount: (status: PushItemStatus, formatted: string, count: number) => string;
  /** Human words for accounting data types, by the backend's name (`creditNotes` → "Credit notes"). */
  dataTypes: Record<string, string>;
  /** Shown for an item that has not completed yet. */
  notCompleted: string;
  /** How many times an item was pushed, shown when more than once: "3 attempts". */
  attempts: (formatted: string, count: number) => string;
  /** Label of the button that shows an item's messages. */
  details: string;
  /** Accessible name of that button, which names the item: "Details of exp_001". */
  detailsOf: (coreId: string) => string;
  /** Heading of an item's error message. */
  errorMessage: string;
  /** Heading of an item's validation errors. */
  validationErrors: string;
  /** Heading of an item's validation warnings. */
  validationWarnings: string;
  /** Heading of the guidance for a known error message. */
  whatFixesIt: string;
  /**
   * Read before a failed item's reason in its row (visually hidden).
   * @default 'Why it failed'
   */
  reasonLabel: string;
  /**
   * Before who can fix a failed item's reason, beside it in the row.
   * @default 'Who can fix it'
   */
  whoCanFix: string;
  /**
   * Who can fix a reason, by the troubleshooting catalogue's fixer (the words of `SyncDetails`).
   * @default { customer: 'The customer', team: 'Your team', providerSupport: 'Sync provider support' }
   */
  fixers: Record<TroubleshootingFixer, string>;
  /**
   * Heading of the record as it was sent (`platform` is the accounting software, when known).
   * @default "Sent to Xero", or "Sent to the accounting software" without a platform
   */
  pushedRecord: (platform: string | undefined) => string;
  /**
   * What the copy button of the record sent copies.
   * @default "record sent to Xero" ("Copy record sent to Xero")
   */
  pushedRecordCopyLabel: (platform: string | undefined) => string;
  /**
   * Heading of the accounting software's answer.
   * @default "Answer from Xero", or "Answer from the accounting software" without a platform
   */
  platformResponse: (platform: string | undefined) => string;
  /**
   * What the copy button of the answer copies.
   * @default "answer from Xero" ("Copy answer from Xero")
   */
  platformResponseCopyLabel: (platform: string | undefined) => string;
  /** What the copy button of an error message copies. */
  errorMessageCopyLabel: string;
  /** What the copy button of a core ID copies: "core ID exp_001". */
  coreIdCopyLabel: (coreId: string) => string;
  /** Shown when the sync has no items at all. */
  empty: string;
  /** More detail under {@link PushItemsPanelMessages.empty}. */
  emptyDetail: string;
  /** How many items match the search and status filter, announced as they change: "42 matching items". */
  matchingItems: (formatted: string, count: number) => string;
  /** Shown when no item matches the search and status filter. */
  noMatches: string;
  /** More detail under {@link PushItemsPanelMessages.noMatches}. */
  noMatchesDetail: string;
  /** The button that clears the search and the status filter. */
  clearFilters: string;
  /** The button that loads more items, when the backend does not say how many there are. */
  loadMore: string;
  /** Accessible name of an item's checkbox: "Select exp_001 for retry". */
  selectItem: (coreId: string) => string;
  /** How many items are selected: "2 selected". */
  selectedCount: (formatted: string, count: number) => string;
  /** The button that clears the selection. */
  clearSelection: string;
  /** The button that retries every failed item. */
  retryFailed: string;
  /** The button that retries the selected items: "Retry selected (2)". */
  retrySelected: (formatted: string, count: number) => string;
  /** A retry button while its retry runs. */
  retryRunning: string;
  /** Announced while a retry runs: "Retrying 3 items…" (`count` is absent when not known). */
  retryRunningStatus: (formatted: string | undefined, count: number | undefined) => string;
  /** Why "Retry failed items" is disabled when nothing failed. */
  noFailedItems: string;
  /** Why retry is not offered for this sync. */
  retryNotOffered: (product: SyncProduct) => string;
  /** Title of the confirmation: "Retry 3 failed items?" (`count` is absent when not known). */
  confirmTitle: (formatted: string | undefined, count: number | undefined) => string;
  /** What the confirmation explains. */
  confirmDescription: string;
  /** The confirming button: "Retry 3 items". */
  confirmButton: (formatted: string | undefined, count: number | undefined) => string;
  /**
   * Warns in the confirmation that some items will fail again until the customer fixes their cause.
   * When `warning.complete` is false it speaks of the loaded failed items only.
   * @default "2 of these 5 items failed for a reason only the customer can fix (supplier not found). They will
   * fail again until the customer fixes it." / "Of the 50 failed items loaded, 2 failed for a reason …"
   */
  retryWarning: (warning: RetryWarning, format: (value: number) => string) => string;
  /**
   * The button that retries only the items not known to be customer-fixable (`complete` as in the warning).
   * @default "Retry only the other 3" / "Retry only the 48 other loaded items"
   */
  retryOthers: (formatted: string, count: number, complete: boolean) => string;
  /** The cancelling button. */
  cancel: string;
  /** The outcome, announced: "3 items retried: 2 pushed, 1 failed again". */
  retryOutcome: (outcome: RetryOutcome, format: (value: number) => string) => string;
  /** Shown before the error when a retry request fails. */
  retryRequestFailed: string;
  /**
   * The toggle (beside the status filter) that shows the failed items' reasons as groups.
   * @default 'Group by reason'
   */
  groupByReason: string;
  /**
   * Heading of the groups of reasons.
   * @default 'Why items failed'
   */
  groupsHeading: string;
  /**
   * How many items a group has, before its reason: "2 items" ("2 items · Supplier does not exist").
   * @default "1 item" / "2 items"
   */
  groupCount: (formatted: string, count: number) => string;
  /**
   * Shown for failed items that gave no reason.
   * @default 'No reason given'
   */
  noReason: string;
  /**
   * Says the groups come from only the failed items loaded (`total` is absent when not known).
   * @default "From the 50 failed items loaded, of 120." / "From the 50 failed items loaded."
   */
  groupsFromLoaded: (formatted: string, count: number, total: string | undefined) => string;
  /**
   * The button that loads every failed item, so the groups cover them all.
   * @default 'Load all failed items'
   */
  loadAllFailed: string;
  /**
   * A group's retry button.
   * @default 'Retry these'
   */
  retryGroup: string;
  /**
   * Accessible name of a group's retry button, which names its reason.
   * @default "Retry these 2 items: Supplier does not exist"
   */
  retryGroupLabel: (formatted: string, count: number, reason: string) => string;
}

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

const STATUS_WORDS: Record<PushItemStatus, (formatted: string, count: number) => string> = {
  failed: (formatted) => `${formatted} failed`,
  validationError: (formatted, count) => `${formatted} ${plural(count, 'validation error', 'validation errors')}`,
  timedOut: (formatted) => `${formatted} timed out`,
  pending: (formatted) => `${formatted} pending`,
  success: (formatted) => `${formatted} pushed`,
};

/** The English defaults. */
export const defaultPushItemsPanelMessages: PushItemsPanelMessages = {
  listLabel: 'Push items',
  columns: { coreId: 'Core ID', dataType: 'Data type', status: 'Status', requested: 'Requested', completed: 'Completed' },
  searchLabel: 'Search items',
  searchPlaceholder: 'Core ID or data type',
  filterLabel: 'Filter by status',
  allStatuses: 'All',
  itemTotal: (formatted, count) => `${formatted} ${plural(count, 'item', 'items')}`,
  statusCount: (status, formatted, count) => STATUS_WORDS[status](formatted, count),
  dataTypes: {
    invoices: 'Invoices',
    creditNotes: 'Credit notes',
    payments: 'Payments',
    journalEntries: 'Journal entries',
    directCosts: 'Direct costs',
    bankFeedTransactions: 'Bank feed transactions',
    expenses: 'Expenses',
    reimbursableExpenses: 'Reimbursable expenses',
    bills: 'Bills',
    billPayments: 'Bill payments',
    transfers: 'Transfers',
    customers: 'Customers',
    suppliers: 'Suppliers',
    accounts: 'Accounts',
    items: 'Items',
    taxRates: 'Tax rates',
    trackingCategories: 'Tracking categories',
  },
  notCompleted: 'Not completed yet',
  attempts: (formatted) => `${formatted} attempts`,
  details: 'Details',
  detailsOf: (coreId) => `Details of ${coreId}`,
  errorMessage: 'Error',
  validationErrors: 'Validation errors',
  validationWarnings: 'Validation warnings',
  whatFixesIt: 'What fixes it',
  reasonLabel: 'Why it failed',
  whoCanFix: 'Who can fix it',
  fixers: { customer: 'The customer', team: 'Your team', providerSupport: 'Sync provider support' },
  pushedRecord: (platform) => `Sent to ${platform ?? 'the accounting software'}`,
  pushedRecordCopyLabel: (platform) => `record sent to ${platform ?? 'the accounting software'}`,
  platformResponse: (platform) => `Answer from ${platform ?? 'the accounting software'}`,
  platformResponseCopyLabel: (platform) => `answer from ${platform ?? 'the accounting software'}`,
  errorMessageCopyLabel: 'error message',
  coreIdCopyLabel: (coreId) => `core ID ${coreId}`,
  empty: 'This sync pushed no items',
  emptyDetail: 'Items appear here once a sync writes records to the accounting software.',
  matchingItems: (formatted, count) => `${formatted} matching ${plural(count, 'item', 'items')}`,
  noMatches: 'No items match your search and filters',
  noMatchesDetail: 'Try another core ID or data type, or include more statuses.',
  clearFilters: 'Clear search and filters',
  loadMore: 'Load more items',
  selectItem: (coreId) => `Select ${coreId} for retry`,
  selectedCount: (formatted) => `${formatted} selected`,
  clearSelection: 'Clear selection',
  retryFailed: 'Retry failed items',
  retrySelected: (formatted) => `Retry selected (${formatted})`,
  retryRunning: 'Retrying…',
  retryRunningStatus: (formatted, count) =>
    count === undefined ? 'Retrying the failed items…' : `Retrying ${formatted} ${plural(count, 'item', 'items')}…`,
  noFailedItems: 'There are no failed items to retry.',
  retryNotOffered: (product) =>
    product === 'expenses' ? 'Retry is not available for this sync.' : 'Retry is available for Sync for Expenses syncs only.',
  confirmTitle: (formatted, count) =>
    count === undefined ? 'Retry every failed item?' : `Retry ${formatted} failed ${plural(count, 'item', 'items')}?`,
  confirmDescription:
    'They are pushed to the accounting software again. Items that fail again keep their error, and you can retry them later.',
  confirmButton: (formatted, count) =>
    count === undefined ? 'Retry failed items' : `Retry ${formatted} ${plural(count, 'item', 'items')}`,
  retryWarning: ({ fixable, known, complete, causes }, format) => {
    const them = fixable === 1 ? 'It' : 'They';
    const why = `failed for a reason only the customer can fix (${causes.map((cause) => cause.title.toLowerCase()).join(', ')}). ${them} will fail again until the customer fixes ${causes.length > 1 ? 'them' : 'it'}.`;
    if (!complete) return `Of the ${format(known)} failed ${plural(known, 'item', 'items')} loaded, ${format(fixable)} ${why}`;
    if (known === 1) return `This item ${why}`;
    return `${fixable === known ? `All ${format(known)} of these items` : `${format(fixable)} of these ${format(known)} items`} ${why}`;
  },
  retryOthers: (formatted, count, complete) =>
    complete ? `Retry only the other ${formatted}` : `Retry only the ${formatted} other loaded ${plural(count, 'item', 'items')}`,
  cancel: 'Cancel',
  retryOutcome: (outcome, format) => {
    if (outcome.retried === 0) return 'No item needed retrying.';
    const parts = [`${format(outcome.succeeded)} pushed`];
    if (outcome.failed > 0) parts.push(`${format(outcome.failed)} failed again`);
    if (outcome.pending > 0) parts.push(`${format(outcome.pending)} still pending`);
    return `${format(outcome.retried)} ${plural(outcome.retried, 'item', 'items')} retried: ${parts.join(', ')}.`;
  },
  retryRequestFailed: 'The retry did not go through, so no item changed.',
  groupByReason: 'Group by reason',
  groupsHeading: 'Why items failed',
  groupCount: (formatted, count) => `${formatted} ${plural(count, 'item', 'items')}`,
  noReason: 'No reason given',
  groupsFromLoaded: (formatted, count, total) =>
    `From the ${formatted} failed ${plural(count, 'item', 'items')} loaded${total === undefined ? '' : `, of ${total}`}.`,
  loadAllFailed: 'Load all failed items',
  retryGroup: 'Retry these',
  retryGroupLabel: (formatted, count, reason) => `Retry these ${formatted} ${plural(count, 'item', 'items')}: ${reason}`,
};

/** This component's words and the shared ones, with the host's overrides from the provider's `messages`. */
export function usePushItemsPanelMessages() {
  return useComponentMessages('pushItemsPanel', defaultPushItemsPanelMessages);
}

/** What {@link usePushItemsPanelMessages} returns: the shared words plus `pushItemsPanel`. */
export type PushItemsPanelWords = ReturnType<typeof usePushItemsPanelMessages>;
