'use client';
/** The text of `SyncDashboard` and its parts. */

import { defaultSyncCsvColumns, type SyncCsvColumn } from '../../core/sync-csv';
import { useComponentMessages } from '../ui/use-messages';
export interface SyncDashboardMessages {
  /** The page title. */
  title: string;
  /** The first link of the page, shown when focused: it takes the keyboard to the history. */
  skipToHistory: string;
  /** Accessible name of the totals group. */
  totalsLabel: string;
  /** Tile names. */
  tiles: {
    total: string;
    success: string;
    inProgress: string;
    failedConfiguration: string;
    failedConnection: string;
    failedServer: string;
    successRate: string;
  };
  /** Hint on a tile that filters: "Show only these syncs". */
  tileFilterHint: string;
  /** Shown in the success-rate tile when there are no finished syncs. */
  noRate: string;
  /** Trend chart texts. */
  trend: {
    title: string;
    /** The chart's accessible summary. */
    summary: (total: string, from: string, to: string) => string;
    showTable: string;
    hideTable: string;
    bucketColumn: string;
    totalColumn: string;
    empty: string;
    /**
     * @deprecated Not shown any more: the chart's numbers are read by keyboard in "Show as table".
     */
    keyboardHint?: string;
    /** Shown in the chart's place when the totals could not be loaded (their error is shown once, above). */
    unavailable: string;
  };
  /** The button that shows the trend and the top errors. */
  showOverview: string;
  /** The button that hides them. */
  hideOverview: string;
  /** Top errors texts. */
  topErrors: {
    title: string;
    empty: string;
    /** "12 syncs". */
    count: (count: string) => string;
    /** "4 companies". */
    companies: (count: string) => string;
    /** "since 12 Nov 2026": when the group's earliest sync started. */
    since: (date: string) => string;
    /** Button that filters the history to one error. */
    filter: string;
    /** Shown on the active error filter. */
    active: string;
    clear: string;
  };
  /** "Customers needing attention": companies whose latest sync failed. */
  failingCompanies: {
    title: string;
    empty: string;
    /** "Failed 6 times in a row since 12 Nov 2026". */
    run: (count: string, since: string) => string;
    /** Button that filters the history to one company. */
    filter: string;
    clear: string;
  };
  /** Retrying the failed items of every sync of one error group. */
  retryGroup: {
    title: string;
    start: string;
    finding: string;
    findFailed: string;
    none: string;
    /** "Retry the failed items of 14 syncs? Each sync's failed items are pushed again." */
    confirm: (syncs: string) => string;
    /** "Retry failed items in 14 syncs". */
    retry: (syncs: string) => string;
    /** "Retried 3 of 14 syncs…". */
    progress: (done: string, syncs: string) => string;
    /** "Retried 14 syncs: 2 still have failed items, 1 could not be retried." */
    done: (syncs: string, failedAgain: string, failed: string) => string;
    cancelled: string;
    /** One sync's outcome: "5 of 6 items pushed". */
    syncOutcome: (succeeded: string, retried: string) => string;
    syncFailed: string;
    /** The list of each sync's outcome. */
    results: string;
    cancel: string;
    close: string;
  };
  /** Export texts. */
  export: {
    button: string;
    cancel: string;
    /** "Exporting 1,200 of 10,000 syncs…". */
    /** While the backend makes the whole file (adapters with `exportSyncsCsv`): no count is known. */
    preparing: string;
    /** Once the backend's file is downloaded. */
    downloaded: string;
    progress: (fetched: string, total: string | undefined) => string;
    done: (count: string) => string;
    cancelled: string;
    failed: string;
    /** The CSV header row: a title for each column of the core's `SYNC_CSV_COLUMNS`. */
    columns: Record<SyncCsvColumn, string>;
  };
  /** Label before how long ago the data was last fetched ("updated 2 minutes ago"). */
  lastUpdated: string;
  /** The live indicator while the page refreshes syncs in progress by itself. */
  live: string;
  /** The live indicator while the person has paused it. */
  paused: string;
  /** The toggle that pauses and resumes live updates (a pressed button while paused). */
  pauseLive: string;
  /** Refresh button. */
  refresh: string;
  /** The button of the page-level message when the backend refuses the session (it calls `onUnauthorized`). */
  signInAgain: string;
  /** Announced while syncs in progress refresh by themselves. */
  liveHint: string;
}

