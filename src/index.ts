/**
 * react-sync-health: embeddable React components that show the health of data syncs.
 *
 * This barrel exports everything; each component also has its own entry point
 * (`react-sync-health/<component>`) so a page ships only what it embeds.
 */
export * from './core';
export * from './adapters';
export * from './data';
export { StatusBadge, type StatusBadgeProps } from './components/ui/status-badge';
export { ErrorState, type ErrorStateProps } from './components/ui/error-state';
export type { PanelErrorHandler } from './components/ui/panel-error-boundary';
export { describeStatus, type SharedMessages } from './components/ui/shared-messages';
export type { DeepPartialMessages } from './components/ui/overlay-messages';
export {
  defaultMessages,
  mergeMessages,
  type SyncHealthMessages,
  type SyncHealthMessagesOverride,
} from './components/messages';
export * from './components/sync-details';
export * from './components/customer-sync-flow-history';
export * from './components/push-items-panel';
export * from './components/sync-history-table';
export * from './components/sync-dashboard';
