/** The data layer: the provider and one hook per adapter call. */
export { SyncHealthProvider, type SyncHealthProviderProps } from './sync-health-provider';
export { useSyncHealth, type SyncHealthContextValue } from './context';
export {
  defaultMessages,
  mergeMessages,
  describeStatus,
  type DeepPartialMessages,
  type SyncHealthMessages,
  type SyncHealthMessagesOverride,
} from './messages';
export { syncHealthKeys, customerSyncsKey, adapterScope, QUERY_KEY_ROOT, type SyncHealthKeys } from './query-keys';
export { createDefaultQueryClient, shouldRetryQuery } from './query-options';
export { useSyncs, type UseSyncsOptions } from './use-syncs';
export { useSyncTotals, type UseSyncTotalsOptions } from './use-sync-totals';
export { useTopErrors } from './use-top-errors';
export { useSync } from './use-sync';
export { useSyncConfig } from './use-sync-config';
export { usePushItems } from './use-push-items';
export { useRetryPushItems } from './use-retry-push-items';
export { useCustomerSyncs } from './use-customer-syncs';
