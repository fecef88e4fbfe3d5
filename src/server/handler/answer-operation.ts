/**
 * What each operation of the contract asks the store, once the route, the caller and their right to
 * it are settled: its query read strictly from the URL (`rest-params.ts`), its answer as JSON (or,
 * for the export, a CSV download).
 */
import { PUSH_ITEM_STATUSES, type Sync } from '../../core/model';
import type { SyncHealthStore } from '../store';
import type { SyncHealthCaller } from './authorization';
import { syncsCsvResponse } from './export-csv';
import { HttpProblem, jsonResponse } from './problem';
import { filter, limit, list, oneOf, page, range, sort, text, timeZone } from './rest-params';
import { idempotencyKeyOf, retryRequestOf } from './retry-request';
import type { SyncHealthOperation } from './routes';

/** The store methods the handler calls: a `SyncHealthStore`, or anything that answers as one (e.g. over an adapter). */
export type SyncHealthHandlerStore = Pick<
  SyncHealthStore,
  | 'listSyncs'
  | 'getSyncTotals'
  | 'getTopErrors'
  | 'listFailingCompanies'
  | 'getSync'
  | 'getSyncConfig'
  | 'listPushItems'
  | 'listCustomerSyncs'
  | 'exportSyncs'
  | 'requestRetry'
>;

/** What answering one operation needs. */
export interface OperationContext {
  /** The store to ask. */
  store: SyncHealthHandlerStore;
  /** Whether a sync's push items may be retried. */
  canRetry: (sync: Sync) => boolean;
  /** Hears failures of an export after its download started. */
  onError: (error: unknown) => void;
  /** The request. */
  request: Request;
  /** Its query parameters. */
  params: URLSearchParams;
  /** Who calls (already allowed to call the operation). */
  caller: SyncHealthCaller;
  /** The sync ID of the path, for the operations on one sync. */
  syncId: string;
}

/** The answer to a retry: 404 for an unknown sync, 501 where `canRetry` says no, else the store's outcome. */
async function retry({ store, canRetry, request, syncId }: OperationContext): Promise<Response> {
  const idempotencyKey = idempotencyKeyOf(request);
  const retryRequest = await retryRequestOf(request);
  if (!canRetry(await store.getSync(syncId))) throw new HttpProblem(501, `Retry is not available for sync ${syncId}.`);
  return jsonResponse(await store.requestRetry(syncId, retryRequest, idempotencyKey));
}

/** Answers one operation. */
export async function answerOperation(operation: SyncHealthOperation, context: OperationContext): Promise<Response> {
  const { store, params, syncId } = context;
  switch (operation) {
    case 'listSyncs':
      return jsonResponse(await store.listSyncs({ ...filter(params), sort: sort(params), page: page(params) }));
    case 'getSyncTotals':
      return jsonResponse(await store.getSyncTotals({ ...filter(params), bucket: oneOf(params, 'bucket', ['day', 'hour'] as const), timeZone: timeZone(params) }));
    case 'getTopErrors':
      return jsonResponse(await store.getTopErrors({ ...filter(params), limit: limit(params), timeZone: timeZone(params) }));
    case 'listFailingCompanies':
      return jsonResponse(await store.listFailingCompanies({ ...filter(params), limit: limit(params) }));
    case 'exportSyncs':
      return syncsCsvResponse(store.exportSyncs(filter(params), sort(params)), context.onError);
    case 'getSync':
      return jsonResponse(await store.getSync(syncId));
    case 'getSyncConfig':
      return jsonResponse(await store.getSyncConfig(syncId));
    case 'listPushItems':
      return jsonResponse(await store.listPushItems(syncId, { search: text(params, 'search'), statuses: list(params, 'statuses', PUSH_ITEM_STATUSES), page: page(params) }));
    case 'retryPushItems':
      return retry(context);
    case 'listCustomerSyncs': {
      // The company is the signed-in customer's, never the query's (the audience check already let only customers in).
      const { caller } = context;
      if (caller.role !== 'customer') throw new HttpProblem(403, 'The customer history is for signed-in customers.');
      return jsonResponse(await store.listCustomerSyncs(caller.companyId, { page: page(params), range: range(params) }));
    }
  }
}
