import type { PushItem, Sync } from '../../src/core/model';

/** A well-formed sync, with any fields replaced. */
export function makeSync(overrides: Partial<Sync> = {}): Sync {
  return {
    id: 'sync-1',
    companyId: 'company-1',
    companyName: 'Bramble & Co Coffee',
    product: 'expenses',
    statusCode: 5130,
    statusText: 'PushError',
    startedAt: '2026-11-22T09:00:00.000Z',
    endedAt: '2026-11-22T09:04:00.000Z',
    sourcePlatform: 'Pleo',
    targetPlatform: 'Xero',
    dataRange: { from: '2026-11-21T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' },
    dataPushed: true,
    messages: [{ severity: 'error', text: 'Customer 8a1f does not exist.' }],
    itemCounts: { pending: 0, success: 9, failed: 3, timedOut: 0, validationError: 0 },
    ...overrides,
  };
}

/** A well-formed push item, with any fields replaced. */
export function makePushItem(overrides: Partial<PushItem> = {}): PushItem {
  return {
    id: 'item-1',
    coreId: 'exp_001',
    dataType: 'expenses',
    status: 'failed',
    requestedAt: '2026-11-22T09:01:00.000Z',
    completedAt: '2026-11-22T09:01:05.000Z',
    errorMessage: 'Account 4000 is archived',
    validationErrors: [],
    validationWarnings: [],
    attempts: 1,
    ...overrides,
  };
}

/** A minimal sync (only the required fields) for exact query-semantics tests, with any fields replaced. */
export function makeBareSync(id: string, overrides: Partial<Sync> = {}): Sync {
  return {
    id,
    companyId: 'company-a',
    product: 'commerce',
    statusCode: 2000,
    startedAt: '2026-11-20T10:00:00.000Z',
    endedAt: '2026-11-20T10:05:00.000Z',
    messages: [],
    ...overrides,
  };
}
