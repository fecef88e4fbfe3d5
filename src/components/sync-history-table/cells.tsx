'use client';
/**
 * One component per column of the history table. Each reads the sync from its row and the text and
 * formatters from the provider; backend text is rendered as text, never as HTML.
 */
import type { CellData } from '@tanstack/react-table';
import { deriveSyncHealth, syncDurationMs } from '../../core/derive';
import type { Formatters } from '../../core/format';
import type { DateRange } from '../../core/model';
import { getStatusInfo } from '../../core/status';
import { useSyncHealth } from '../../data/context';
import { useSyncHistoryTableMessages } from './messages';
import { absoluteHref } from '../ui/absolute-href';
import { CopyButton } from '../ui/copy-button';
import { StatusBadge } from '../ui/status-badge';
import { TimeStamp } from '../ui/time-stamp';
import type { SyncCellProps } from './table-features';

function NotAvailable() {
  const messages = useSyncHistoryTableMessages();
  return <span className="sh-sync-history-table__muted">{messages.common.notAvailable}</span>;
}

/**
 * The sync ID, shortened on screen (the whole ID is in the text and the tooltip), with a copy button,
 * and "Copy link" when the host gives links (`getSyncHref`).
 */
export function SyncIdCell<TValue extends CellData>({ row, table }: SyncCellProps<TValue>) {
  const messages = useSyncHistoryTableMessages();
  const text = messages.syncHistoryTable;
  const { id } = row.original;
  const href = table.options.meta?.syncHref?.(id);
  return (
    <span className="sh-sync-history-table__id-line">
      <span className="sh-sync-history-table__id" title={id}>
        {id}
      </span>
      <CopyButton value={id} label={text.copySyncId} />
      {href === undefined ? null : (
        // Resolved on press: the page's address exists only in the browser.
        <CopyButton
          className="sh-copy-link"
          value={() => absoluteHref(href)}
          label={text.copyLink}
          copiedText={text.linkCopied}
        />
      )}
    </span>
  );
}

/** The company's name (when known) above its ID, with a copy button for the ID (two lines of the cell, no wrapper). */
export function CompanyCell<TValue extends CellData>({ row }: SyncCellProps<TValue>) {
  const messages = useSyncHistoryTableMessages();
  const { companyId, companyName } = row.original;
  return (
    <>
      {companyName ? <span className="sh-sync-history-table__company-name">{companyName}</span> : null}
      <span className="sh-sync-history-table__id-line">
        <span className="sh-sync-history-table__id" data-size="small" title={companyId}>
          {companyId}
        </span>
        <CopyButton value={companyId} label={messages.syncHistoryTable.copyCompanyId} />
      </span>
    </>
  );
}

/** Sync for Commerce or Sync for Expenses. */
export function ProductCell<TValue extends CellData>({ row }: SyncCellProps<TValue>) {
  const messages = useSyncHistoryTableMessages();
  return <>{messages.products[row.original.product] ?? row.original.product}</>;
}

/** The status badge; a sync whose code says success but whose items failed shows as failed. */
export function StatusCell<TValue extends CellData>({ row }: SyncCellProps<TValue>) {
  const health = deriveSyncHealth(row.original);
  return <StatusBadge code={row.original.statusCode} failedByItems={health.failedByItems} />;
}

/** When the sync started: relative, with the exact time and zone on hover and for screen readers. */
export function StartedAtCell<TValue extends CellData>({ row, table }: SyncCellProps<TValue>) {
  return <TimeStamp value={row.original.startedAt} now={table.options.meta?.now} />;
}

/** When the sync ended, or "Running" while it is in progress. */
export function EndedAtCell<TValue extends CellData>({ row, table }: SyncCellProps<TValue>) {
  const messages = useSyncHistoryTableMessages();
  const { endedAt, statusCode } = row.original;
  if (endedAt) return <TimeStamp value={endedAt} now={table.options.meta?.now} />;
  if (getStatusInfo(statusCode).category === 'inProgress') {
    return <span className="sh-sync-history-table__muted">{messages.syncHistoryTable.stillRunning}</span>;
  }
  return <NotAvailable />;
}

/** How long the sync ran; for a running sync, how long so far. */
export function DurationCell<TValue extends CellData>({ row, table }: SyncCellProps<TValue>) {
  const { formatters } = useSyncHealth();
  const messages = useSyncHistoryTableMessages();
  const sync = row.original;
  const duration = formatters.duration(syncDurationMs(sync, table.options.meta?.now));
  if (!duration) return <NotAvailable />;
  return <>{sync.endedAt ? duration : messages.syncHistoryTable.runningDuration(duration)}</>;
}

/** "Shopify → Xero"; the arrow is read as "to". */
export function PlatformsCell<TValue extends CellData>({ row }: SyncCellProps<TValue>) {
  const messages = useSyncHistoryTableMessages();
  const { sourcePlatform, targetPlatform } = row.original;
  if (!sourcePlatform && !targetPlatform) return <NotAvailable />;
  return (
    <>
      {/* In <bdi>: a bidi control in one platform's name cannot reorder the arrow or the other. */}
      <bdi>{sourcePlatform ?? messages.common.notAvailable}</bdi>
      <span aria-hidden="true"> → </span>
      <span className="sh-visually-hidden"> {messages.syncHistoryTable.platformsTo} </span>
      <bdi>{targetPlatform ?? messages.common.notAvailable}</bdi>
    </>
  );
}

/**
 * Formatted data ranges, per set of formatters. `Intl.DateTimeFormat#formatRange` is slow (tens of
 * microseconds a call, ten times `format`), and a date range shows calendar days only, so each pair
 * of days is formatted once: the key is the two days as `formatters.date` writes them.
 */
const formattedRanges = new WeakMap<Formatters, Map<string, string>>();
const MAX_REMEMBERED_RANGES = 1000;

function rangeKey(formatters: Formatters, range: DateRange): string | undefined {
  const from = Date.parse(range.from ?? '');
  const to = Date.parse(range.to ?? '');
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return undefined;
  // `to` is exclusive: the last covered day is the one just before it (as in `formatters.dateRange`).
  return `${formatters.date(range.from)}|${formatters.date(new Date(Math.max(from, to - 1)).toISOString())}`;
}

function formatDataRange(formatters: Formatters, range: DateRange | undefined): string {
  if (!range) return '';
  const key = rangeKey(formatters, range);
  if (key === undefined) return formatters.dateRange(range);
  let remembered = formattedRanges.get(formatters);
  if (!remembered) formattedRanges.set(formatters, (remembered = new Map()));
  let formatted = remembered.get(key);
  if (formatted === undefined) {
    if (remembered.size >= MAX_REMEMBERED_RANGES) remembered.clear();
    formatted = formatters.dateRange(range);
    remembered.set(key, formatted);
  }
  return formatted;
}

/** The period of business data the sync covered. */
export function DataRangeCell<TValue extends CellData>({ row }: SyncCellProps<TValue>) {
  const { formatters } = useSyncHealth();
  const range = formatDataRange(formatters, row.original.dataRange);
  return range ? <>{range}</> : <NotAvailable />;
}

/** "3 of 12 items failed", marked so failures stand out. */
export function ItemsCell<TValue extends CellData>({ row }: SyncCellProps<TValue>) {
  const messages = useSyncHistoryTableMessages();
  const { items } = deriveSyncHealth(row.original);
  if (!items) return <NotAvailable />;
  const state = items.failed > 0 ? 'failed' : items.pending > 0 ? 'pending' : 'pushed';
  return (
    <span className="sh-sync-history-table__items" data-state={state}>
      {messages.itemSummary(items)}
    </span>
  );
}
