import { vi } from 'vitest';
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { createInMemoryAdapter, type InMemoryAdapterOptions } from '../../../src/adapters/in-memory';
import { PushItemsPanel, type PushItemsPanelProps } from '../../../src/components/push-items-panel';
import { countPushItems } from '../../../src/core/derive';
import type { PushItem, Sync } from '../../../src/core/model';
import type { RetryOutcome, RetryRequest } from '../../../src/core/query';
import { makePushItem, makeSync } from '../../support/fixtures';
import { renderWithProvider } from '../../support/render';

/** "Now" for every test: relative times are stable. */
export const NOW = Date.parse('2026-11-22T12:00:00.000Z');

/** The items of the standard expenses sync: two failed, one validation error, three pushed. */
export function standardItems(): PushItem[] {
  return [
    makePushItem({ id: 'i1', coreId: 'txn_001', dataType: 'expenses', status: 'success', errorMessage: undefined }),
    makePushItem({ id: 'i2', coreId: 'txn_002', dataType: 'expenses', status: 'failed', errorMessage: 'Account 4000 is archived' }),
    makePushItem({
      id: 'i3',
      coreId: 'cn_003',
      dataType: 'creditNotes',
      status: 'validationError',
      errorMessage: 'The record failed validation.',
      validationErrors: [{ message: 'Supplier 361 does not exist', validatorName: 'SupplierValidator' }],
    }),
    makePushItem({ id: 'i4', coreId: 'bill_004', dataType: 'bills', status: 'success', errorMessage: undefined, attempts: 3 }),
    makePushItem({ id: 'i5', coreId: 'txn_005', dataType: 'expenses', status: 'failed', errorMessage: 'Tax rate TAX004 does not exist' }),
    makePushItem({
      id: 'i6',
      coreId: 'bpay_006',
      dataType: 'billPayments',
      status: 'success',
      errorMessage: undefined,
      validationWarnings: [{ message: 'Tracking category "Department" was not found.' }],
    }),
  ];
}

/**
 * A real in-memory adapter over one sync (`sync-1`) and its items, so search, filter, paging and
 * retry behave as the contract says; `retryPushItems` and `listPushItems` are spies.
 */
export function panelAdapter({
  items = standardItems(),
  sync = {},
  options = { retry: { successRate: 1 } },
}: { items?: PushItem[]; sync?: Partial<Sync>; options?: InMemoryAdapterOptions } = {}) {
  const theSync = makeSync({ id: 'sync-1', itemCounts: countPushItems(items), ...sync });
  const base = createInMemoryAdapter({ syncs: [theSync], pushItems: { [theSync.id]: items }, now: '2026-11-22T12:00:00.000Z' }, options);
  const listPushItems = vi.fn(base.listPushItems);
  const retryPushItems = base.retryPushItems ? vi.fn(base.retryPushItems) : undefined;
  const adapter: SyncHealthAdapter = { ...base, listPushItems };
  if (retryPushItems) adapter.retryPushItems = retryPushItems;
  return { adapter, listPushItems, retryPushItems: retryPushItems as ReturnType<typeof vi.fn<NonNullable<SyncHealthAdapter['retryPushItems']>>> };
}

/**
 * Holds every retry until `release()` is called, so a test can act while a retry runs. Call it before
 * rendering: the provider wraps the adapter's methods when it first sees it.
 */
export function holdRetries(adapter: SyncHealthAdapter) {
  const original = adapter.retryPushItems!;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const retryPushItems = vi.fn(async (syncId: string, request: RetryRequest, ctx: { signal: AbortSignal }): Promise<RetryOutcome> => {
    await gate;
    return original(syncId, request, ctx);
  });
  adapter.retryPushItems = retryPushItems;
  return { retryPushItems, release };
}

/** Renders the panel for `sync-1` inside a provider. */
export function renderPanel(
  adapter: SyncHealthAdapter,
  props: Partial<PushItemsPanelProps> = {},
  provider: Omit<Parameters<typeof renderWithProvider>[1], 'adapter'> = {},
) {
  return renderWithProvider(<PushItemsPanel syncId="sync-1" now={NOW} {...props} />, { ...provider, adapter });
}

/** The rendered item rows, by their data attribute. */
export function itemRows(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('li[data-item-id]')];
}

/** The status of each rendered row, by core ID. */
export function statusesByCoreId(container: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    itemRows(container).map((row) => [row.querySelector('.sh-push-items-panel__core-id')?.textContent ?? '', row.dataset.status ?? '']),
  );
}
