import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SyncHealthAdapter } from '../../src/adapters/contract';
import type { FailingCompany, TopError } from '../../src/core/query';
import { syncHealthQueries } from '../../src/data/sync-health-queries';
import { SyncHealthProvider } from '../../src/data/sync-health-provider';
import { useFailingCompanies } from '../../src/data/use-failing-companies';
import { useTopErrors } from '../../src/data/use-top-errors';
import { fakeAdapter } from '../support/fake-adapter';
import { createTestQueryClient } from '../support/render';

const company: FailingCompany = { companyId: 'company-1', consecutiveFailures: 2, failingSince: '2026-11-21T09:00:00.000Z', latestSyncId: 'sync-1', latestStatusCode: 5130 };
const group: TopError = {
  template: 'Account {number} is archived',
  text: 'Account 4000 is archived',
  count: 2,
  companyCount: 1,
  firstSeenAt: '2026-11-21T09:00:00.000Z',
  lastSeenAt: '2026-11-22T09:00:00.000Z',
  byDay: [{ day: '2026-11-22', count: 2 }],
};

function wrapperFor(adapter: SyncHealthAdapter) {
  return ({ children }: { children: ReactNode }) => (
    <SyncHealthProvider adapter={adapter} queryClient={createTestQueryClient()}>
      {children}
    </SyncHealthProvider>
  );
}

describe('failing companies and error groups in the data layer', () => {
  it('keys listFailingCompanies like every other call, and says whether the adapter has it', () => {
    const queries = syncHealthQueries(fakeAdapter({ listFailingCompanies: async () => [company] }), { scope: 'eu' });
    expect(queries.listFailingCompanies({ product: 'expenses', limit: 5 }).queryKey).toEqual([
      'react-sync-health',
      'eu',
      'listFailingCompanies',
      { product: 'expenses', limit: 5 },
    ]);
    expect(queries.getTopErrors({ timeZone: 'Europe/London' }).queryKey).toEqual(['react-sync-health', 'eu', 'getTopErrors', { timeZone: 'Europe/London' }]);
    expect(queries.hasFailingCompanies).toBe(true);
    expect(syncHealthQueries(fakeAdapter()).hasFailingCompanies).toBe(false);
    expect(queries.keyOf('listFailingCompanies')).toEqual(['react-sync-health', 'eu', 'listFailingCompanies']);
    expect(queries.keysChangedByRetry('sync-1')).toContainEqual(['react-sync-health', 'eu', 'listFailingCompanies']);
  });

  it('names what a retry across several syncs changes: each sync once, and every list once', () => {
    const keys = syncHealthQueries(fakeAdapter(), { scope: 'eu' }).keysChangedByRetry('sync-1', 'sync-2');
    expect(keys).toContainEqual(['react-sync-health', 'eu', 'getSync', { syncId: 'sync-2' }]);
    expect(keys).toContainEqual(['react-sync-health', 'eu', 'listPushItems', { syncId: 'sync-1' }]);
    expect(keys.filter((key) => key[2] === 'listSyncs')).toHaveLength(1);
    expect(keys).toHaveLength(2 * 2 + 4);
  });

  it('fetches through validation, and fails unsupported without calling an adapter that lacks the call', async () => {
    const client = createTestQueryClient();
    const validated = syncHealthQueries(fakeAdapter({ listFailingCompanies: async () => [{ ...company, consecutiveFailures: 0 }] }));
    await expect(client.fetchQuery(validated.listFailingCompanies({}))).rejects.toMatchObject({
      kind: 'invalidResponse',
      message: 'listFailingCompanies: [0].consecutiveFailures should be at least 1 but was 0.',
    });
    await expect(client.fetchQuery(syncHealthQueries(fakeAdapter()).listFailingCompanies({}))).rejects.toMatchObject({ kind: 'unsupported' });
  });

  it('useFailingCompanies: answers with the companies, and makes no request while held', async () => {
    const listFailingCompanies = vi.fn(async () => [company]);
    const adapter = fakeAdapter({ listFailingCompanies });
    const { result } = renderHook(() => useFailingCompanies({ limit: 3 }), { wrapper: wrapperFor(adapter) });
    await waitFor(() => expect(result.current.data).toEqual([company]));
    expect(result.current.isAvailable).toBe(true);
    expect(listFailingCompanies).toHaveBeenCalledWith({ limit: 3 }, expect.objectContaining({ signal: expect.any(AbortSignal) }));
    const held = renderHook(() => useFailingCompanies({}, { enabled: false }), { wrapper: wrapperFor(fakeAdapter({ listFailingCompanies })) });
    await act(async () => {});
    expect(held.result.current.fetchStatus).toBe('idle');
    expect(listFailingCompanies).toHaveBeenCalledTimes(1);
  });

  it('useFailingCompanies and useTopErrors: unavailable, and silent, when the adapter has no such call', async () => {
    const adapter = fakeAdapter();
    const { result } = renderHook(() => [useFailingCompanies({}), useTopErrors({})] as const, { wrapper: wrapperFor(adapter) });
    await act(async () => {});
    for (const hook of result.current) {
      expect(hook.isAvailable).toBe(false);
      expect(hook.fetchStatus).toBe('idle');
      expect(hook.data).toBeUndefined();
    }
  });

  it('useTopErrors: answers with the groups of the time zone asked for', async () => {
    const getTopErrors = vi.fn(async () => [group]);
    const { result } = renderHook(() => useTopErrors({ timeZone: 'Asia/Tokyo', limit: 4 }), { wrapper: wrapperFor(fakeAdapter({ getTopErrors })) });
    await waitFor(() => expect(result.current.data).toEqual([group]));
    expect(getTopErrors).toHaveBeenCalledWith({ timeZone: 'Asia/Tokyo', limit: 4 }, expect.anything());
  });
});
