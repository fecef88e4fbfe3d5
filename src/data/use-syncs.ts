'use client';
import {
  keepPreviousData,
  QueryObserver,
  useIsRestoring,
  useQueryClient,
  type QueryKey,
  type QueryObserverOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { Page, Sync } from '../core/model';
import type { SyncListQuery } from '../core/query';
import { useSyncHealth } from './context';
import { baseQueryOptions } from './query-options';

/** Options of {@link useSyncs}. */
export interface UseSyncsOptions {
  /** Set `false` to hold the request (e.g. until a filter is complete). Default `true`. */
  enabled?: boolean;
  /** Refetch on this interval (ms), e.g. while syncs are in progress. Default: never. */
  refetchInterval?: number | false;
}

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * One page of syncs. While a new page loads, the previous one stays visible (`isPlaceholderData` is
 * then `true`), so tables do not flash empty between pages.
 *
 * It is `useQuery` (the same observer, options, result and tracked properties) wired so that a fast
 * adapter's answer is on screen one frame sooner:
 * - the observer subscribes, and a changed query starts its request, in a layout effect, so the
 *   request is under way before the browser paints (not after, as in a passive effect);
 * - an answer re-renders at once (at React's sync priority, like any `useSyncExternalStore` store)
 *   rather than after React Query's `setTimeout(0)` notification; an answer that comes before the
 *   first paint is rendered before that paint, so the loading skeleton or the old rows are not
 *   painted for one frame only to be replaced in the next.
 */
export function useSyncs(query: SyncListQuery, options: UseSyncsOptions = {}): UseQueryResult<Page<Sync>, Error> {
  const { adapter, keys } = useSyncHealth();
  const client = useQueryClient();
  const isRestoring = useIsRestoring();
  const queryOptions: QueryObserverOptions<Page<Sync>, Error, Page<Sync>, Page<Sync>, QueryKey> = {
    ...baseQueryOptions,
    queryKey: keys.syncList(query),
    queryFn: ({ signal }) => adapter.listSyncs(query, { signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval ?? false,
  };
  const defaulted = client.defaultQueryOptions(queryOptions);
  defaulted._optimisticResults = isRestoring ? 'isRestoring' : 'optimistic';
  const [observer] = useState(() => new QueryObserver(client, defaulted));
  const result = observer.getOptimisticResult(defaulted);
  // Set once `useSyncExternalStore` has subscribed (in a passive effect, after the first paint).
  const storeChange = useRef<(() => void) | undefined>(undefined);
  const [, forceRender] = useReducer((count: number) => count + 1, 0);

  useIsomorphicLayoutEffect(() => {
    observer.setOptions(defaulted);
  });
  useIsomorphicLayoutEffect(() => {
    if (isRestoring) return undefined;
    return observer.subscribe(() => {
      if (storeChange.current) storeChange.current();
      // Before the store subscription exists (between the first commit and its passive effects):
      // render now, from a microtask, so never inside another component's effect.
      else queueMicrotask(() => (storeChange.current ? storeChange.current() : flushSync(forceRender)));
    });
  }, [observer, isRestoring]);
  useSyncExternalStore(
    useCallback(
      (onStoreChange: () => void) => {
        storeChange.current = onStoreChange;
        observer.updateResult();
        return () => {
          storeChange.current = undefined;
        };
      },
      [observer],
    ),
    () => observer.getCurrentResult(),
    () => observer.getCurrentResult(),
  );
  return observer.trackResult(result);
}
