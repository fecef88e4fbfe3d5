/**
 * A sync's push items: listed in the order they were requested (search over core ID and data type,
 * status filter, paging, as `filterPushItems` does in memory), written by ID (an item already stored
 * keeps its place), and the sync's `itemCounts` kept equal to its stored items.
 */
import { countPushItems } from '../../core/derive';
import { SyncHealthError } from '../../core/errors';
import type { Page, PushItem, PushItemCounts } from '../../core/model';
import { clampPage, toPage } from '../../core/paging';
import type { PushItemQuery } from '../../core/query';
import { SqlParams, type SqlQueryable } from './sql-client';
import { storableOrUndefined, toOrderKey } from './stored-text';

/** Items per write statement. */
const WRITE_BATCH = 1000;

/** The condition of a push item query on `push_items i` (`FALSE` for text nothing stored can hold). */
function pushItemConditions(query: Pick<PushItemQuery, 'search' | 'statuses'>, params: SqlParams): string {
  const conditions: string[] = [];
  if (query.statuses?.length) {
    const statuses = query.statuses.map(storableOrUndefined).filter((status): status is string => status !== undefined);
    conditions.push(`i.status = ANY(${params.add(statuses)}::text[])`);
  }
  const search = (query.search ?? '').trim().toLowerCase();
  if (search !== '') {
    if (storableOrUndefined(search) === undefined) return 'FALSE';
    const text = params.add(search);
    conditions.push(`(strpos(i.core_id_lower, ${text}) > 0 OR strpos(i.data_type_lower, ${text}) > 0)`);
  }
  return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');
}

/** One page of a sync's push items matching a query; `notFound` when the sync is unknown. */
export async function listPushItemPage(db: SqlQueryable, syncId: string, query: PushItemQuery): Promise<Page<PushItem>> {
  const page = clampPage(query.page);
  const id = storableOrUndefined(syncId);
  const notFound = () => new SyncHealthError('notFound', `No sync with ID ${syncId}.`);
  if (id === undefined) throw notFound();
  const params = new SqlParams();
  const sync = params.add(toOrderKey(id));
  const where = `i.sync_id = ${sync} AND ${pushItemConditions(query, params)}`;
  const limit = params.add(page.size);
  const offset = params.add(Math.min(page.index * page.size, Number.MAX_SAFE_INTEGER));
  const { rows } = await db.query<{ found: boolean; total: number | string; items: PushItem[] }>(
    `SELECT EXISTS (SELECT 1 FROM syncs WHERE id = ${sync}) AS found,
            (SELECT count(*) FROM push_items i WHERE ${where}) AS total,
            (SELECT coalesce(json_agg(p.record ORDER BY p.position), '[]'::json)
               FROM (SELECT i.record, i.position FROM push_items i WHERE ${where}
                      ORDER BY i.position LIMIT ${limit}::bigint OFFSET ${offset}::bigint) p) AS items`,
    params.values,
  );
  const row = rows[0];
  if (!row?.found) throw notFound();
  return toPage(row.items, page.index, page.size, Number(row.total));
}

/**
 * Locks a sync's row for the rest of the transaction (writes to one sync's items take turns) and
 * returns its order key; `notFound` when the sync is unknown.
 */
export async function lockSync(transaction: SqlQueryable, syncId: string): Promise<string> {
  const id = storableOrUndefined(syncId);
  const key = id === undefined ? undefined : toOrderKey(id);
  if (key === undefined || !(await lockSyncByKey(transaction, key))) throw new SyncHealthError('notFound', `No sync with ID ${syncId}.`);
  return key;
}

/**
 * Locks a sync's row by its order key, if there is one. Every write that touches a sync's items
 * locks the sync first, so that two writes never wait for each other's locks in opposite orders.
 */
export async function lockSyncByKey(transaction: SqlQueryable, syncKey: string): Promise<boolean> {
  const { rows } = await transaction.query('SELECT 1 FROM syncs WHERE id = $1 FOR UPDATE', [syncKey]);
  return rows.length > 0;
}

/**
 * Writes validated items of one (locked) sync by ID: a stored item is replaced where it stands, a
 * new one goes after the last.
 */
export async function writePushItems(transaction: SqlQueryable, syncKey: string, items: readonly PushItem[]): Promise<void> {
  const { rows } = await transaction.query<{ last: number | null }>('SELECT max(position) AS last FROM push_items WHERE sync_id = $1', [syncKey]);
  let next = (rows[0]?.last ?? -1) + 1;
  for (let start = 0; start < items.length; start += WRITE_BATCH) {
    const batch = items.slice(start, start + WRITE_BATCH).map((item, index) => ({
      item_id: item.id,
      position: next + index,
      status: item.status,
      core_id_lower: item.coreId.toLowerCase(),
      data_type_lower: item.dataType.toLowerCase(),
      record: item,
    }));
    next += batch.length;
    await transaction.query(
      `INSERT INTO push_items (sync_id, item_id, position, status, core_id_lower, data_type_lower, record)
       SELECT $1, r.item_id, r.position, r.status, r.core_id_lower, r.data_type_lower, r.record
         FROM jsonb_to_recordset($2::jsonb) AS r(item_id text, position integer, status text, core_id_lower text, data_type_lower text, record jsonb)
       ON CONFLICT (sync_id, item_id) DO UPDATE
         SET status = excluded.status, core_id_lower = excluded.core_id_lower, data_type_lower = excluded.data_type_lower, record = excluded.record
         WHERE push_items.record IS DISTINCT FROM excluded.record`,
      [syncKey, JSON.stringify(batch)],
    );
  }
}

/**
 * Sets each of these syncs' `itemCounts` to the counts of its stored push items (`countPushItems`);
 * a sync with no stored items keeps the counts it was written with.
 */
export async function refreshItemCounts(transaction: SqlQueryable, syncKeys: readonly string[]): Promise<void> {
  if (syncKeys.length === 0) return;
  const { rows } = await transaction.query<{ sync_id: string; status: PushItem['status']; count: number | string }>(
    'SELECT sync_id, status, count(*) AS count FROM push_items WHERE sync_id = ANY($1::text[]) GROUP BY 1, 2',
    [syncKeys],
  );
  if (rows.length === 0) return;
  const counts = new Map<string, PushItemCounts>();
  for (const row of rows) {
    let syncCounts = counts.get(row.sync_id);
    if (!syncCounts) counts.set(row.sync_id, (syncCounts = countPushItems([])));
    syncCounts[row.status] += Number(row.count);
  }
  await transaction.query(
    `UPDATE syncs s SET record = jsonb_set(s.record, '{itemCounts}', u.counts), updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS u(id text, counts jsonb)
      WHERE s.id = u.id AND s.record->'itemCounts' IS DISTINCT FROM u.counts`,
    [JSON.stringify([...counts].map(([id, itemCounts]) => ({ id, counts: itemCounts })))],
  );
}
