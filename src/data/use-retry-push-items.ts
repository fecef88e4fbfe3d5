'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { RetryRequest } from '../core/query';
import { useSyncHealth } from './context';

/**
 * Retries a sync's failed push items. On success, the sync, its push items, the history lists, the
 * totals and the top errors are refetched so every panel shows the new statuses. A failed retry
 * changes nothing.
 */
export function useRetryPushItems(syncId: string) {
  const { queries } = useSyncHealth();
  const queryClient = useQueryClient();
  // Retries are not idempotent: a second request while one is running is refused here, so a double
  // click can never send two.
  const running = useRef(false);
  const mutation = useMutation({
    ...queries.retryPushItems(syncId),
    onSettled: () => {
      running.current = false;
    },
    onSuccess: () => Promise.all(queries.keysChangedByRetry(syncId).map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  const retry = (request: RetryRequest) => {
    if (running.current) return;
    running.current = true;
    mutation.mutate(request);
  };
  return { ...mutation, retry };
}
