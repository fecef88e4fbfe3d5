/** The data-adapter contract and the adapters the library ships. */
export {
  defaultCanRetry,
  retryAvailable,
  type AdapterCallContext,
  type AdapterCallName,
  type CustomerSyncHistoryAdapter,
  type SyncHealthAdapter,
} from './contract';
export { DEFAULT_REQUEST_TIMEOUT_MS, type ValidationOptions, withCustomerValidation, withValidation } from './validating-adapter';
export * from './in-memory';
export * from './http';
export * from './codat';
