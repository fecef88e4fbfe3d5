/**
 * Query types: what the components ask an adapter for. Filtering, search, sorting and paging all
 * happen behind the adapter, so the browser never holds more than a page.
 */
import type { DateRange, PageRequest, PushItemStatus, SyncProduct } from './model';
import type { SyncStatusCategory } from './status';
import type { TroubleshootingFixer } from './troubleshooting-matcher';

/** Which syncs to include. Every field narrows the set; absent or empty fields do not filter. */
export interface SyncFilter {
  /**
   * Free text matched against the sync ID, the company ID and the company name (`Sync.companyName`):
   * a sync matches when any of them contains the text, ignoring case and surrounding white space. The
   * text is plain text, never a pattern: `%`, `_`, `*` and regular-expression characters match
   * themselves. A sync without a company name is matched by its IDs only.
   */
  search?: string;
  /** Only this company's syncs (exact match). */
  companyId?: string;
  /** Only syncs that started inside this range (`from` inclusive, `to` exclusive). */
  range?: DateRange;
  /**
   * Only syncs with one of these status codes, or (together with `statusCategories`) in one of those
   * categories. A sync matches when its code is listed **or** its category is listed.
   */
  statusCodes?: number[];
  /** Only syncs whose status code belongs to one of these categories (see `statusCodes`). */
  statusCategories?: SyncStatusCategory[];
  /** Only syncs of this product. */
  product?: SyncProduct;
  /**
   * Only syncs with an error message of exactly this text (as listed by `getTopErrors`), so "show me
   * the syncs that failed like this" is one click.
   */
  errorText?: string;
  /**
   * Only syncs with an error message whose template (`toErrorTemplate(text)`) is exactly this: the
   * syncs of one error group (`TopError.template`), whatever the numbers and IDs in their messages.
   * Filtering by a group's template lists exactly its `count` syncs. Blank means no such filter.
   */
  errorTemplate?: string;
}

/**
 * The columns a sync list can be sorted by. `duration` of a sync still running counts until the
 * adapter's "now"; a sync with no `endedAt` sorts after every ended one when sorting by `endedAt`
 * ascending (and first when descending).
 */
export type SyncSortField = 'startedAt' | 'endedAt' | 'duration' | 'statusCode' | 'companyId' | 'syncId';

/** All sortable fields. */
export const SYNC_SORT_FIELDS: readonly SyncSortField[] = [
  'startedAt',
  'endedAt',
  'duration',
  'statusCode',
  'companyId',
  'syncId',
];

/** Sort direction. */
export type SortDirection = 'asc' | 'desc';

/**
 * How to order a list of syncs. Ties are broken by sync ID in the same direction (descending is the
 * exact reverse of ascending), so paging is stable.
 */
export interface SyncSort {
  /** The field to sort by. */
  field: SyncSortField;
  /** The direction. */
  direction: SortDirection;
}

/** The default order: newest first. */
export const DEFAULT_SYNC_SORT: SyncSort = { field: 'startedAt', direction: 'desc' };

/** A request for every sync matching a filter, in order, as one CSV file (`exportSyncsCsv`). */
export interface SyncExportQuery extends SyncFilter {
  /** The order (default: newest first). */
  sort?: SyncSort;
}

/** A request for one page of syncs. */
export interface SyncListQuery extends SyncFilter {
  /** The order (default: newest first). */
  sort?: SyncSort;
  /** Which page. */
  page: PageRequest;
}

/** The size of the buckets in a totals timeline. */
export type TimelineBucket = 'day' | 'hour';

/** A request for totals. */
export interface SyncTotalsQuery extends SyncFilter {
  /** Bucket size of the timeline: days or hours on the wall clock of `timeZone`. Default `day`. */
  bucket?: TimelineBucket;
  /**
   * The IANA time zone whose days and hours the timeline counts in, such as `Europe/London`: a day
   * bucket starts at local midnight (so a day with a daylight-saving change lasts 23 or 25 hours) and
   * hour buckets follow the local clock (on the half hour in `Asia/Kolkata`). Pass the provider's
   * time zone, so the trend's days are the days its dates are shown in. Default `'UTC'`. A zone the
   * adapter does not know is rejected, not silently replaced.
   */
  timeZone?: string;
}

