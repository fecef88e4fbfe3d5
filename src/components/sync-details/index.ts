/** The `react-sync-health/sync-details` entry: one sync's summary, configuration and push items. */
export { SyncDetails, type SyncDetailsPart, type SyncDetailsProps, type SyncDetailsTab } from './sync-details';
export type { SyncDetailsMessages } from './messages';
export { SyncHealthProvider, type SyncHealthProviderProps } from '../../data/sync-health-provider';
export type { SyncHealthMessagesOverride } from '../messages';
