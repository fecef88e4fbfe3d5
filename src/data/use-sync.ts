'use client';
import { useQuery } from '@tanstack/react-query';
import { useSyncHealth } from './context';

/** One sync by ID. Pass `undefined` to wait (no request is made). */
export function useSync(syncId: string | undefined) {
  const { queries } = useSyncHealth();
  return useQuery({ ...queries.getSync(syncId ?? ''), enabled: syncId !== undefined && syncId !== '' });
}
