/**
 * The retry outbox: a request to retry a sync's failed push items marks them `pending` and stores one
 * job for the host's worker, in one transaction. Which items count is the in-memory adapter's rule:
 * items in a failed status (`FAILED_PUSH_ITEM_STATUSES`), all of them or the listed ones (other IDs
 * are ignored). The sync's row is locked first, so requests for one sync take turns: an idempotency
 * key is looked up under that lock, and a repeated key gets the first outcome back.
 */
import { createHash } from 'node:crypto';
import { SyncHealthError } from '../../core/errors';
import { FAILED_PUSH_ITEM_STATUSES, PUSH_ITEM_STATUSES, type PushItem } from '../../core/model';
import type { RetryOutcome, RetryRequest } from '../../core/query';
import { parsePushItem, parseRetryOutcome } from '../../core/validate';
import type { RetryItemResult, RetryJob, TakeRetryRequestsOptions } from '../store';
import type { SqlClient, SqlQueryable } from './sql-client';
import { lockSync, lockSyncByKey, refreshItemCounts } from './push-items-sql';
import { assertStorable, fromOrderKey, storableOrUndefined } from './stored-text';

/** Jobs handed out at once when the worker does not say. */
const DEFAULT_TAKE_LIMIT = 10;
/** The largest batch of jobs handed out at once. */
const MAX_TAKE_LIMIT = 1000;
/** How long a worker has to complete a job before it is handed out again, when it does not say. */
const DEFAULT_LEASE_MS = 300_000;

/**
 * The stored form of an idempotency key: a SHA-256 of its UTF-16 code units, so any key (long, or
 * holding text PostgreSQL cannot store) is kept exactly and in fixed size.
 */
function keyHash(idempotencyKey: string): string {
  return createHash('sha256').update(Buffer.from(idempotencyKey, 'utf16le')).digest('hex');
}

/** The item IDs a request names, or `undefined` for all failed items; refuses anything else. */
function requestedIds(request: RetryRequest): string[] | undefined {
  const itemIds = (request as { itemIds?: unknown } | null | undefined)?.itemIds;
  if (itemIds === 'allFailed') return undefined;
  if (!Array.isArray(itemIds) || !itemIds.every((id) => typeof id === 'string')) {
    throw new SyncHealthError('invalidResponse', "itemIds should be a list of push item IDs or 'allFailed'.", { field: 'itemIds' });
  }
  // An ID PostgreSQL cannot store is no stored item's.
  return itemIds.filter((id) => storableOrUndefined(id) !== undefined);
}

/** Updates stored items to these records (same sync, same IDs). */
async function rewriteItems(transaction: SqlQueryable, syncKey: string, items: readonly PushItem[]): Promise<void> {
  if (items.length === 0) return;
  await transaction.query(
    `UPDATE push_items i SET status = u.status, record = u.record
       FROM jsonb_to_recordset($2::jsonb) AS u(item_id text, status text, record jsonb)
      WHERE i.sync_id = $1 AND i.item_id = u.item_id`,
    [syncKey, JSON.stringify(items.map((item) => ({ item_id: item.id, status: item.status, record: item })))],
  );
}

/** Stores a retry request (see the module's header) and says what it did: every retried item is pending. */
export async function requestRetryJob(client: SqlClient, syncId: string, request: RetryRequest, nowMs: number, idempotencyKey?: string): Promise<RetryOutcome> {
  const ids = requestedIds(request);
  const hash = idempotencyKey === undefined ? undefined : keyHash(String(idempotencyKey));
  return client.transaction(async (transaction) => {
    const syncKey = await lockSync(transaction, syncId);
    if (hash !== undefined) {
      const earlier = await transaction.query<{ outcome: RetryOutcome }>(
        'SELECT outcome FROM retry_idempotency_keys WHERE sync_id = $1 AND key_hash = $2',
        [syncKey, hash],
      );
      if (earlier.rows[0]) return parseRetryOutcome(earlier.rows[0].outcome);
    }
    const { rows } = await transaction.query<{ record: PushItem }>(
      `SELECT record FROM push_items WHERE sync_id = $1 AND status = ANY($2::text[])
          AND ($3::text[] IS NULL OR item_id = ANY($3::text[]))
        ORDER BY position FOR UPDATE`,
      [syncKey, [...FAILED_PUSH_ITEM_STATUSES], ids ?? null],
    );
    const requestedAt = new Date(nowMs).toISOString();
    const pending = rows.map(({ record }): PushItem => {
      const item: PushItem = { ...record, status: 'pending', attempts: record.attempts + 1, requestedAt };
      delete item.completedAt;
      return item;
    });
    await rewriteItems(transaction, syncKey, pending);
    if (pending.length > 0) {
      await transaction.query('INSERT INTO retry_jobs (sync_id, item_ids, requested_ms) VALUES ($1, $2::text[], $3::bigint)', [
        syncKey,
        pending.map((item) => item.id),
        nowMs,
      ]);
      await refreshItemCounts(transaction, [syncKey]);
    }
    const outcome: RetryOutcome = { retried: pending.length, succeeded: 0, failed: 0, pending: pending.length };
    if (hash !== undefined) {
      await transaction.query(
        `INSERT INTO retry_idempotency_keys (sync_id, key_hash, outcome, created_ms) VALUES ($1, $2, $3::jsonb, $4::bigint)
         ON CONFLICT (sync_id, key_hash) DO NOTHING`,
        [syncKey, hash, JSON.stringify(outcome), nowMs],
      );
    }
    return outcome;
  });
}

