'use client';
import { useState } from 'react';

/**
 * "Now" for reading a date range during render: the `now` prop when given (stories and tests pin it),
 * otherwise the moment the component mounted. Actions that create a range read the clock afresh.
 */
export function useNow(now: number | undefined): number {
  const [mountedAt] = useState(() => Date.now());
  return now ?? mountedAt;
}