/** How many syncs matched, per status code, per category and per time bucket. */
export interface SyncTotals {
  /** How many syncs match the filter. */
  total: number;
  /** Counts per status code (codes with no syncs may be left out). */
  byStatusCode: { code: number; count: number }[];
  /** Counts per status category. Every category is present. */
  byCategory: Record<SyncStatusCategory, number>;
  /** The bucket size of `timeline`. */
  bucket: TimelineBucket;
  /** Counts per time bucket, oldest first; buckets with no syncs may be left out. */
  timeline: { start: string; byCategory: Record<SyncStatusCategory, number> }[];
}

/** A request for the most frequent causes of errors. */
export interface TopErrorsQuery extends SyncFilter {
  /**
   * How many groups at most.
   * @default 5
   */
  limit?: number;
  /**
   * The IANA time zone whose days `TopError.byDay` counts in (as `SyncTotalsQuery.timeZone`). A zone
   * the adapter does not know is rejected.
   * @default 'UTC'
   */
  timeZone?: string;
}

/**
 * One cause of errors: the error messages (severity `error`) of the matching syncs that differ only
 * in their values (numbers, IDs, amounts, dates, quoted names), so "1 of 10 items could not be
 * written" and "2 of 13 items could not be written" are one group. Ranked by `count`, most first,
 * ties by template. A blank message (whose template is `''`) is in no group.
 */
export interface TopError {
  /** The messages' template, `toErrorTemplate(text)`: the group's key, and what `SyncFilter.errorTemplate` takes. */
  template: string;
  /**
   * One message of the group, exactly as a sync reported it: the newest sync's (the first that
   * `listSyncs` lists by default when filtered by `errorTemplate`), its first of the group.
   */
  text: string;
  /** How many matching syncs reported a message of this group (a sync counts once). */
  count: number;
  /** How many companies those syncs belong to. */
  companyCount: number;
  /** When the earliest of those syncs started (ISO 8601). */
  firstSeenAt: string;
  /** When the latest of those syncs started (ISO 8601). */
  lastSeenAt: string;
  /** Syncs per day (`YYYY-MM-DD` in the query's `timeZone`), oldest first; days with none are left out. */
  byDay: { day: string; count: number }[];
  /** Who can fix it, when the troubleshooting catalogue knows the message (`text`). */
  fixer?: TroubleshootingFixer;
}

/** A request for the companies whose latest sync failed. */
export interface FailingCompaniesQuery extends SyncFilter {
  /**
   * How many companies at most.
   * @default 10
   */
  limit?: number;
}

/**
 * A company whose latest sync (among the syncs the filter matches; the latest start, ties by the
 * greater sync ID, as `listSyncs` orders them by default) failed: its status code is in one of the
 * failure categories (`FAILED_STATUS_CATEGORIES`). A sync still running, or of an unknown code, is
 * not a failure. Ranked most affected first: most failures in a row, then failing the longest, ties
 * by company ID.
 */
export interface FailingCompany {
  /** The company. */
  companyId: string;
  /** Its name, as the latest sync gives it (`Sync.companyName`), when it does. */
  companyName?: string;
  /** How many of its latest syncs (among those the filter matches) failed in a row, the latest included. */
  consecutiveFailures: number;
  /** When the first sync of that run of failures started (ISO 8601). */
  failingSince: string;
  /** The latest sync, which failed. */
  latestSyncId: string;
  /** The latest sync's status code. */
  latestStatusCode: number;
  /**
   * The template of the latest sync's first error message (see `TopError.template`), when it has
   * one and the message is not blank.
   */
  errorTemplate?: string;
  /** That message, exactly as the sync reported it. */
  errorText?: string;
  /** Who can fix it, when the troubleshooting catalogue knows the message (`errorText`). */
  fixer?: TroubleshootingFixer;
}

/** A request for one page of a sync's push items. */
export interface PushItemQuery {
  /** Free text matched against the core ID and the data type (contains, ignoring case). */
  search?: string;
  /** Only items in one of these statuses. */
  statuses?: PushItemStatus[];
  /** Which page. */
  page: PageRequest;
}

/** A request for one page of a customer's own sync history. Always newest first. */
export interface CustomerSyncQuery {
  /** Which page. */
  page: PageRequest;
  /** Only syncs that started inside this range. */
  range?: DateRange;
}

/** A request to retry push items. */
export interface RetryRequest {
  /** The items to retry, or `'allFailed'` for every failed item of the sync. */
  itemIds: string[] | 'allFailed';
}

/** What a retry did. */
export interface RetryOutcome {
  /** How many items were retried. */
  retried: number;
  /** How many of them were pushed successfully this time. */
  succeeded: number;
  /** How many failed again. */
  failed: number;
  /** How many are still pending (the backend retries asynchronously). */
  pending: number;
}
