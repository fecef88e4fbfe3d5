/** The `react-sync-health/sync-dashboard` entry: the Sync Health page. */
export { SyncDashboard, type SyncDashboardPart, type SyncDashboardProps } from './sync-dashboard';
export type { SyncDashboardMessages } from './messages';
export { SyncHealthProvider, type SyncHealthProviderProps } from '../../data/sync-health-provider';
export type { SyncHealthMessagesOverride } from '../messages';
