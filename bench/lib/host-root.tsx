/**
 * The React side every bench page shares: its host component mounted in `#root` with a fresh
 * QueryClient per mount, and the waits and cache resets that keep one measured run from leaking
 * into the next.
 */
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { nextPaint } from './page-harness';

/** Mounts `renderHost(client)` on demand. */
export function createHostRoot(renderHost: (client: QueryClient) => ReactElement) {
  const container = document.getElementById('root')!;
  let root: Root | undefined;
  let queryClient: QueryClient | undefined;
  const unmount = () => {
    root?.unmount();
    root = undefined;
  };
  return {
    unmount,
    /** A fresh mount: new root, new QueryClient, so nothing is cached. */
    mount() {
      unmount();
      queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
      root = createRoot(container);
      root.render(renderHost(queryClient));
    },
    /** Waits until no request is running and the DOM is painted, so one run never overlaps the next. */
    async quiet() {
      while (queryClient && queryClient.isFetching() > 0) await nextPaint();
      await nextPaint();
    },
    /** Drops every answer not on screen, so the next change must go to the adapter. */
    forgetInactive() {
      queryClient?.removeQueries({ predicate: (query) => !query.isActive() });
    },
  };
}
