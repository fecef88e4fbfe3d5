/**
 * The domain model: what a sync, a push item and a sync configuration are, as the components see
 * them. Plain data only (strings, numbers, arrays, plain objects) so that everything here can cross
 * a network, be cached by TanStack Query and be validated at the adapter boundary.
 *
 * Times are ISO 8601 strings in UTC (`2026-11-22T09:15:00.000Z`); the components format them in the
 * provider's locale and time zone.
 */

/** Which Sync product produced a sync. Codat's Sync for Commerce and Sync for Expenses are the model. */
export type SyncProduct = 'commerce' | 'expenses';

/** All products, in display order. */
export const SYNC_PRODUCTS: readonly SyncProduct[] = ['commerce', 'expenses'];

/** An interval of time. Either end may be open. Both ends are ISO 8601 UTC strings. */
export interface DateRange {
  /** Inclusive start. Absent means "since the beginning". */
  from?: string;
  /** Exclusive end. Absent means "until now". */
  to?: string;
}

/** How serious a message attached to a sync is. */
export type SyncMessageSeverity = 'error' | 'warning' | 'note';

/**
 * A client-friendly message attached to a sync: an error that made it fail, or a note such as
 * "Please reconcile manually". Safe to show to support staff; shown as text, never as HTML.
 */
export interface SyncMessage {
  /** How serious the message is. */
  severity: SyncMessageSeverity;
  /** The message as the backend wrote it. Matched against the troubleshooting catalogue. */
  text: string;
  /** The record the message is about (an order or transaction ID), when the backend says. */
  recordId?: string;
}

/** Status of one push item. */
export type PushItemStatus = 'pending' | 'success' | 'failed' | 'timedOut' | 'validationError';

/** All push item statuses, in display order. */
export const PUSH_ITEM_STATUSES: readonly PushItemStatus[] = [
  'failed',
  'validationError',
  'timedOut',
  'pending',
  'success',
];

/** Push item statuses that count as failed: the items "Retry failed items" re-sends. */
export const FAILED_PUSH_ITEM_STATUSES: readonly PushItemStatus[] = ['failed', 'validationError', 'timedOut'];

/** How many of a sync's push items are in each status. */
export type PushItemCounts = Record<PushItemStatus, number>;

/**
 * One sync: a run that pulled a company's commerce or expense data and pushed it into its
 * accounting software.
 */
export interface Sync {
  /** The sync's unique ID. */
  id: string;
  /** The company (the provider's customer) whose data was synced. */
  companyId: string;
  /** The company's display name, when the backend knows it. */
  companyName?: string;
  /** Which product ran the sync. */
  product: SyncProduct;
  /**
   * The numeric status code: the source of truth for the sync's state (see `SYNC_STATUS_CODES`).
   * Unknown codes are allowed and shown neutrally.
   */
  statusCode: number;
  /** The backend's free-text status (`Complete`, `PushError`, `MapCoreError` …), for support staff. */
  statusText?: string;
  /** When the sync started. */
  startedAt: string;
  /** When the sync ended. Absent while it is still in progress. */
  endedAt?: string;
  /** The platform data was read from (e.g. `Shopify`, `Expensify`). */
  sourcePlatform?: string;
  /** The accounting platform data was written to (e.g. `Xero`). */
  targetPlatform?: string;
  /** The period of business data the sync covered, when the backend knows it. */
  dataRange?: DateRange;
  /** Whether any data was written to the accounting platform. */
  dataPushed?: boolean;
  /** Client-friendly notes and errors, in the order the backend reported them. */
  messages: SyncMessage[];
  /**
   * Internal exception text, for the provider's engineers. Never shown to customers; shown to
   * support staff apart from the client-friendly messages and labelled as internal.
   */
  internalMessage?: string;
  /** How many push items are in each status, when the backend knows. */
  itemCounts?: PushItemCounts;
}

/** A validation message attached to a push item. */
export interface PushItemValidationMessage {
  /** The message text. Shown as text, never as HTML. */
  message: string;
  /** The validator that produced it, when known. */
  validatorName?: string;
}

/** One record of an accounting data type that a sync tried to write (an invoice, a payment …). */
export interface PushItem {
  /** The push item's unique ID within the sync (Codat's push operation key or transaction ID). */
  id: string;
  /** The ID of the record in the provider's core data, which support staff search by. */
  coreId: string;
  /** The accounting data type, e.g. `invoices`, `creditNotes`, `payments`, `journalEntries`. */
  dataType: string;
  /** The item's current status. */
  status: PushItemStatus;
  /** When the push was requested. */
  requestedAt: string;
  /** When the push completed (successfully or not). Absent while pending. */
  completedAt?: string;
  /** Why the push failed, when it did. */
  errorMessage?: string;
  /** Validation errors that stopped the push. */
  validationErrors: PushItemValidationMessage[];
  /** Validation warnings that did not stop it. */
  validationWarnings: PushItemValidationMessage[];
  /** How many times the item has been pushed; above 1 once it has been retried. */
  attempts: number;
  /** The record as it was pushed to the accounting software, when the adapter has it. Shown as JSON. */
  pushedRecord?: JsonValue;
  /** The accounting software's answer to the push (the record it created, or its error), when the adapter has it. Shown as JSON. */
  platformResponse?: JsonValue;
}

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A sync's configuration: the settings that decided what was synced and where. */
export interface SyncConfig {
  /** The sync the configuration belongs to. */
  syncId: string;
  /** The company the configuration belongs to. */
  companyId: string;
  /**
   * `true` when this is the configuration as it was when the sync ran; `false` when the backend can
   * only give the company's current configuration (Codat's API does this).
   */
  isSnapshot: boolean;
  /** The configuration document, exactly as the backend returned it. */
  configuration: { [key: string]: JsonValue };
}

/**
 * A sync as the customer (the company itself) may see it: no internal fields at all. Produced by a
 * `CustomerSyncHistoryAdapter`, which is already scoped to one company.
 */
export interface CustomerSync {
  /** The sync's ID (customers may quote it to support). */
  id: string;
  /** The numeric status code; the component turns it into customer language. */
  statusCode: number;
  /** When the sync started. */
  startedAt: string;
  /** When it ended. Absent while in progress. */
  endedAt?: string;
  /** The period of business data the sync covered, when known. */
  dataRange?: DateRange;
  /**
   * Client-friendly messages the customer may act on (e.g. "Customer 8a1f does not exist."), and only
   * those. Deciding which messages a customer may see is the adapter's job, on the server side: pass
   * only messages the customer can fix themselves (in the troubleshooting catalogue, entries whose
   * `fixer` is `'customer'`) and leave out everything written for support staff or engineers. The
   * component shows every message it is given to the customer, as text.
   */
  messages: SyncMessage[];
}

/** Which page to fetch. */
export interface PageRequest {
  /** Zero-based page index. */
  index: number;
  /** How many items a page holds (1 to 500; adapters clamp other values into that range). */
  size: number;
}

/** One page of results. */
export interface Page<T> {
  /** The items on this page, at most `pageSize` of them. */
  items: T[];
  /** Zero-based index of this page. */
  pageIndex: number;
  /** The page size that was asked for. */
  pageSize: number;
  /** How many items match the query across all pages, when the backend knows it. */
  totalCount?: number;
  /** Whether there is a page after this one. */
  hasNextPage: boolean;
}
