/**
 * The syncs of every configured company, as Codat lists them: one `list/status` request per company
 * and product (plus one for its platforms), at most `concurrency` at a time, each list cached for
 * `cacheTtlMs`. Queries are answered by the in-memory adapter's query engine over the loaded syncs,
 * so filtering, sorting, paging and totals mean exactly what they mean everywhere else.
 */
import { SyncHealthError, isSyncHealthError } from '../../core/errors';
import type { Sync, SyncProduct } from '../../core/model';
import { SyncQueryEngine } from '../in-memory/sync-query-engine';
import { SyncTable } from '../in-memory/sync-table';
import type { CodatClient } from './codat-client';
import { platformsOf, toSync, type Platforms } from './codat-mapping';
import type { CodatSyncStatus } from './codat-responses';
import { SharedCache } from './shared-cache';

/** A company whose syncs the adapter shows. */
export interface CodatCompany {
  /** Codat's company ID. */
  id: string;
  /**
   * Its display name (Codat's sync lists do not carry it): each of its syncs carries it as
   * `companyName`, so the history shows it and its search finds the company by it.
   */
  name?: string;
  /** The products it uses; only these are asked for. Default: the adapter's `products`. */
  products?: readonly SyncProduct[];
}

/** A company and product to load. */
export interface SyncListTarget {
  companyId: string;
  companyName?: string;
  product: SyncProduct;
}

/** One company's syncs of one product, as last loaded (what `toSync` needs to know of its company, and its syncs). */
export interface CompanyProductSyncs extends SyncListTarget {
  platforms: Platforms;
  syncs: Sync[];
  /** Changes with every load, so query engines know when to rebuild. */
  version: number;
}

/** Options of {@link CodatSyncStore}. */
export interface CodatSyncStoreOptions {
  companies: readonly (string | CodatCompany)[];
  products: readonly SyncProduct[];
  cacheTtlMs: number;
  onCompanySkipped?: (companyId: string, product: SyncProduct, error: SyncHealthError) => void;
}

const ENGINES_KEPT = 4;

/** Loads, caches and queries the syncs of the configured companies. */
export class CodatSyncStore {
  private readonly client: CodatClient;
  private readonly options: CodatSyncStoreOptions;
  private readonly companies: Map<string, CodatCompany>;
  private readonly lists: SharedCache<CompanyProductSyncs>;
  private engines: { key: string; engine: SyncQueryEngine }[] = [];
  private nextVersion = 1;

  constructor(client: CodatClient, options: CodatSyncStoreOptions) {
    this.client = client;
    this.options = options;
    this.companies = new Map(options.companies.map((company) => (typeof company === 'string' ? { id: company } : company)).map((company) => [company.id, company]));
    this.lists = new SharedCache(options.cacheTtlMs);
  }

  /** The companies and products to load: all configured ones, or one company's (configured or not). */
  targets(companyId?: string): SyncListTarget[] {
    const companies = companyId === undefined ? [...this.companies.values()] : [this.companies.get(companyId) ?? { id: companyId }];
    return companies.flatMap((company) =>
      (company.products ?? this.options.products).map((product) => ({ companyId: company.id, companyName: company.name, product })),
    );
  }

  /** Whether a company is one of the configured ones. */
  isConfigured(companyId: string): boolean {
    return this.companies.has(companyId);
  }

  /** Forgets every loaded list. */
  clear(): void {
    this.lists.clear();
  }

  /** Loads (or takes from the cache) the syncs of each target. */
  load(targets: readonly SyncListTarget[], signal: AbortSignal): Promise<CompanyProductSyncs[]> {
    return Promise.all(targets.map((target) => this.lists.get(`${target.product}:${target.companyId}`, signal, (shared) => this.loadTarget(target, shared))));
  }

  /** A query engine over the syncs of the targets (rebuilt only when a list was reloaded). */
  async engineFor(targets: readonly SyncListTarget[], signal: AbortSignal): Promise<SyncQueryEngine> {
    const lists = await this.load(targets, signal);
    const key = lists.map((list) => list.version).join(',');
    const kept = this.engines.find((entry) => entry.key === key);
    if (kept) return kept.engine;
    // Sync IDs are unique in Codat; should two lists ever share one, the first wins.
    const byId = new Map<string, Sync>();
    for (const sync of lists.flatMap((list) => list.syncs)) if (!byId.has(sync.id)) byId.set(sync.id, sync);
    const engine = new SyncQueryEngine(new SyncTable([...byId.values()]), () => Date.now());
    this.engines = [{ key, engine }, ...this.engines].slice(0, ENGINES_KEPT);
    return engine;
  }

  /**
   * Which company and product a sync belongs to (and its company's platforms): looked up in the
   * loaded lists, loading every configured company's lists if needed. `notFound` when none has it.
   */
  async locate(syncId: string, signal: AbortSignal): Promise<CompanyProductSyncs & { sync: Sync }> {
    const lists = await this.load(this.targets(), signal);
    for (const list of lists) {
      const sync = list.syncs.find((candidate) => candidate.id === syncId);
      if (sync) return { ...list, sync };
    }
    throw new SyncHealthError('notFound', `No sync with ID ${syncId} in the companies this view covers.`);
  }

  private async loadTarget(target: SyncListTarget, signal: AbortSignal): Promise<CompanyProductSyncs> {
    const platformsRequest = this.client.connections(target.companyId, target.product, signal).then(
      (connections) => platformsOf(connections, target.product),
      // Platforms only label the syncs: without them the history is still right.
      (error: unknown): Platforms => {
        if (isSyncHealthError(error) && error.kind === 'aborted') throw error;
        return {};
      },
    );
    // If the list fails, nobody awaits the platforms: mark their failure as handled.
    platformsRequest.catch(() => {});
    let statuses: CodatSyncStatus[] = [];
    let platforms: Platforms = {};
    try {
      statuses = await this.client.syncStatuses(target.companyId, target.product, signal);
      platforms = await platformsRequest;
    } catch (error) {
      // Codat answers 404 for a company that does not exist or does not use this product: it has no
      // syncs. (The platforms request fails only when aborted.)
      if (!isSyncHealthError(error) || error.kind !== 'notFound') throw error;
      this.options.onCompanySkipped?.(target.companyId, target.product, error);
    }
    const company = { ...target, platforms };
    const syncs = statuses.map((status) => toSync(status, company)).filter((sync): sync is Sync => sync !== undefined);
    return { ...company, syncs, version: this.nextVersion++ };
  }
}
