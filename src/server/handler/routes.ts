/**
 * The routes of the REST contract (`api/sync-health.openapi.yaml`): each operation's method, path
 * template and who may call it, and how a request's path finds its route. One table, read by the
 * handler and by the test that holds it to the OpenAPI document.
 */
import { badRequest } from './problem';
import { MAX_PARAMETER_LENGTH } from './rest-params';

/** An operation of the contract, named after the adapter method that calls it (`exportSyncs`: the CSV download). */
export type SyncHealthOperation =
  | 'listSyncs'
  | 'getSyncTotals'
  | 'getTopErrors'
  | 'exportSyncs'
  | 'listFailingCompanies'
  | 'getSync'
  | 'getSyncConfig'
  | 'listPushItems'
  | 'retryPushItems'
  | 'listCustomerSyncs';

/** Who may call an operation: support staff, or a customer (for their own company only). */
export type SyncHealthAudience = 'support' | 'customer';

/** One route of the contract. */
export interface SyncHealthRoute {
  /** The operation it serves. */
  operation: SyncHealthOperation;
  /** Its HTTP method. */
  method: 'GET' | 'POST';
  /** Its path template below the base path, as the OpenAPI document writes it (`/syncs/{syncId}`). */
  path: string;
  /** Who may call it. */
  audience: SyncHealthAudience;
}

/**
 * Every route the handler serves. Fixed paths come before `/syncs/{syncId}`, so no sync may have the
 * ID `totals`, `top-errors` or `export.csv` (as the contract says).
 */
export const SYNC_HEALTH_ROUTES: readonly SyncHealthRoute[] = [
  { operation: 'listSyncs', method: 'GET', path: '/syncs', audience: 'support' },
  { operation: 'getSyncTotals', method: 'GET', path: '/syncs/totals', audience: 'support' },
  { operation: 'getTopErrors', method: 'GET', path: '/syncs/top-errors', audience: 'support' },
  { operation: 'exportSyncs', method: 'GET', path: '/syncs/export.csv', audience: 'support' },
  { operation: 'listFailingCompanies', method: 'GET', path: '/failing-companies', audience: 'support' },
  { operation: 'getSync', method: 'GET', path: '/syncs/{syncId}', audience: 'support' },
  { operation: 'getSyncConfig', method: 'GET', path: '/syncs/{syncId}/config', audience: 'support' },
  { operation: 'listPushItems', method: 'GET', path: '/syncs/{syncId}/push-items', audience: 'support' },
  { operation: 'retryPushItems', method: 'POST', path: '/syncs/{syncId}/push-items/retry', audience: 'support' },
  { operation: 'listCustomerSyncs', method: 'GET', path: '/customer/syncs', audience: 'customer' },
];

/** What a path and method found. */
export type RouteMatch =
  /** A route, with the sync ID its path names (decoded), when it names one. */
  | { route: SyncHealthRoute; syncId?: string }
  /** The path is a route's, but not for this method: these methods are. */
  | { allowed: SyncHealthRoute['method'][] }
  /** No route has this path. */
  | undefined;

/** Decodes one percent-encoded path segment; a malformed encoding is a 400. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest('The path is not correctly percent-encoded.');
  }
}

/** The sync ID a path's segments give a route's template, or `false` when they do not fit it. */
function fit(template: readonly string[], segments: readonly string[]): { syncId?: string } | false {
  if (template.length !== segments.length) return false;
  let syncId: string | undefined;
  for (const [index, part] of template.entries()) {
    const segment = segments[index] as string;
    if (part === '{syncId}' ? segment === '' : part !== segment) return false;
    if (part === '{syncId}') syncId = segment;
  }
  return syncId === undefined ? {} : { syncId };
}

const TEMPLATES = SYNC_HEALTH_ROUTES.map((route) => ({ route, parts: route.path.split('/').slice(1) }));

/**
 * The route of a method and a path below the base path (`/syncs/sync%20007/config`). Fixed paths win
 * over `/syncs/{syncId}`; empty segments (`/syncs//config`) match nothing. A sync ID longer than any
 * parameter may be, or a malformed percent-encoding, is a 400.
 */
export function matchRoute(method: string, path: string): RouteMatch {
  const segments = path.split('/').slice(1).map(decodeSegment);
  const allowed: SyncHealthRoute['method'][] = [];
  for (const { route, parts } of TEMPLATES) {
    const fitted = fit(parts, segments);
    if (!fitted) continue;
    if (route.method !== method) {
      if (!allowed.includes(route.method)) allowed.push(route.method);
      continue;
    }
    if (fitted.syncId !== undefined && fitted.syncId.length > MAX_PARAMETER_LENGTH) {
      throw badRequest(`The sync ID should be at most ${MAX_PARAMETER_LENGTH} characters long.`);
    }
    return { route, ...fitted };
  }
  return allowed.length > 0 ? { allowed } : undefined;
}
