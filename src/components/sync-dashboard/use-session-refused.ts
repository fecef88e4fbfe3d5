'use client';
import { useQueryClient } from '@tanstack/react-query';
import { isSyncHealthError } from '../../core/errors';
import { useSyncHealth } from '../../data/context';

/** Whether an error is the backend refusing the request as unauthorized. */
const isRefusal = (error: unknown) => isSyncHealthError(error) && error.kind === 'unauthorized';

/**
 * Whether the backend refuses the whole session: the totals were refused as unauthorized, and so was
 * every other request in use that has an answer (none succeeded). One problem, so one message for
 * the page rather than an error in every panel.
 */
export function isSessionRefused(totalsError: unknown, requests: readonly { status: string; error: unknown }[]): boolean {
  return isRefusal(totalsError) && requests.every(({ status, error }) => status === 'pending' || isRefusal(error));
}

/**
 * {@link isSessionRefused} for the provider's requests in use. Read as the totals change: a request
 * that answers after the totals were refused belongs to a panel the page's message has replaced.
 */
export function useSessionRefused(totalsError: unknown): boolean {
  const { queries } = useSyncHealth();
  const cache = useQueryClient().getQueryCache();
  return isRefusal(totalsError) && isSessionRefused(totalsError, cache.findAll({ queryKey: queries.keyOf(), type: 'active' }).map((query) => query.state));
}
