/**
 * Adapters whose answers the test releases by hand, in any order, so races are played exactly:
 * every call waits until the test settles it (answer, fail), and records its arguments and signal.
 */
import type { CustomerSyncHistoryAdapter, SyncHealthAdapter } from '../../../src/adapters/contract';
import type { CustomerSync, Page } from '../../../src/core/model';
import { makePushItem, makeSync } from '../../support/fixtures';
import { fakeAdapter } from '../../support/fake-adapter';

/** One call the adapter received and has not answered yet (or has). */
export interface HeldCall {
  method: string;
  args: unknown[];
  signal: AbortSignal;
  /** Answers with what a healthy backend would say to these arguments. */
  answer(): void;
  /** Fails with this error. */
  fail(error: unknown): void;
  settled: boolean;
}

/** A page of syncs whose IDs name the query they answer, e.g. `search:ab-1`. */
function pageNamed<T>(label: string, make: (id: string) => T, request: { index: number; size: number }): Page<T> {
  return { items: [make(`${label}-1`), make(`${label}-2`)], pageIndex: request.index, pageSize: request.size, totalCount: 2, hasNextPage: false };
}

/** What a healthy backend answers, with IDs that tell which request the answer belongs to. */
const healthy = {
  listSyncs: ([query]: unknown[]) => {
    const { search = '', product = 'any', sort, page } = query as { search?: string; product?: string; sort?: { field: string; direction: string }; page: { index: number; size: number } };
    const label = `syncs_${search || 'none'}_${product}_${sort ? `${sort.field}.${sort.direction}` : 'default'}_p${page.index}`;
    return pageNamed(label, (id) => makeSync({ id }), page);
  },
  getSync: ([syncId]: unknown[]) => makeSync({ id: syncId as string, companyName: `Company of ${syncId as string}`, product: 'commerce' }),
  listPushItems: ([, query]: unknown[]) => {
    const { search = '', page } = query as { search?: string; page: { index: number; size: number } };
    return pageNamed(`items_${search || 'none'}`, (id) => makePushItem({ id, coreId: id }), page);
  },
  getSyncConfig: ([syncId]: unknown[]) => ({ syncId, companyId: 'company-1', isSnapshot: true, configuration: { mapping: syncId } }),
};

/** Records every call; nothing answers until the test says so. */
export function createHeldCalls() {
  const calls: HeldCall[] = [];
  const hold = (method: string, args: unknown[], signal: AbortSignal, answer: () => unknown) =>
    new Promise((resolve, reject) => {
      const call: HeldCall = {
        method,
        args,
        signal,
        settled: false,
        answer: () => {
          call.settled = true;
          resolve(answer());
        },
        fail: (error) => {
          call.settled = true;
          reject(error);
        },
      };
      calls.push(call);
    });
  return { calls, hold };
}

/** A support-facing adapter whose list, sync, config and push item calls are held for the test. */
export function heldAdapter() {
  const { calls, hold } = createHeldCalls();
  const held =
    (method: keyof typeof healthy) =>
    (...args: unknown[]) => {
      const ctx = args.at(-1) as { signal: AbortSignal };
      return hold(method, args.slice(0, -1), ctx.signal, () => healthy[method](args));
    };
  const adapter = fakeAdapter({
    listSyncs: held('listSyncs') as SyncHealthAdapter['listSyncs'],
    getSync: held('getSync') as SyncHealthAdapter['getSync'],
    listPushItems: held('listPushItems') as SyncHealthAdapter['listPushItems'],
    getSyncConfig: held('getSyncConfig') as SyncHealthAdapter['getSyncConfig'],
  });
  return { adapter, calls };
}

/**
 * A page of a customer's history: as many syncs as the day of the month `from` names (so each range
 * is told apart by how many syncs it lists), two pages in all.
 */
export function customerPage(from: string | undefined, pageIndex: number): Page<CustomerSync> {
  const size = from ? Number(from.slice(8, 10)) : 1;
  const items = Array.from({ length: size }, (_, index) => ({
    id: `${from ?? 'all'}-p${pageIndex}-${index}`,
    statusCode: 2000,
    startedAt: '2026-11-20T10:00:00.000Z',
    endedAt: '2026-11-20T10:05:00.000Z',
    messages: [],
  }));
  return { items, pageIndex, pageSize: Math.max(size, 1), totalCount: size * 2, hasNextPage: pageIndex === 0 };
}

/** A customer adapter whose calls are held; its syncs are named after the range and page asked for. */
export function heldCustomerAdapter() {
  const { calls, hold } = createHeldCalls();
  const adapter: CustomerSyncHistoryAdapter = {
    listSyncs: (query, ctx) =>
      hold('listSyncs', [query], ctx.signal, () => customerPage(query.range?.from, query.page.index)) as Promise<Page<CustomerSync>>,
  };
  return { adapter, calls };
}

/** Every order of `n` things: the orders in which `n` held answers can arrive. */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((order) => Array.from({ length: n }, (_, at) => [...order.slice(0, at), n - 1, ...order.slice(at)]));
}

/** Counts the races run and prints the count by kind. */
export function raceCounter() {
  const counts = new Map<string, number>();
  return {
    ran(kind: string) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    },
    report() {
      const total = [...counts.values()].reduce((sum, value) => sum + value, 0);
      console.log(`races run: ${total}\n${[...counts].map(([kind, value]) => `  ${kind}: ${value}`).join('\n')}`);
    },
  };
}

