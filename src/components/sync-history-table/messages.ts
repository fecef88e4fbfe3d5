'use client';
/**
 * The text of `SyncHistoryTable` and `SyncFilters`, with English defaults. Flat on purpose: the
 * provider merges a host's overrides one level deep, so any single entry can be replaced alone, e.g.
 * `messages={{ syncHistoryTable: { columnStartedAt: 'Début' } }}`.
 *
 * Functions receive numbers already formatted for the provider's locale.
 */

import { useComponentMessages } from '../ui/use-messages';

/** All user-visible text of the sync history table and its filter bar. */
export interface SyncHistoryTableMessages {
  /** The table's caption (visually hidden; names the table for screen readers). */
  caption: string;
  /** Read after the caption: how to use the rows by keyboard. */
  keyboardHint: string;
  /** Accessible name of the scrollable area around the table. */
  scrollRegionLabel: string;
  /** Column: the sync's ID. */
  columnSyncId: string;
  /** Column: the company's name and ID. */
  columnCompany: string;
  /** Column: Sync for Commerce or Sync for Expenses. */
  columnProduct: string;
  /** Column: the status badge. */
  columnStatus: string;
  /** Column: when the sync started. */
  columnStartedAt: string;
  /** Column: when it ended. */
  columnEndedAt: string;
  /** Column: how long it ran. */
  columnDuration: string;
  /** Column: the source and target platforms. */
  columnPlatforms: string;
  /** Column: the period of business data the sync covered. */
  columnDataRange: string;
  /** Column: the push item summary. */
  columnItems: string;
  /** Read between the source and the target platform (the arrow is hidden from screen readers). */
  platformsTo: string;
  /** The duration of a sync still running: "12 min so far". */
  runningDuration: (duration: string) => string;
  /** Shown in the "Ended" column while a sync is running. */
  stillRunning: string;
  /** What a copy button next to a sync ID copies ("Copy sync ID"). */
  copySyncId: string;
  /** What a copy button next to a company ID copies ("Copy company ID"). */
  copyCompanyId: string;
  /** What the "Copy link" button of a row copies ("Copy link"), when the host gives links. */
  copyLink: string;
  /** Announced once a sync's link is copied. */
  linkCopied: string;
  /** Announced while the first page loads. */
  loadingSyncs: string;
  /** The hint shown while a new page loads with the previous one still on screen. */
  updating: string;
  /** Empty state headline when filters hid every sync. */
  emptyFilteredTitle: string;
  /** Empty state detail naming the filters in use: "Filters in use: Search “acme”, Last 7 days." */
  emptyFilteredDetail: (filters: string) => string;
  /** Empty state headline when there are no syncs at all. */
  emptyTitle: string;
  /** Empty state detail when there are no syncs at all. */
  emptyDetail: string;
  /** The button that removes every filter (filter bar and empty state). */
  clearAllFilters: string;
  /** Empty state headline of a page past the last one (e.g. from an old link). */
  emptyPageTitle: string;
  /** The button that goes back to the first page. */
  firstPage: string;

  /** Accessible name of the pagination controls. */
  pagerLabel: string;
  /** Label of the page size choice. */
  pageSize: string;
  /** The previous page button. */
  previousPage: string;
  /** The next page button. */
  nextPage: string;
  /** "1–50 of 12,345 syncs". */
  rangeOfTotal: (first: string, last: string, total: string) => string;
  /** "Syncs 51–100", when the adapter gives no total. */
  rangeWithoutTotal: (first: string, last: string) => string;
  /** Shown instead of a range when nothing matched. */
  noSyncsInRange: string;
  /** Label of the "jump to page" box. */
  pageNumber: string;
  /** After the page box: "of 247". */
  pageCount: (count: string) => string;
  /** The button that jumps to the typed page. */
  goToPage: string;
  /** Shown when the typed page does not exist. */
  pageOutOfRange: (count: string) => string;

  /** The button that opens the column menu. */
  columnsButton: string;
  /** The column menu's heading. */
  columnsMenuTitle: string;
  /** Moves a column one place to the left. */
  moveColumnUp: (column: string) => string;
  /** Moves a column one place to the right. */
  moveColumnDown: (column: string) => string;
  /** Announced after a move: "Started is now column 3 of 10". */
  columnMoved: (column: string, position: number, count: number) => string;
  /** Restores the default columns and order. */
  resetColumns: string;
  /** Why the last visible column cannot be hidden (its checkbox's description). */
  lastVisibleColumn: string;

