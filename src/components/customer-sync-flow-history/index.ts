/**
 * `react-sync-health/customer`: the customer's own sync history for the embedded Sync Flow. This
 * entry pulls in no table, tabs, in-memory adapter or demo data, so a page that embeds only the
 * customer history stays small (its size budget is checked by `test/size`).
 */
export { CustomerSyncFlowHistory, type CustomerSyncFlowHistoryProps } from './customer-sync-flow-history';
export {
  describeCustomerSync,
  type CustomerSyncAction,
  type CustomerSyncGuidance,
  type CustomerSyncStatus,
  type CustomerSyncView,
} from './customer-status';
export {
  defaultCustomerSyncFlowHistoryMessages,
  mergeCustomerMessages,
  type CustomerSyncFlowHistoryMessages,
  type CustomerSyncFlowHistoryMessagesOverride,
  type FailureRun,
  type ShownCount,
} from './messages';
export type { CustomerSyncFlowHistoryClassNames, CustomerSyncFlowHistoryPart } from './parts';
export type { CustomerSyncHistoryAdapter } from '../../adapters/contract';
export type { CustomerSync, DateRange, Page, PageRequest, SyncMessage } from '../../core/model';
