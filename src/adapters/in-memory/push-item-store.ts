/**
 * Where the in-memory adapter gets a sync's push items: the data set's stored lists, or its maker
 * (`pushItemsFor`), whose results are cached for a few syncs. Items a retry changed are kept for good,
 * so later calls see the change.
 */
import type { PushItem, PushItemStatus, Sync } from '../../core/model';
import type { PushItemQuery } from '../../core/query';
import type { InMemoryDataset } from './in-memory-dataset';

/** How many syncs' generated items to keep (a 10,000-item sync is costly to make again). */
const GENERATED_CACHE_SYNCS = 16;

/** The items matching a push item query, before paging. */
export function filterPushItems(items: readonly PushItem[], query: Pick<PushItemQuery, 'search' | 'statuses'>): PushItem[] {
  const search = (query.search ?? '').trim().toLowerCase();
  const statuses: ReadonlySet<PushItemStatus> | undefined = query.statuses?.length ? new Set(query.statuses) : undefined;
  if (search === '' && !statuses) return items as PushItem[];
  return items.filter(
    (item) =>
      (!statuses || statuses.has(item.status)) &&
      (search === '' || item.coreId.toLowerCase().includes(search) || item.dataType.toLowerCase().includes(search)),
  );
}

/** Push items per sync, from the data set, made on demand, or changed by a retry. */
export class PushItemStore {
  private readonly dataset: InMemoryDataset;
  private readonly generated = new Map<string, readonly PushItem[]>();
  private readonly changed = new Map<string, readonly PushItem[]>();

  constructor(dataset: InMemoryDataset) {
    this.dataset = dataset;
  }

  /**
   * The items of a sync (not copies: callers copy what they hand out). `originalSync` is the sync as
   * the data set gave it, which the maker was written for.
   */
  itemsOf(originalSync: Sync): readonly PushItem[] {
    const id = originalSync.id;
    const changed = this.changed.get(id);
    if (changed) return changed;
    const stored = this.dataset.pushItems?.[id];
    if (stored) return stored;
    const cached = this.generated.get(id);
    if (cached) {
      this.generated.delete(id);
      this.generated.set(id, cached);
      return cached;
    }
    const made = this.dataset.pushItemsFor?.(originalSync) ?? [];
    this.generated.set(id, made);
    if (this.generated.size > GENERATED_CACHE_SYNCS) this.generated.delete(this.generated.keys().next().value as string);
    return made;
  }

  /** Keeps a sync's changed items, for good. */
  replace(syncId: string, items: readonly PushItem[]): void {
    this.changed.set(syncId, items);
    this.generated.delete(syncId);
  }
}