  /** Accessible name of the filter bar. */
  filtersLabel: string;
  /** Label of the search box. */
  searchLabel: string;
  /** Placeholder of the search box. */
  searchPlaceholder: string;
  /** Label of the date range choice. */
  dateRange: string;
  /** Date range choice: no range. */
  rangeAnyTime: string;
  /** Date range choice: the last 24 hours. */
  rangeLast24Hours: string;
  /** Date range choice: the last 7 days. */
  rangeLast7Days: string;
  /** Date range choice: the last 30 days. */
  rangeLast30Days: string;
  /** Date range choice: from and to dates. */
  rangeCustom: string;
  /** Label of the custom range's first day. */
  rangeFrom: string;
  /** Label of the custom range's last day (included). */
  rangeTo: string;
  /** Under the custom dates: in which time zone they are read. */
  rangeTimeZone: (timeZone: string) => string;
  /** Shown when the last day is before the first. */
  rangeInvalid: string;
  /** Label of the status filter. */
  statusLabel: string;
  /** The status filter's button while no status is chosen. */
  statusAll: string;
  /** The status filter's button when some statuses are chosen: "2 selected". */
  statusSelected: (count: number) => string;
  /** The status filter panel's heading. */
  statusPanelTitle: string;
  /** Read after a status in the status filter: "1,234 syncs" (`formatted` is `count` in the locale). */
  statusCount: (count: number, formatted: string) => string;
  /** Clears the status filter. */
  clearStatusFilter: string;
  /** Label of the product choice. */
  productLabel: string;
  /** Product choice: both products. */
  productAll: string;
  /** Accessible name of the list of active filters. */
  activeFilters: string;
  /** An active search: "Search: acme". */
  chipSearch: (text: string) => string;
  /** An active date range: "Started: Last 7 days". */
  chipRange: (range: string) => string;
  /** An active status: "Status: Data write error (5130)". */
  chipStatus: (status: string) => string;
  /** A status code shown in a chip or list: "Data write error (5130)". */
  statusWithCode: (label: string, code: number) => string;
  /** An active product: "Product: Sync for Expenses". */
  chipProduct: (product: string) => string;
  /** An active company: "Company: 3f2a…". */
  chipCompany: (companyId: string) => string;
  /** An active error message filter: "Error: Customer 8a1f does not exist." */
  chipErrorText: (errorText: string) => string;
  /** The remove button of a chip: "Remove filter Search: acme". */
  removeFilter: (filter: string) => string;
}

/** The English defaults. */
export const defaultSyncHistoryTableMessages: SyncHistoryTableMessages = {
  caption: 'Sync history',
  keyboardHint: 'Use the up and down arrow keys to move between syncs, and Enter to open one.',
  scrollRegionLabel: 'Sync history table',
  columnSyncId: 'Sync ID',
  columnCompany: 'Company',
  columnProduct: 'Product',
  columnStatus: 'Status',
  columnStartedAt: 'Started',
  columnEndedAt: 'Ended',
  columnDuration: 'Duration',
  columnPlatforms: 'Source → target',
  columnDataRange: 'Data covered',
  columnItems: 'Items',
  platformsTo: 'to',
  runningDuration: (duration) => `${duration} so far`,
  stillRunning: 'Running',
  copySyncId: 'sync ID',
  copyCompanyId: 'company ID',
  copyLink: 'link',
  linkCopied: 'Link copied',
  loadingSyncs: 'Loading syncs…',
  updating: 'Updating…',
  emptyFilteredTitle: 'No syncs match these filters',
  emptyFilteredDetail: (filters) => `Filters in use: ${filters}.`,
  emptyTitle: 'No syncs yet',
  emptyDetail: 'Syncs appear here as soon as they run.',
  clearAllFilters: 'Clear all filters',
  emptyPageTitle: 'There are no syncs on this page',
  firstPage: 'Go to the first page',

  pagerLabel: 'Pages of the sync history',
  pageSize: 'Rows per page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  rangeOfTotal: (first, last, total) => `${first}–${last} of ${total} syncs`,
  rangeWithoutTotal: (first, last) => `Syncs ${first}–${last}`,
  noSyncsInRange: 'No syncs',
  pageNumber: 'Page',
  pageCount: (count) => `of ${count}`,
  goToPage: 'Go',
  pageOutOfRange: (count) => `Choose a page from 1 to ${count}.`,

  columnsButton: 'Columns',
  columnsMenuTitle: 'Show, hide and reorder columns',
  moveColumnUp: (column) => `Move ${column} left`,
  moveColumnDown: (column) => `Move ${column} right`,
  columnMoved: (column, position, count) => `${column} is now column ${position} of ${count}.`,
  resetColumns: 'Reset columns',
  lastVisibleColumn: 'At least one column stays visible.',

  filtersLabel: 'Filter syncs',
  searchLabel: 'Search',
  searchPlaceholder: 'Sync ID, company ID or name',
  dateRange: 'Started',
  rangeAnyTime: 'Any time',
  rangeLast24Hours: 'Last 24 hours',
  rangeLast7Days: 'Last 7 days',
  rangeLast30Days: 'Last 30 days',
  rangeCustom: 'Custom dates',
  rangeFrom: 'From',
  rangeTo: 'To',
  rangeTimeZone: (timeZone) => `Days start at midnight, ${timeZone} time.`,
  rangeInvalid: 'The last day must be on or after the first day.',
  statusLabel: 'Status',
  statusAll: 'All statuses',
  statusSelected: (count) => `${count} selected`,
  statusPanelTitle: 'Filter by status',
  statusCount: (count, formatted) => `${formatted} ${count === 1 ? 'sync' : 'syncs'}`,
  clearStatusFilter: 'Clear status filter',
  productLabel: 'Product',
  productAll: 'All products',
  activeFilters: 'Active filters',
  chipSearch: (text) => `Search: ${text}`,
  chipRange: (range) => `Started: ${range}`,
  chipStatus: (status) => `Status: ${status}`,
  statusWithCode: (label, code) => `${label} (${code})`,
  chipProduct: (product) => `Product: ${product}`,
  chipCompany: (companyId) => `Company: ${companyId}`,
  chipErrorText: (errorText) => `Error: ${errorText}`,
  removeFilter: (filter) => `Remove filter ${filter}`,
};

/** This component's words and the shared ones, with the host's overrides from the provider's `messages`. */
export function useSyncHistoryTableMessages() {
  return useComponentMessages('syncHistoryTable', defaultSyncHistoryTableMessages);
}

/** What {@link useSyncHistoryTableMessages} returns: the shared words plus `syncHistoryTable`. */
export type SyncHistoryTableWords = ReturnType<typeof useSyncHistoryTableMessages>;