/**
 * Hands out the oldest jobs nobody holds (never taken, or whose lease ran out), each under a new
 * lease, skipping rows another worker is taking at this moment (`FOR UPDATE SKIP LOCKED`).
 */
export async function takeRetryJobs(db: SqlQueryable, options: TakeRetryRequestsOptions, nowMs: number): Promise<RetryJob[]> {
  const wanted = Math.floor(options.limit ?? DEFAULT_TAKE_LIMIT);
  const limit = wanted >= 0 ? Math.min(wanted, MAX_TAKE_LIMIT) : DEFAULT_TAKE_LIMIT;
  const leaseMs = Number.isFinite(options.leaseMs) ? Math.max(0, Math.floor(options.leaseMs as number)) : DEFAULT_LEASE_MS;
  if (limit === 0) return [];
  const { rows } = await db.query<{ id: string | number; sync_id: string; item_ids: string[]; requested_ms: string | number; attempts: number }>(
    `UPDATE retry_jobs j SET attempts = j.attempts + 1, leased_until_ms = $1::bigint + $2::bigint
       FROM (SELECT id FROM retry_jobs WHERE leased_until_ms IS NULL OR leased_until_ms <= $1::bigint
              ORDER BY requested_ms, id LIMIT $3::bigint FOR UPDATE SKIP LOCKED) ready
      WHERE j.id = ready.id
      RETURNING j.id, j.sync_id, j.item_ids, j.requested_ms, j.attempts`,
    [nowMs, leaseMs, limit],
  );
  return rows
    .map((row) => ({ requestedMs: Number(row.requested_ms), job: row }))
    .sort((a, b) => a.requestedMs - b.requestedMs || Number(a.job.id) - Number(b.job.id))
    .map(({ requestedMs, job }) => ({
      id: String(job.id),
      syncId: fromOrderKey(job.sync_id),
      itemIds: job.item_ids,
      requestedAt: new Date(requestedMs).toISOString(),
      attempts: job.attempts,
    }));
}

/** Checks a worker's results before anything is written. */
function checkResults(results: readonly RetryItemResult[]): RetryItemResult[] {
  if (!Array.isArray(results)) throw new SyncHealthError('invalidResponse', 'The results should be a list.', { field: '' });
  return results.map((result, index) => {
    const fail = (field: string, expected: string) =>
      new SyncHealthError('invalidResponse', `[${index}].${field} should be ${expected}.`, { field: `[${index}].${field}` });
    if (typeof result?.itemId !== 'string') throw fail('itemId', 'a push item ID');
    if (!PUSH_ITEM_STATUSES.includes(result.status)) throw fail('status', `one of ${JSON.stringify(PUSH_ITEM_STATUSES)}`);
    if (result.errorMessage !== undefined && typeof result.errorMessage !== 'string') throw fail('errorMessage', 'text');
    return result;
  });
}

/** An item as a worker's result leaves it (validated as any stored item is). */
function itemAfter(item: PushItem, result: RetryItemResult, extraPushes: number, nowMs: number): PushItem {
  const next: PushItem = { ...item, status: result.status, attempts: item.attempts + extraPushes };
  if (result.status === 'pending') delete next.completedAt;
  else next.completedAt = new Date(Math.max(nowMs, Date.parse(item.requestedAt))).toISOString();
  if (result.errorMessage !== undefined) next.errorMessage = result.errorMessage;
  else if (result.status === 'success') delete next.errorMessage;
  if (result.platformResponse !== undefined) next.platformResponse = result.platformResponse;
  // The accounting software's earlier refusal is no answer to this push.
  else if (result.status === 'success') delete next.platformResponse;
  if (result.status === 'success') next.validationErrors = [];
  const valid = parsePushItem(next);
  assertStorable(valid);
  return valid;
}

/**
 * Records what became of a job's items (results for other items are ignored) and removes the job,
 * in one transaction. A job already completed (or unknown) is left alone: completing twice changes
 * nothing. An item pushed again after a lease ran out counts the extra attempts.
 */
export async function completeRetryJob(client: SqlClient, jobId: string, results: readonly RetryItemResult[], nowMs: number): Promise<void> {
  const checked = checkResults(results);
  if (typeof jobId !== 'string' || !/^[1-9]\d{0,17}$/.test(jobId)) return;
  await client.transaction(async (transaction) => {
    const { rows } = await transaction.query<{ sync_id: string; item_ids: string[]; attempts: number }>(
      'DELETE FROM retry_jobs WHERE id = $1::bigint RETURNING sync_id, item_ids, attempts',
      [jobId],
    );
    const job = rows[0];
    if (!job || !(await lockSyncByKey(transaction, job.sync_id))) return;
    const resultById = new Map(checked.filter((result) => job.item_ids.includes(result.itemId)).map((result) => [result.itemId, result]));
    if (resultById.size === 0) return;
    const items = await transaction.query<{ record: PushItem }>(
      'SELECT record FROM push_items WHERE sync_id = $1 AND item_id = ANY($2::text[]) FOR UPDATE',
      [job.sync_id, [...resultById.keys()]],
    );
    const extraPushes = Math.max(0, job.attempts - 1);
    const updated = items.rows.map(({ record }) => itemAfter(record, resultById.get(record.id) as RetryItemResult, extraPushes, nowMs));
    await rewriteItems(transaction, job.sync_id, updated);
    await refreshItemCounts(transaction, [job.sync_id]);
  });
}