/** English defaults. */
export const defaultSyncDashboardMessages: SyncDashboardMessages = {
  title: 'Sync health',
  skipToHistory: 'Skip to sync history',
  totalsLabel: 'Totals for the current filters',
  tiles: {
    total: 'Total syncs',
    success: 'Succeeded',
    inProgress: 'In progress',
    failedConfiguration: 'Failed: configuration',
    failedConnection: 'Failed: connection',
    failedServer: 'Failed: server',
    successRate: 'Success rate',
  },
  tileFilterHint: 'Show only these syncs',
  noRate: 'No finished syncs',
  trend: {
    title: 'Syncs over time',
    summary: (total, from, to) => `${total} syncs from ${from} to ${to}, by status.`,
    showTable: 'Show as table',
    hideTable: 'Hide table',
    bucketColumn: 'Period',
    totalColumn: 'Total',
    empty: 'No syncs in this period.',
    unavailable: 'The trend is not available.',
  },
  showOverview: 'Show trend and top errors',
  hideOverview: 'Hide trend and top errors',
  topErrors: {
    title: 'Top errors',
    empty: 'No errors for these filters.',
    count: (count) => (count === '1' ? '1 sync' : `${count} syncs`),
    companies: (count) => (count === '1' ? '1 company' : `${count} companies`),
    since: (date) => `since ${date}`,
    filter: 'Show these syncs',
    active: 'Showing only syncs with this error',
    clear: 'Show all errors',
  },
  failingCompanies: {
    title: 'Customers needing attention',
    empty: 'Every customer’s latest sync went through.',
    run: (count, since) => (count === '1' ? `Latest sync failed, ${since}` : `Failed ${count} times in a row since ${since}`),
    filter: 'Show their syncs',
    clear: 'Show all customers',
  },
  retryGroup: {
    title: 'Retry failed items of these syncs',
    start: 'Retry failed items of these syncs…',
    finding: 'Finding the syncs with failed items…',
    findFailed: 'The syncs could not be listed. Try again.',
    none: 'None of these syncs has failed items that can be retried.',
    confirm: (syncs) => `Retry the failed items of ${syncs === '1' ? '1 sync' : `${syncs} syncs`}? Each sync’s failed items are pushed again.`,
    retry: (syncs) => `Retry failed items in ${syncs === '1' ? '1 sync' : `${syncs} syncs`}`,
    progress: (done, syncs) => `Retried ${done} of ${syncs} syncs…`,
    done: (syncs, failedAgain, failed) =>
      `Retried ${syncs === '1' ? '1 sync' : `${syncs} syncs`}: ${failedAgain} still ${failedAgain === '1' ? 'has' : 'have'} failed items, ${failed} could not be retried.`,
    cancelled: 'Cancelled: the other syncs were not retried.',
    syncOutcome: (succeeded, retried) => `${succeeded} of ${retried} items pushed`,
    syncFailed: 'could not be retried',
    results: 'Each sync’s outcome',
    cancel: 'Cancel',
    close: 'Close',
  },
  export: {
    button: 'Export CSV',
    cancel: 'Cancel export',
    preparing: 'Preparing the file…',
    downloaded: 'Export downloaded.',
    progress: (fetched, total) => (total ? `Exporting ${fetched} of ${total} syncs…` : `Exporting ${fetched} syncs…`),
    done: (count) => `Exported ${count} syncs.`,
    cancelled: 'Export cancelled.',
    failed: 'The export failed.',
    columns: defaultSyncCsvColumns,
  },
  lastUpdated: 'updated',
  live: 'Live',
  paused: 'Paused',
  pauseLive: 'Pause updates',
  refresh: 'Refresh',
  signInAgain: 'Sign in again',
  liveHint: 'Syncs in progress refresh automatically.',
};

/** This component's words and the shared ones, with the host's overrides from the provider's `messages`. */
export function useSyncDashboardMessages() {
  return useComponentMessages('dashboard', defaultSyncDashboardMessages);
}

/** What {@link useSyncDashboardMessages} returns: the shared words plus `dashboard`. */
export type SyncDashboardWords = ReturnType<typeof useSyncDashboardMessages>;
