/**
 * Export of the whole filtered history as CSV: every page, fetched one after the other (so the
 * backend is never flooded), with progress and cancellation. Framework-free: the caller fetches each
 * page (the dashboard through the data layer's `listSyncs` query options).
 */
import { toCsv } from '../../core/csv';
import type { Page, Sync } from '../../core/model';
import type { SyncFilter, SyncListQuery, SyncSort } from '../../core/query';
import { syncCsvCells, syncCsvHeader, type SyncCsvWords } from '../../core/sync-csv';
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

/** The export's words: the dashboard's messages, with the host's overrides. */
function csvWordsOf(messages: SyncDashboardWords): SyncCsvWords {
  return {
    columns: messages.dashboard.export.columns,
    products: messages.products,
    outcomes: messages.outcomes,
    statusLabel: (status) => describeStatus(status, messages).label,
  };
}

/** Fetches every page of the filtered history and returns it as a CSV document. */
export async function exportSyncsToCsv({ fetchPage, filter, sort, pageSize = 500, signal, onProgress, messages }: ExportSyncsOptions): Promise<string> {
  const words = csvWordsOf(messages);
  const rows: (string | number | undefined)[][] = [syncCsvHeader(words)];
  let fetched = 0;
  for (let index = 0; index < MAX_PAGES; index++) {
    signal.throwIfAborted();
    const page = await fetchPage({ ...filter, sort, page: { index, size: pageSize } }, signal);
    for (const sync of page.items) rows.push(syncCsvCells(sync, words));
    fetched += page.items.length;
    onProgress?.({ fetched, total: page.totalCount });
    if (!page.hasNextPage || page.items.length === 0) break;
  }
  return toCsv(rows);
}
