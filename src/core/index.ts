/** The framework-free core: model, status table, derivations, troubleshooting, validation, formatting. */
export * from './model';
export * from './status';
export * from './query';
export * from './errors';
export * from './derive';
export * from './troubleshooting';
export * from './error-templates';
export * from './format';
export * from './csv';
export {
  parseCustomerSyncPage,
  parseFailingCompanies,
  parsePushItem,
  parsePushItemPage,
  parseRetryOutcome,
  parseSync,
  parseSyncConfig,
  parseSyncPage,
  parseSyncTotals,
  parseTopErrors,
} from './validate';
