'use client';
import { hashKey, useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useReducer } from 'react';
import { flushSync } from 'react-dom';

const inBrowser = typeof window !== 'undefined';
/** Layout effects run before the browser paints; on the server there is no paint (and React 18 warns). */
const useBeforePaintEffect = inBrowser ? useLayoutEffect : useEffect;

/**
 * Starts a query that has never been asked for while rendering, and renders its answer before the
 * browser paints when it comes that soon, through TanStack's public client API only.
 *
 * `useQuery` starts a request in an effect that runs after the first paint and learns of the answer
 * through a `setTimeout(0)` notification, so even an adapter that answers at once (the in-memory
 * one) shows its rows a frame after the skeleton. Here the request starts in render (as TanStack's
 * `usePrefetchQuery` does), and a layout effect waits for that same request (`fetchQuery` shares a
 * request in flight) and re-renders the caller at once, so `useQuery` reads the answer from the
 * cache in that render. A slow answer simply re-renders the caller once more, harmlessly.
 */
export function useAnswerBeforePaint<TData, TError, TKey extends QueryKey>(
  options: FetchQueryOptions<TData, TError, TData, TKey>,
  enabled: boolean,
): void {
  const client = useQueryClient();
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  // Never on the server: there `useQuery` fetches nothing, and the host prefetches what it wants.
  if (inBrowser && enabled && !client.getQueryState(options.queryKey)) void client.prefetchQuery(options);
  const keyHash = hashKey(options.queryKey);
  useBeforePaintEffect(() => {
    const state = client.getQueryState(options.queryKey);
    if (!enabled || state?.fetchStatus !== 'fetching' || state.data !== undefined) return undefined;
    let current = true;
    client.fetchQuery(options).then(
      () => current && flushSync(rerender),
      () => undefined,
    );
    return () => {
      current = false;
    };
    // The key's hash names the request; the options object is new on every render.
  }, [client, keyHash, enabled]);
}
