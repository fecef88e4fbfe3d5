/** The `react-sync-health/push-items-panel` entry: a sync's push items, with search, filter and retry. */
export {
  PushItemsPanel,
  type PushItemsPanelClassNames,
  type PushItemsPanelPart,
  type PushItemsPanelProps,
} from './push-items-panel';
export type { PushItemsPanelMessages } from './messages';
export type { RetryWarning, RetryWarningCause } from './retry-warning';
export { SyncHealthProvider, type SyncHealthProviderProps } from '../../data/sync-health-provider';
export type { SyncHealthMessagesOverride } from '../messages';
