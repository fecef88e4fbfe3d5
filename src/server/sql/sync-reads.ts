/**
 * Reading syncs: one page of a filtered, ordered list with its total (one statement, so both come
 * from one snapshot), one sync by ID, a customer's own history, and every matching sync in batches
 * for an export (keyset paging: each batch starts after the last one's sort key, never at an offset).
 */
import { SyncHealthError } from '../../core/errors';
import type { CustomerSync, DateRange, Page, PageRequest, Sync } from '../../core/model';
import { clampPage, toPage } from '../../core/paging';
import type { SyncFilter, SyncSort } from '../../core/query';
import { toCustomerSync } from '../../adapters/in-memory/copy-records';
import { SqlParams, type SqlQueryable } from './sql-client';
import { MATCHES_NOTHING, syncFilterSql } from './sync-filter-sql';
import { syncOrderSql } from './sync-order-sql';
import { storableOrUndefined, toOrderKey } from './stored-text';

/** The largest offset a page request can ask for (a page further on is empty anyway). */
const MAX_OFFSET = Number.MAX_SAFE_INTEGER;

/** One page of the syncs matching `where` (a condition on `syncs s`, its values already in `params`). */
async function pageWhere(
  db: SqlQueryable,
  where: string,
  params: SqlParams,
  sort: SyncSort | undefined,
  requested: Partial<PageRequest> | undefined,
  nowMs: number,
): Promise<Page<Sync>> {
  const page = clampPage(requested);
  if (where === MATCHES_NOTHING) return toPage([], page.index, page.size, 0);
  const order = syncOrderSql(sort, nowMs, params);
  const limit = params.add(page.size);
  const offset = params.add(Math.min(page.index * page.size, MAX_OFFSET));
  const { rows } = await db.query<{ total: number | string; items: Sync[] }>(
    `SELECT
       (SELECT count(*) FROM syncs s WHERE ${where}) AS total,
       (SELECT coalesce(json_agg(p.record ORDER BY p.sort_key ${order.direction}, p.id ${order.direction}), '[]'::json)
          FROM (SELECT s.record, ${order.expression} AS sort_key, s.id FROM syncs s
                 WHERE ${where} ORDER BY ${order.orderBy} LIMIT ${limit}::bigint OFFSET ${offset}::bigint) p) AS items`,
    params.values,
  );
  const row = rows[0] as { total: number | string; items: Sync[] };
  return toPage(row.items, page.index, page.size, Number(row.total));
}

/** One page of the syncs matching a filter, in the requested order (default newest first). */
export function listSyncPage(db: SqlQueryable, filter: SyncFilter, sort: SyncSort | undefined, page: PageRequest | undefined, nowMs: number): Promise<Page<Sync>> {
  const params = new SqlParams();
  return pageWhere(db, syncFilterSql(filter, params), params, sort, page, nowMs);
}

/**
 * One page of one company's syncs, newest first, as its customer sees them (`toCustomerSync`). The
 * company is always a condition of the query: an empty or unknown company ID has no syncs.
 */
export async function listCustomerSyncPage(db: SqlQueryable, companyId: string, page: PageRequest | undefined, range: DateRange | undefined, nowMs: number): Promise<Page<CustomerSync>> {
  const params = new SqlParams();
  const company = storableOrUndefined(companyId);
  const rangeCondition = syncFilterSql(range ? { range } : {}, params);
  const where = company === undefined ? MATCHES_NOTHING : `s.company_id = ${params.add(toOrderKey(company))} AND ${rangeCondition}`;
  const syncs = await pageWhere(db, where, params, undefined, page, nowMs);
  return { ...syncs, items: syncs.items.map(toCustomerSync) };
}

/** One sync by ID; `notFound` when there is none. */
export async function getSyncById(db: SqlQueryable, syncId: string): Promise<Sync> {
  const id = storableOrUndefined(syncId);
  const { rows } = id === undefined ? { rows: [] } : await db.query<{ record: Sync }>('SELECT record FROM syncs WHERE id = $1', [toOrderKey(id)]);
  const row = rows[0];
  if (!row) throw new SyncHealthError('notFound', `No sync with ID ${syncId}.`);
  return row.record;
}

/** Options of {@link exportSyncBatches}. */
export interface ExportOptions {
  /**
   * Syncs per batch.
   * @default 1000
   */
  batchSize?: number;
}

/**
 * Every sync matching a filter, in order, in batches: each batch is the next `batchSize` syncs after
 * the last one's sort key and ID, so a deep export reads the index forward instead of skipping
 * ever more rows, and a sync written meanwhile never makes the export repeat or skip one.
 */
export async function* exportSyncBatches(
  db: SqlQueryable,
  filter: SyncFilter,
  sort: SyncSort | undefined,
  nowMs: number,
  { batchSize = 1000 }: ExportOptions = {},
): AsyncGenerator<Sync[]> {
  const size = Math.max(1, Math.floor(batchSize));
  let after: { key: string; id: string } | undefined;
  for (;;) {
    const params = new SqlParams();
    const where = syncFilterSql(filter, params);
    if (where === MATCHES_NOTHING) return;
    const order = syncOrderSql(sort, nowMs, params);
    const comparison = order.direction === 'ASC' ? '>' : '<';
    const keyset = after ? `AND (${order.expression}, s.id) ${comparison} (${params.add(after.key)}::${order.type}, ${params.add(after.id)}::text)` : '';
    const { rows } = await db.query<{ record: Sync; sort_key: unknown; id: string }>(
      `SELECT s.record, (${order.expression})::text AS sort_key, s.id FROM syncs s
        WHERE ${where} ${keyset} ORDER BY ${order.orderBy} LIMIT ${params.add(size)}::bigint`,
      params.values,
    );
    if (rows.length > 0) yield rows.map((row) => row.record);
    if (rows.length < size) return;
    const last = rows[rows.length - 1] as { sort_key: unknown; id: string };
    after = { key: String(last.sort_key), id: last.id };
  }
}
