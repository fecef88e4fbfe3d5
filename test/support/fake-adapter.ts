import { vi } from 'vitest';
import type { SyncHealthAdapter } from '../../src/adapters/contract';
import type { Sync } from '../../src/core/model';
import { makeSync } from './fixtures';

const emptyCategories = { inProgress: 0, success: 0, failedConfiguration: 0, failedConnection: 0, failedServer: 0, unknown: 0 };

/** An adapter whose every method is a spy answering from a fixed list of syncs; override any method. */
export function fakeAdapter(overrides: Partial<SyncHealthAdapter> = {}, syncs: Sync[] = [makeSync()]) {
  const adapter = {
    listSyncs: vi.fn(async ({ page }) => ({
      items: syncs.slice(page.index * page.size, (page.index + 1) * page.size),
      pageIndex: page.index,
      pageSize: page.size,
      totalCount: syncs.length,
      hasNextPage: (page.index + 1) * page.size < syncs.length,
    })),
    getSyncTotals: vi.fn(async () => ({ total: syncs.length, byStatusCode: [], byCategory: emptyCategories, bucket: 'day' as const, timeline: [] })),
    getSync: vi.fn(async (syncId: string) => syncs.find((sync) => sync.id === syncId) ?? syncs[0]!),
    getSyncConfig: vi.fn(async (syncId: string) => ({ syncId, companyId: 'company-1', isSnapshot: true, configuration: {} })),
    listPushItems: vi.fn(async (_syncId: string, { page }) => ({ items: [], pageIndex: page.index, pageSize: page.size, totalCount: 0, hasNextPage: false })),
    ...overrides,
  } satisfies SyncHealthAdapter;
  return adapter;
}
