'use client';
import { useQuery } from '@tanstack/react-query';
import { useSyncHealth } from './context';
import { useAnswerBeforePaint } from './use-answer-before-paint';

/**
 * One sync by ID. Pass `undefined` to wait (no request is made). A sync the adapter answers at once is
 * painted with the first frame ({@link useAnswerBeforePaint}), so opened details show no skeleton first.
 */
export function useSync(syncId: string | undefined) {
  const { queries } = useSyncHealth();
  const syncQuery = queries.getSync(syncId ?? '');
  const enabled = syncId !== undefined && syncId !== '';
  useAnswerBeforePaint(syncQuery, enabled);
  return useQuery({ ...syncQuery, enabled });
}
