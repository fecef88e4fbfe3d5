/**
 * What a pipeline writes: syncs, a sync's push items and its configuration. Each record is validated
 * by the core's validators (the same checks the components apply to an adapter's answers) and
 * checked storable before anything is written; the write is idempotent (`INSERT … ON CONFLICT DO
 * UPDATE`, a row that would not change is left alone) and batched (one statement per few thousand
 * rows, the rows as one JSON parameter).
 */
import { SyncHealthError, isSyncHealthError } from '../../core/errors';
import type { PushItem, Sync, SyncConfig } from '../../core/model';
import { parsePushItem, parseSync, parseSyncConfig } from '../../core/validate';
import type { SqlClient } from './sql-client';
import { lockSync, refreshItemCounts, writePushItems } from './push-items-sql';
import { assertStorable, assertStorableId, storableOrUndefined, toOrderKey } from './stored-text';
import { ErrorTemplateCache, toSyncRow } from './sync-rows';

/** Syncs per write statement. */
const SYNC_BATCH = 2000;

/**
 * Validates each record with `parse` and checks it storable, naming the record by its place
 * (`[3].startedAt`) in the error. Later records with an ID already seen replace the earlier one.
 */
function validateEach<T extends { id: string }>(records: readonly unknown[], parse: (value: unknown) => T, idFields: (record: T) => [string, string][]): T[] {
  if (!Array.isArray(records)) throw new SyncHealthError('invalidResponse', 'The records should be a list.', { field: '' });
  const byId = new Map<string, T>();
  records.forEach((value, index) => {
    try {
      const record = parse(value);
      for (const [id, field] of idFields(record)) assertStorableId(id, field);
      assertStorable(record);
      byId.set(record.id, record);
    } catch (error) {
      if (!isSyncHealthError(error)) throw error;
      const field = `[${index}]${error.field ? `.${error.field}` : ''}`;
      throw new SyncHealthError(error.kind, `${field}: ${error.message}`, { field, cause: error });
    }
  });
  return [...byId.values()];
}

/** Adds or replaces syncs by ID, in one transaction (all or nothing). */
export async function upsertSyncRows(client: SqlClient, syncs: readonly Sync[]): Promise<void> {
  const valid = validateEach(syncs, parseSync, (sync) => [
    [sync.id, 'id'],
    [sync.companyId, 'companyId'],
  ]);
  if (valid.length === 0) return;
  // Rows are written (and locked) in ID order, so two pipelines writing the same syncs never deadlock.
  valid.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const templates = new ErrorTemplateCache();
  await client.transaction(async (transaction) => {
    for (let start = 0; start < valid.length; start += SYNC_BATCH) {
      const rows = valid.slice(start, start + SYNC_BATCH).map((sync) => toSyncRow(sync, templates));
      await transaction.query(
        `INSERT INTO syncs AS s (id, company_id, product, status_code, status_category, started_ms, ended_ms, duration_ms,
                                 id_lower, company_id_lower, company_name_lower, error_templates, error_keys, record)
         SELECT r.id, r.company_id, r.product, r.status_code, r.status_category, r.started_ms, r.ended_ms, r.duration_ms,
                r.id_lower, r.company_id_lower, r.company_name_lower, r.error_templates, r.error_keys, r.record
           FROM jsonb_to_recordset($1::jsonb) AS r(id text, company_id text, product text, status_code float8, status_category text,
                started_ms bigint, ended_ms bigint, duration_ms bigint, id_lower text, company_id_lower text, company_name_lower text,
                error_templates text[], error_keys bigint[], record jsonb)
         ON CONFLICT (id) DO UPDATE SET
           company_id = excluded.company_id, product = excluded.product, status_code = excluded.status_code,
           status_category = excluded.status_category, started_ms = excluded.started_ms, ended_ms = excluded.ended_ms,
           duration_ms = excluded.duration_ms, id_lower = excluded.id_lower, company_id_lower = excluded.company_id_lower,
           company_name_lower = excluded.company_name_lower, error_templates = excluded.error_templates,
           error_keys = excluded.error_keys, record = excluded.record, updated_at = now()
         WHERE s.record IS DISTINCT FROM excluded.record`,
        [JSON.stringify(rows)],
      );
      // A sync whose items are stored counts them, whatever counts it was sent with.
      await refreshItemCounts(transaction, rows.map((row) => row.id));
    }
  });
}

/** Adds or replaces a sync's push items by ID and brings its item counts up to date; `notFound` for an unknown sync. */
export async function upsertPushItemRows(client: SqlClient, syncId: string, items: readonly PushItem[]): Promise<void> {
  const valid = validateEach(items, parsePushItem, (item) => [[item.id, 'id']]);
  await client.transaction(async (transaction) => {
    const syncKey = await lockSync(transaction, syncId);
    if (valid.length === 0) return;
    await writePushItems(transaction, syncKey, valid);
    await refreshItemCounts(transaction, [syncKey]);
  });
}

/**
 * Sets a sync's configuration. It must name the sync (`config.syncId`); `notFound` when the sync is
 * unknown.
 */
export async function putSyncConfigRow(client: SqlClient, syncId: string, config: SyncConfig): Promise<void> {
  const valid = parseSyncConfig(config);
  assertStorable(valid);
  if (valid.syncId !== syncId) {
    throw new SyncHealthError('invalidResponse', `syncId should be the sync's ID (${syncId}).`, { field: 'syncId' });
  }
  const id = storableOrUndefined(syncId);
  const { rows } =
    id === undefined
      ? { rows: [] }
      : await client.query(
          `INSERT INTO sync_configs (sync_id, record) SELECT id, $2::jsonb FROM syncs WHERE id = $1
           ON CONFLICT (sync_id) DO UPDATE SET record = excluded.record RETURNING 1`,
          [toOrderKey(id), JSON.stringify(valid)],
        );
  if (rows.length === 0) throw new SyncHealthError('notFound', `No sync with ID ${syncId}.`);
}
