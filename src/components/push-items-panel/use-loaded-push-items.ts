'use client';
import { useQueryClient } from '@tanstack/react-query';
import type { Page, PushItem } from '../../core/model';
import { useSyncHealth } from '../../data/context';

/**
 * Reads the push items of a sync that this page has loaded (every page of every search and filter
 * still in the query cache), each once, in its newest known state. Pages invalidated since (by a
 * retry) are left out: their statuses may be out of date. A function, not a value: it is read when
 * a confirmation opens, without making the panel re-render as pages load.
 */
export function useLoadedPushItems(syncId: string): () => PushItem[] {
  const { queries } = useSyncHealth();
  const queryClient = useQueryClient();
  return () => {
    const cached = queryClient
      .getQueryCache()
      .findAll({ queryKey: queries.keyOf('listPushItems', { syncId }) })
      .filter((query) => query.state.data !== undefined && !query.state.isInvalidated)
      .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
    const items = new Map<string, PushItem>();
    for (const query of cached) {
      for (const item of (query.state.data as Page<PushItem>).items) if (!items.has(item.id)) items.set(item.id, item);
    }
    return [...items.values()];
  };
}
