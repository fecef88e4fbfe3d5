'use client';
import { useQuery } from '@tanstack/react-query';
import { useSyncHealth } from './context';

/** A sync's configuration. Pass `enabled: false` to fetch only once it is needed (e.g. its tab is shown). */
export function useSyncConfig(syncId: string | undefined, options: { enabled?: boolean } = {}) {
  const { queries } = useSyncHealth();
  return useQuery({
    ...queries.getSyncConfig(syncId ?? ''),
    enabled: (options.enabled ?? true) && syncId !== undefined && syncId !== '',
  });
}
