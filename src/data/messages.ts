/**
 * Every piece of user-visible text, with English defaults. A host overrides any part through the
 * provider's `messages` prop (a deep partial), e.g. to translate the components.
 */
import { describeItemSummary, type ItemSummary } from '../core/derive';
import type { SyncHealthErrorKind } from '../core/errors';
import type { PushItemStatus, SyncProduct } from '../core/model';
import type { SyncOutcome, SyncStatusCategory } from '../core/status';
import { defaultSyncDetailsMessages, type SyncDetailsMessages } from '../components/sync-details/messages';
import { defaultSyncDashboardMessages, type SyncDashboardMessages } from '../components/sync-dashboard/messages';
import { defaultSyncHistoryTableMessages, type SyncHistoryTableMessages } from '../components/sync-history-table/messages';
import {
  type CustomerSyncFlowHistoryMessages,
  defaultCustomerSyncFlowHistoryMessages,
} from '../components/customer-sync-flow-history/messages';
import { defaultPushItemsPanelMessages, type PushItemsPanelMessages } from '../components/push-items-panel/messages';
import { defaultPanelErrorMessages, type PanelErrorMessages } from '../components/ui/panel-error-messages';

/** All user-visible text of the library. */
export interface SyncHealthMessages {
  /** Words used across components. */
  common: {
    /** Label of a "try again" button. */
    retry: string;
    /** Text shown while data loads. */
    loading: string;
    /** Accessible label of a copy button; `{label}` is what gets copied. */
    copy: (label: string) => string;
    /** Announced after copying. */
    copied: string;
    /** Shown where a value is not known. */
    notAvailable: string;
    /** Label for internal-only information. */
    internal: string;
    /** Accessible label of a search box's clear button. */
    clearSearch: string;
  };
  /** Headlines for each kind of adapter error. */
  errors: Record<SyncHealthErrorKind, string> & {
    /** Shown after the headline when the error names a field. */
    field: (field: string) => string;
  };
  /** Status labels by code, overriding the built-in English labels (e.g. `{ 2000: 'Réussi' }`). */
  statusLabels: Partial<Record<number, string>>;
  /** Status meanings by code, overriding the built-in English sentences. */
  statusMeanings: Partial<Record<number, string>>;
  /** The label for an undocumented status code. */
  unknownStatus: (code: number) => string;
  /** Category names. */
  categories: Record<SyncStatusCategory, string>;
  /** Outcome names. */
  outcomes: Record<SyncOutcome, string>;
  /** Product names. */
  products: Record<SyncProduct, string>;
  /** Push item status names. */
  pushItemStatuses: Record<PushItemStatus, string>;
  /** The item summary: "3 of 12 items failed". */
  itemSummary: (summary: ItemSummary | undefined) => string;
  /** Explains a sync whose code says success but whose items failed. */
  failedByItems: string;
  /** `SyncDetails`. */
  details: SyncDetailsMessages;
  /** `SyncDashboard`. */
  dashboard: SyncDashboardMessages;
  /** `SyncHistoryTable` and `SyncFilters`. */
  syncHistoryTable: SyncHistoryTableMessages;
  /** `CustomerSyncFlowHistory`, the customer's own history (its props may override these again). */
  customerSyncFlowHistory: CustomerSyncFlowHistoryMessages;
  /** `PushItemsPanel`. */
  pushItemsPanel: PushItemsPanelMessages;
  /** The contained error a panel shows when it fails to render, in place of the panel. */
  panelError: PanelErrorMessages;
}

/** The English defaults. */
export const defaultMessages: SyncHealthMessages = {
  common: {
    retry: 'Try again',
    loading: 'Loading…',
    copy: (label) => `Copy ${label}`,
    copied: 'Copied',
    notAvailable: '—',
    internal: 'Internal',
    clearSearch: 'Clear search',
  },
  errors: {
    notFound: 'We could not find this. It may have been deleted, or you may not have access to it.',
    unauthorized: 'You are not signed in, or you do not have permission to see this.',
    network: 'We could not reach the server. Check your connection and try again.',
    invalidResponse: 'The server sent data we could not read.',
    unsupported: 'This action is not available here.',
    aborted: 'The request was cancelled.',
    field: (field) => `Problem field: ${field}`,
  },
  statusLabels: {},
  statusMeanings: {},
  unknownStatus: (code) => `Unknown status (${code})`,
  categories: {
    inProgress: 'In progress',
    success: 'Succeeded',
    failedConfiguration: 'Failed: configuration',
    failedConnection: 'Failed: company connection',
    failedServer: 'Failed: server',
    unknown: 'Unknown',
  },
  outcomes: { inProgress: 'In progress', success: 'Succeeded', failed: 'Failed', unknown: 'Unknown' },
  products: { commerce: 'Sync for Commerce', expenses: 'Sync for Expenses' },
  pushItemStatuses: {
    pending: 'Pending',
    success: 'Pushed',
    failed: 'Failed',
    timedOut: 'Timed out',
    validationError: 'Validation error',
  },
  itemSummary: describeItemSummary,
  failedByItems: 'Shown as failed because some items failed, although the status code reports success.',
  details: defaultSyncDetailsMessages,
  dashboard: defaultSyncDashboardMessages,
  syncHistoryTable: defaultSyncHistoryTableMessages,
  customerSyncFlowHistory: defaultCustomerSyncFlowHistoryMessages,
  pushItemsPanel: defaultPushItemsPanelMessages,
  panelError: defaultPanelErrorMessages,
};

/** Any part of a messages object, at any depth; functions and strings are replaced whole. */
export type DeepPartialMessages<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartialMessages<T[K]> }
    : T;

/** The overrides a host may pass: any subset of the messages, at any depth. */
export type SyncHealthMessagesOverride = DeepPartialMessages<SyncHealthMessages>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeDeep(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = base[key];
    merged[key] = isPlainObject(value) && isPlainObject(current) ? mergeDeep(current, value) : value;
  }
  return merged;
}

/** Merges a host's overrides over the English defaults, at any depth. */
export function mergeMessages(overrides: SyncHealthMessagesOverride | undefined): SyncHealthMessages {
  if (!overrides) return defaultMessages;
  return mergeDeep(defaultMessages as unknown as Record<string, unknown>, overrides as Record<string, unknown>) as unknown as SyncHealthMessages;
}

/** The label and meaning of a status, with the host's overrides applied. */
export function describeStatus(
  info: { code: number; label: string; meaning: string; known: boolean },
  messages: SyncHealthMessages,
): { label: string; meaning: string } {
  return {
    label: messages.statusLabels[info.code] ?? (info.known ? info.label : messages.unknownStatus(info.code)),
    meaning: messages.statusMeanings[info.code] ?? info.meaning,
  };
}
