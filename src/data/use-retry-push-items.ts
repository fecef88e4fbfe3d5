'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { RetryRequest } from '../core/query';
import { SyncHealthError } from '../core/errors';
import { useSyncHealth } from './context';

/**
 * Retries a sync's failed push items. On success, the sync, its push items, the history lists and the
 * totals are refetched so every panel shows the new statuses. A failed retry changes nothing.
 */
export function useRetryPushItems(syncId: string) {
  const { adapter, keys } = useSyncHealth();
  const queryClient = useQueryClient();
  // Retries are not idempotent: a second request while one is running is refused here, so a double
  // click can never send two.
  const running = useRef(false);
  const mutation = useMutation({
    mutationKey: [...keys.sync(syncId), 'retry'],
    mutationFn: async (request: RetryRequest) => {
      if (!adapter.retryPushItems) throw new SyncHealthError('unsupported', 'This adapter cannot retry push items.');
      const controller = new AbortController();
      return adapter.retryPushItems(syncId, request, { signal: controller.signal });
    },
    onSettled: () => {
      running.current = false;
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.sync(syncId) }),
        queryClient.invalidateQueries({ queryKey: keys.syncLists() }),
        queryClient.invalidateQueries({ queryKey: keys.totalsAll() }),
      ]),
  });
  const retry = (request: RetryRequest) => {
    if (running.current) return;
    running.current = true;
    mutation.mutate(request);
  };
  return { ...mutation, retry };
}
