/**
 * Guards the adapter boundary: every call's answer is validated, and anything an adapter throws (or
 * returns instead of a promise) becomes a typed `SyncHealthError`. The data layer only ever talks to
 * adapters through these wrappers, so a misbehaving adapter can fail a panel but never crash a page.
 */
import { SyncHealthError, toSyncHealthError } from '../core/errors';
import {
  parsePushItemPage,
  parseRetryOutcome,
  parseSync,
  parseSyncConfig,
  parseSyncPage,
  parseSyncTotals,
  parseTopErrors,
} from '../core/validate';
import { parseCustomerSyncPage } from '../core/validate-customer';
import { type CustomerSyncHistoryAdapter, defaultCanRetry, type SyncHealthAdapter } from './contract';

async function guarded<T>(method: string, call: () => unknown, parse: (value: unknown) => T): Promise<T> {
  let answer: unknown;
  try {
    answer = await call();
  } catch (error) {
    throw toSyncHealthError(error);
  }
  try {
    return parse(answer);
  } catch (error) {
    const problem = toSyncHealthError(error);
    if (problem.kind !== 'invalidResponse') throw problem;
    throw new SyncHealthError('invalidResponse', `${method}: ${problem.message}`, { field: problem.field, cause: error });
  }
}

const validated = new WeakMap<object, object>();

/**
 * Wraps a support-facing adapter so every answer is validated and every failure is a
 * `SyncHealthError`. Wrapping the same adapter twice returns the same wrapper.
 */
export function withValidation(adapter: SyncHealthAdapter): SyncHealthAdapter {
  const cached = validated.get(adapter);
  if (cached) return cached as SyncHealthAdapter;
  const retry = adapter.retryPushItems;
  const wrapper: SyncHealthAdapter = {
    listSyncs: (query, ctx) => guarded('listSyncs', () => adapter.listSyncs(query, ctx), parseSyncPage),
    getSyncTotals: (query, ctx) => guarded('getSyncTotals', () => adapter.getSyncTotals(query, ctx), parseSyncTotals),
    getSync: (syncId, ctx) => guarded('getSync', () => adapter.getSync(syncId, ctx), parseSync),
    getSyncConfig: (syncId, ctx) => guarded('getSyncConfig', () => adapter.getSyncConfig(syncId, ctx), parseSyncConfig),
    listPushItems: (syncId, query, ctx) =>
      guarded('listPushItems', () => adapter.listPushItems(syncId, query, ctx), parsePushItemPage),
    canRetry: (sync) => {
      try {
        return (adapter.canRetry ?? defaultCanRetry).call(adapter, sync) === true;
      } catch {
        return false;
      }
    },
  };
  const topErrors = adapter.getTopErrors;
  if (typeof topErrors === 'function') {
    wrapper.getTopErrors = (query, ctx) => guarded('getTopErrors', () => topErrors.call(adapter, query, ctx), parseTopErrors);
  }
  if (typeof retry === 'function') {
    wrapper.retryPushItems = (syncId, request, ctx) =>
      guarded('retryPushItems', () => retry.call(adapter, syncId, request, ctx), parseRetryOutcome);
  }
  validated.set(adapter, wrapper);
  validated.set(wrapper, wrapper);
  return wrapper;
}

/** Wraps a customer adapter so every answer is validated and every failure is a `SyncHealthError`. */
export function withCustomerValidation(adapter: CustomerSyncHistoryAdapter): CustomerSyncHistoryAdapter {
  const cached = validated.get(adapter);
  if (cached) return cached as CustomerSyncHistoryAdapter;
  const wrapper: CustomerSyncHistoryAdapter = {
    listSyncs: (query, ctx) => guarded('listSyncs', () => adapter.listSyncs(query, ctx), parseCustomerSyncPage),
  };
  validated.set(adapter, wrapper);
  validated.set(wrapper, wrapper);
  return wrapper;
}
