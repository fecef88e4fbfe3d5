'use client';
import { useComponentMessages } from '../ui/use-messages';
import type { TroubleshootingFixer } from '../../core/troubleshooting';

/** The text of `SyncDetails`. */
export interface SyncDetailsMessages {
  /** Accessible name of the tab list. */
  tabsLabel: string;
  /** Tab names. */
  tabs: { summary: string; config: string; pushItems: string };
  /** The push items tab label with failures: "Push items (3 failed)". */
  pushItemsTabWithFailures: (failed: number) => string;
  /** The heading: "Sync {id}". */
  heading: (syncId: string) => string;
  /** Label of the close button. */
  close: string;
  /** The header action that copies the sync's address (shown when the host gives `getSyncHref`). */
  copyLink: string;
  /** Announced once the address is on the clipboard. */
  linkCopied: string;
  /** Field labels of the summary. */
  fields: {
    status: string;
    company: string;
    product: string;
    started: string;
    ended: string;
    duration: string;
    platforms: string;
    dataRange: string;
    items: string;
    syncId: string;
    statusText: string;
  };
  /** Shown for the end of a sync still running. */
  stillRunning: string;
  /** Shown when the backend does not know the covered data range. */
  dataRangeUnknown: string;
  /** The item summary in full: "9 of 12 items pushed, 3 failed". */
  itemSummaryLong: (summary: { total: number; pushed: number; failed: number; pending: number }) => string;
  /** Heading of the messages section. */
  messagesHeading: string;
  /** Shown when the sync has no messages. */
  noMessages: string;
  /** Marks the first error: the main cause of a failed sync, shown before the facts. */
  mainCause: string;
  /** Severity words. */
  severities: { error: string; warning: string; note: string };
  /** "Who can fix it". */
  whoCanFix: string;
  /** The fixer names. */
  fixers: Record<TroubleshootingFixer, string>;
  /** Heading above guidance. */
  whatToDo: string;
  /** "What to do" about a message with no catalogue entry. */
  noGuidance: string;
  /** Beside a summary of failed items: opens the Push items tab on the failures, where each item says why. */
  showFailedItems: string;
  /** Label of a message's record ID. */
  record: (recordId: string) => string;
  /** Heading of the internal exception text. */
  internalHeading: string;
  /** Explains the internal section. */
  internalHint: string;
  /** Config tab texts. */
  config: {
    download: string;
    downloaded: (fileName: string) => string;
    snapshot: string;
    current: string;
    empty: string;
    expandAll: string;
    collapseAll: string;
    showMore: (hidden: number) => string;
    itemCount: (count: number) => string;
    keyCount: (count: number) => string;
  };
}

/** English defaults. */
export const defaultSyncDetailsMessages: SyncDetailsMessages = {
  tabsLabel: 'Sync details',
  tabs: { summary: 'Summary', config: 'Config', pushItems: 'Push items' },
  pushItemsTabWithFailures: (failed) => `Push items (${failed} failed)`,
  heading: (syncId) => `Sync ${syncId}`,
  close: 'Close details',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  fields: {
    status: 'Status',
    company: 'Company',
    product: 'Product',
    started: 'Started',
    ended: 'Ended',
    duration: 'Duration',
    platforms: 'Source → target',
    dataRange: 'Data covered',
    items: 'Items',
    syncId: 'Sync ID',
    statusText: 'Status text',
  },
  stillRunning: 'Still running',
  dataRangeUnknown: 'Not reported',
  itemSummaryLong: ({ total, pushed, failed, pending }) => {
    if (total === 0) return 'This sync pushed no items';
    const parts = [`${pushed} of ${total} ${total === 1 ? 'item' : 'items'} pushed`];
    if (failed > 0) parts.push(`${failed} failed`);
    if (pending > 0) parts.push(`${pending} pending`);
    return parts.join(', ');
  },
  messagesHeading: 'Notes and errors',
  noMessages: 'The sync reported no notes or errors.',
  mainCause: 'Main cause',
  severities: { error: 'Error', warning: 'Warning', note: 'Note' },
  whoCanFix: 'Who can fix it',
  fixers: { customer: 'The customer', team: 'Your team', providerSupport: 'Sync provider support' },
  whatToDo: 'What to do',
  showFailedItems: 'Show the failed items and why',
  noGuidance: 'No known fix for this message. If it keeps happening, contact the sync provider’s support with the sync ID.',
  record: (recordId) => `Record ${recordId}`,
  internalHeading: 'Internal exception',
  internalHint: 'For engineers. Never shown to customers.',
  config: {
    download: 'Download configuration',
    downloaded: (fileName) => `Downloaded ${fileName}`,
    snapshot: 'The configuration this sync ran with.',
    current: 'The company’s current configuration: it may have changed since this sync ran.',
    empty: 'This sync has no configuration.',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    showMore: (hidden) => `Show ${hidden} more`,
    itemCount: (count) => (count === 1 ? '1 item' : `${count} items`),
    keyCount: (count) => (count === 1 ? '1 key' : `${count} keys`),
  },
};

/** This component's words and the shared ones, with the host's overrides from the provider's `messages`. */
export function useSyncDetailsMessages() {
  return useComponentMessages('details', defaultSyncDetailsMessages);
}

/** What {@link useSyncDetailsMessages} returns: the shared words plus `details`. */
export type SyncDetailsWords = ReturnType<typeof useSyncDetailsMessages>;
