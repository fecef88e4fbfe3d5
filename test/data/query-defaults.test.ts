import { renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomerSyncHistoryAdapter } from '../../src/adapters/contract';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../../src/adapters/validating-adapter';
import { isTimeoutError, SyncHealthError, toSyncHealthError } from '../../src/core/errors';
import { createDefaultQueryClient } from '../../src/data/query-client';
import { shouldRetryQuery } from '../../src/data/query-defaults';
import { useCustomerSyncs } from '../../src/data/use-customer-syncs';

const timedOut = () => new DOMException('signal timed out', 'TimeoutError');

describe('shouldRetryQuery', () => {
  it('tries a network failure again twice, and nothing that will not fix itself', () => {
    const network = new SyncHealthError('network', 'Failed to fetch');
    expect([0, 1, 2].map((failures) => shouldRetryQuery(failures, network))).toEqual([true, true, false]);
    for (const kind of ['notFound', 'unauthorized', 'invalidResponse', 'unsupported', 'aborted'] as const) {
      expect(shouldRetryQuery(0, new SyncHealthError(kind, 'No'))).toBe(false);
    }
    expect(shouldRetryQuery(0, new TypeError('Failed to fetch'))).toBe(false);
  });

  it('does not try again a request that ran out of time: its cause is a TimeoutError', () => {
    // As an adapter throws it when its own fetch gave up, e.g. through AbortSignal.timeout().
    const timeout = toSyncHealthError(timedOut());
    expect(timeout.kind).toBe('network');
    expect(isTimeoutError(timeout)).toBe(true);
    expect(shouldRetryQuery(0, timeout)).toBe(false);
    // Other causes, and a time-out that is not wrapped as a SyncHealthError, are not time-outs.
    expect(isTimeoutError(new SyncHealthError('network', 'Bad gateway', { cause: new Error('502') }))).toBe(false);
    expect(isTimeoutError(timedOut())).toBe(false);
  });
});

describe('a query whose adapter call times out', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fails after one time-out, with no retry, so the panel can offer "Try again" at once', async () => {
    vi.useFakeTimers();
    const listSyncs = vi.fn<CustomerSyncHistoryAdapter['listSyncs']>(() => new Promise(() => {}));
    const client = createDefaultQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    const adapter = { listSyncs };
    const { result } = renderHook(() => useCustomerSyncs(adapter), { wrapper });

    await vi.advanceTimersByTimeAsync(DEFAULT_REQUEST_TIMEOUT_MS);
    // Long enough for both retries of a network failure (0.5 s and 1 s back-off, 30 s each), were there any.
    await vi.advanceTimersByTimeAsync(3 * DEFAULT_REQUEST_TIMEOUT_MS);
    vi.useRealTimers();
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'network', message: 'The server did not answer within 30 seconds.' });
    expect(isTimeoutError(result.current.error)).toBe(true);
    expect(listSyncs).toHaveBeenCalledTimes(1);
    client.clear();
  });
});
