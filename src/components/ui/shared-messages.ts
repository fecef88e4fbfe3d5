/**
 * The words every support-facing component shares (status names, error headlines, "Try again" …),
 * with English defaults. A host overrides them at the top level of the provider's `messages`.
 */
import { describeItemSummary, type ItemSummary } from '../../core/derive';
import type { SyncHealthErrorKind } from '../../core/errors';
import type { PushItemStatus, SyncProduct } from '../../core/model';
import type { SyncOutcome, SyncStatusCategory } from '../../core/status';
import { defaultOutcomeNames, defaultProductNames } from '../../core/sync-csv';

/** The words shared by the support-facing components. */
export interface SharedMessages {
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
}

/** The English defaults. */
export const defaultSharedMessages: SharedMessages = {
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
  outcomes: defaultOutcomeNames,
  products: defaultProductNames,
  pushItemStatuses: {
    pending: 'Pending',
    success: 'Pushed',
    failed: 'Failed',
    timedOut: 'Timed out',
    validationError: 'Validation error',
  },
  itemSummary: describeItemSummary,
  failedByItems: 'Shown as failed because some items failed, although the status code reports success.',
};

/** The label and meaning of a status, with the host's overrides applied. */
export function describeStatus(
  info: { code: number; label: string; meaning: string; known: boolean },
  messages: SharedMessages,
): { label: string; meaning: string } {
  return {
    label: messages.statusLabels[info.code] ?? (info.known ? info.label : messages.unknownStatus(info.code)),
    meaning: messages.statusMeanings[info.code] ?? info.meaning,
  };
}
