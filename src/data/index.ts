/** The data layer: the provider, the query options of every adapter call, and one hook per call. */
export * from './queries';
export { SyncHealthProvider, type SyncHealthProviderMessages, type SyncHealthProviderProps } from './sync-health-provider';
export { useSyncHealth, type SyncHealthContextValue } from './context';
export { createDefaultQueryClient } from './query-client';
export { useSyncs, type UseSyncsOptions } from './use-syncs';
export { useSyncTotals, type UseSyncTotalsOptions } from './use-sync-totals';
export { useTopErrors } from './use-top-errors';
export { useFailingCompanies, type UseFailingCompaniesOptions } from './use-failing-companies';
export { useSync } from './use-sync';
export { useSyncConfig } from './use-sync-config';
export { usePushItems } from './use-push-items';
export { useRetryPushItems } from './use-retry-push-items';
export { useCustomerSyncs } from './use-customer-syncs';
