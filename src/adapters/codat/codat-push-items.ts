/**
 * The push items of a Sync for Expenses sync: its transactions. Without a search or status filter,
 * a page is one request (Codat pages transactions itself). Codat cannot filter them, so a filtered
 * page needs all of them: they are fetched page by page, cached for the adapter's TTL, and filtered
 * the same way as in the in-memory adapter.
 */
import { SyncHealthError } from '../../core/errors';
import type { Page, PushItem, PushItemCounts, Sync } from '../../core/model';
import type { PushItemQuery } from '../../core/query';
import { filterPushItems } from '../in-memory/push-item-store';
import { countPushItems } from '../../core/derive';
import { clampPage, toPage } from '../../core/paging';
import type { CodatClient } from './codat-client';
import { toPushItem } from './codat-mapping';
import { SharedCache } from './shared-cache';

/** Transactions fetched per request when all of them are needed (the most Codat allows). */
const FETCH_PAGE_SIZE = 2_000;
/** Beyond this many transactions, a sync is too large to filter in the browser. */
export const MAX_FILTERABLE_TRANSACTIONS = 50_000;

/**
 * The expenses sync whose transactions are wanted, and its company. The sync's `startedAt` stands for
 * when each transaction was requested: Codat's transactions carry no time.
 */
export interface ExpensesSyncLocation {
  companyId: string;
  sync: Pick<Sync, 'id' | 'startedAt'>;
}

const keyOf = (location: ExpensesSyncLocation) => `${location.companyId}:${location.sync.id}`;

/** Transactions of expenses syncs, as push items. */
export class CodatPushItems {
  private readonly client: CodatClient;
  /** Every item of a sync, or `'tooMany'` for a sync beyond {@link MAX_FILTERABLE_TRANSACTIONS}. */
  private readonly all: SharedCache<PushItem[] | 'tooMany'>;

  constructor(client: CodatClient, cacheTtlMs: number) {
    this.client = client;
    this.all = new SharedCache(cacheTtlMs);
  }

  /** One page of push items, as the contract defines it. */
  async page(location: ExpensesSyncLocation, query: PushItemQuery, signal: AbortSignal): Promise<Page<PushItem>> {
    const page = clampPage(query.page);
    const filtered = (query.search ?? '').trim() !== '' || (query.statuses?.length ?? 0) > 0;
    if (!filtered) {
      const answer = await this.client.transactions(location.companyId, location.sync.id, page.index + 1, page.size, signal);
      const offset = page.index * page.size;
      const items = answer.results.slice(0, page.size).map((transaction, index) => toPushItem(transaction, location.sync.startedAt, offset + index));
      return { items, pageIndex: page.index, pageSize: page.size, totalCount: answer.totalResults, hasNextPage: offset + items.length < answer.totalResults };
    }
    const all = await this.allItems(location, signal);
    if (all === undefined) {
      throw new SyncHealthError('unsupported', `This sync has more than ${MAX_FILTERABLE_TRANSACTIONS.toLocaleString('en')} transactions: too many to search or filter here.`);
    }
    const matching = filterPushItems(all, query);
    const start = page.index * page.size;
    return toPage(matching.slice(start, start + page.size), page.index, page.size, matching.length);
  }

  /**
   * How many items are in each status, when one request can tell (at most one fetch page of
   * transactions, or all of them already loaded); otherwise `undefined`, so opening a very large
   * sync's details never waits for all of its transactions.
   */
  async counts(location: ExpensesSyncLocation, signal: AbortSignal): Promise<PushItemCounts | undefined> {
    const key = keyOf(location);
    const loaded = this.all.peek(key);
    if (loaded !== undefined) return loaded === 'tooMany' ? undefined : countPushItems(loaded);
    const first = await this.client.transactions(location.companyId, location.sync.id, 1, FETCH_PAGE_SIZE, signal);
    if (first.totalResults > first.results.length) return undefined;
    const items = first.results.map((transaction, index) => toPushItem(transaction, location.sync.startedAt, index));
    this.all.set(key, items);
    return countPushItems(items);
  }

  /** Forgets every loaded sync's items. */
  clear(): void {
    this.all.clear();
  }

  /** Every transaction of the sync (cached), or `undefined` when there are too many. */
  private async allItems(location: ExpensesSyncLocation, signal: AbortSignal): Promise<PushItem[] | undefined> {
    const items = await this.all.get(keyOf(location), signal, (shared) => this.fetchAll(location, shared));
    return items === 'tooMany' ? undefined : items;
  }

  private async fetchAll(location: ExpensesSyncLocation, signal: AbortSignal): Promise<PushItem[] | 'tooMany'> {
    const items: PushItem[] = [];
    for (let page = 1; ; page += 1) {
      const answer = await this.client.transactions(location.companyId, location.sync.id, page, FETCH_PAGE_SIZE, signal);
      answer.results.forEach((transaction) => items.push(toPushItem(transaction, location.sync.startedAt, items.length)));
      if (answer.totalResults > MAX_FILTERABLE_TRANSACTIONS) return 'tooMany';
      if (answer.results.length === 0 || items.length >= answer.totalResults) return items;
    }
  }
}
