/**
 * Every component's words in one type, for hosts that translate the whole library at once. Only the
 * package root ships this module: each component entry ships its own words and the shared ones.
 */
import type { CustomerSyncFlowHistoryMessages } from './customer-sync-flow-history/messages';
import { defaultCustomerSyncFlowHistoryMessages } from './customer-sync-flow-history/messages';
import { defaultPushItemsPanelMessages, type PushItemsPanelMessages } from './push-items-panel/messages';
import { defaultSyncDashboardMessages, type SyncDashboardMessages } from './sync-dashboard/messages';
import { defaultSyncDetailsMessages, type SyncDetailsMessages } from './sync-details/messages';
import { defaultSyncHistoryTableMessages, type SyncHistoryTableMessages } from './sync-history-table/messages';
import { type DeepPartialMessages, overlayMessages } from './ui/overlay-messages';
import { defaultPanelErrorMessages, type PanelErrorMessages } from './ui/panel-error-messages';
import { defaultSharedMessages, type SharedMessages } from './ui/shared-messages';

/** All user-visible text of the library: the shared words and each component's own. */
export interface SyncHealthMessages extends SharedMessages {
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

/**
 * The overrides a host may give `SyncHealthProvider`'s `messages`: any subset, at any depth.
 * Functions and strings are replaced whole.
 */
export type SyncHealthMessagesOverride = DeepPartialMessages<SyncHealthMessages>;

/** Every English default, in one object. */
export const defaultMessages: SyncHealthMessages = {
  ...defaultSharedMessages,
  details: defaultSyncDetailsMessages,
  dashboard: defaultSyncDashboardMessages,
  syncHistoryTable: defaultSyncHistoryTableMessages,
  customerSyncFlowHistory: defaultCustomerSyncFlowHistoryMessages,
  pushItemsPanel: defaultPushItemsPanelMessages,
  panelError: defaultPanelErrorMessages,
};

/** The English defaults with a host's overrides laid over them, at any depth: what the components show. */
export function mergeMessages(overrides: SyncHealthMessagesOverride | undefined): SyncHealthMessages {
  return overlayMessages(defaultMessages, overrides);
}
