/**
 * The shape of every query key this library uses: `['react-sync-health', scope, call, args]`.
 * - `scope` names the adapter (the provider's `queryScope`, default `'default'`), so a host with two
 *   adapters on one page keeps their data apart in one `QueryClient`;
 * - `call` is the adapter method (`'listSyncs'`, `'getSync'` …);
 * - `args` are its arguments, plain data, so the same call has the same key on the server and in the
 *   browser, and a server-side prefetch is what the browser's component finds in the cache.
 * A host invalidates everything of ours with `queryClient.invalidateQueries({ queryKey: ['react-sync-health'] })`.
 * Server-safe: no React, no TanStack runtime.
 */
import type { AdapterCallName } from '../adapters/contract';

/** The first element of every key this library uses. */
export const QUERY_KEY_ROOT = 'react-sync-health';

/** The scope of a provider that names none. */
export const DEFAULT_QUERY_SCOPE = 'default';

/** The adapter calls that have queries (every method but `canRetry`), and the customer history's call. */
export type SyncHealthQueryCall = AdapterCallName;

/** The key of one call with its arguments. */
export function syncHealthQueryKey<Call extends SyncHealthQueryCall, Args extends object>(scope: string, call: Call, args: Args) {
  return [QUERY_KEY_ROOT, scope, call, args] as const;
}

/**
 * The key prefix of every query of one call in a scope, optionally narrowed by some of its arguments
 * (`{ syncId }` matches every push item page of that sync): for `invalidateQueries` and friends,
 * which match keys by prefix and objects by the properties given.
 */
export function syncHealthQueryFilterKey(scope: string, call?: SyncHealthQueryCall, args?: object): readonly unknown[] {
  if (call === undefined) return [QUERY_KEY_ROOT, scope];
  return args === undefined ? [QUERY_KEY_ROOT, scope, call] : [QUERY_KEY_ROOT, scope, call, args];
}
