/**
 * Export of the whole filtered history as CSV: every page, fetched one after the other (so the
 * backend is never flooded), with progress and cancellation. Framework-free: the caller fetches each
 * page (the dashboard through the data layer's `listSyncs` query options).
 */
import { toCsv } from '../../core/csv';
import { deriveSyncHealth, syncDurationMs } from '../../core/derive';
import type { Page, Sync } from '../../core/model';
import type { SyncFilter, SyncListQuery, SyncSort } from '../../core/query';
import { describeStatus } from '../ui/shared-messages';
import type { SyncDashboardWords } from './messages';

/** Progress of an export. */
export interface ExportProgress {
  /** Syncs fetched so far. */
  fetched: number;
  /** All syncs to export, when the adapter says. */
  total?: number;
}

/** What {@link exportSyncsToCsv} needs. */
export interface ExportSyncsOptions {
  /** Fetches one page of the history; rejects when `signal` aborts. */
  fetchPage: (query: SyncListQuery, signal: AbortSignal) => Promise<Page<Sync>>;
  /** Which syncs. */
  filter: SyncFilter;
  /** In which order. */
  sort?: SyncSort;
  /** Page size for fetching (the adapter's maximum is 500). */
  pageSize?: number;
  /** Cancels the export. */
  signal: AbortSignal;
  /** Called after every page. */
  onProgress?: (progress: ExportProgress) => void;
  /** The messages (for the header row and status labels). */
  messages: SyncDashboardWords;
}

/** Never loop forever on an adapter that always says there is another page. */
const MAX_PAGES = 100_000;

function rowOf(sync: Sync, messages: SyncDashboardWords): (string | number | undefined)[] {
  const health = deriveSyncHealth(sync);
  const duration = syncDurationMs(sync);
  return [
    sync.id,
    sync.companyId,
    sync.companyName,
    messages.products[sync.product],
    sync.statusCode,
    describeStatus(health.status, messages).label,
    messages.outcomes[health.outcome],
    sync.startedAt,
    sync.endedAt,
    duration === undefined || sync.endedAt === undefined ? undefined : Math.round(duration / 1000),
    sync.sourcePlatform,
    sync.targetPlatform,
    sync.dataRange?.from,
    sync.dataRange?.to,
    health.items?.total,
    health.items?.pushed,
    health.items?.failed,
    sync.messages.map((message) => message.text).join(' | '),
  ];
}

/** Fetches every page of the filtered history and returns it as a CSV document. */
export async function exportSyncsToCsv({ fetchPage, filter, sort, pageSize = 500, signal, onProgress, messages }: ExportSyncsOptions): Promise<string> {
  const columns = messages.dashboard.export.columns;
  const header = [
    columns.syncId, columns.companyId, columns.companyName, columns.product, columns.statusCode, columns.status,
    columns.outcome, columns.startedAt, columns.endedAt, columns.durationSeconds, columns.source, columns.target,
    columns.dataFrom, columns.dataTo, columns.itemsTotal, columns.itemsPushed, columns.itemsFailed, columns.messages,
  ];
  const rows: (string | number | undefined)[][] = [header];
  let fetched = 0;
  for (let index = 0; index < MAX_PAGES; index++) {
    signal.throwIfAborted();
    const page = await fetchPage({ ...filter, sort, page: { index, size: pageSize } }, signal);
    for (const sync of page.items) rows.push(rowOf(sync, messages));
    fetched += page.items.length;
    onProgress?.({ fetched, total: page.totalCount });
    if (!page.hasNextPage || page.items.length === 0) break;
  }
  return toCsv(rows);
}
