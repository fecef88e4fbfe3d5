/**
 * The store, once, over any {@link SqlClient}: `createPostgresStore` and `createPgliteStore` only
 * make the client. Reads answer as the in-memory adapter does (the contract's reference); writes are
 * validated, idempotent and batched; retries go through the outbox.
 */
import { SyncHealthError } from '../../core/errors';
import type { SyncConfig } from '../../core/model';
import type { SyncHealthStore } from '../store';
import { runMigrations } from './migrations';
import { queryFailingCompanies } from './failing-companies-sql';
import { listPushItemPage } from './push-items-sql';
import { completeRetryJob, requestRetryJob, takeRetryJobs } from './retry-outbox';
import type { SqlClient } from './sql-client';
import { putSyncConfigRow, upsertPushItemRows, upsertSyncRows } from './store-writes';
import { storableOrUndefined, toOrderKey } from './stored-text';
import { exportSyncBatches, getSyncById, listCustomerSyncPage, listSyncPage } from './sync-reads';
import { querySyncTotals } from './sync-totals-sql';
import { WriteMaintenance } from './write-maintenance';
import { queryTopErrors } from './top-errors-sql';

/** Options every store takes. */
export interface SqlStoreOptions {
  /**
   * The store's clock: "now" for the duration of a running sync and the times of the retry outbox
   * (when a retry was requested, leases). Give a fixed one to serve a data set that describes a
   * moment, as the demo data does.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Syncs per batch of `exportSyncs`.
   * @default 1000
   */
  exportBatchSize?: number;
}

/** A sync's configuration; `notFound` when the sync, or its configuration, is unknown. */
async function getSyncConfigById(client: SqlClient, syncId: string): Promise<SyncConfig> {
  const id = storableOrUndefined(syncId);
  const { rows } =
    id === undefined
      ? { rows: [] }
      : await client.query<{ config: SyncConfig | null }>(
          'SELECT (SELECT record FROM sync_configs WHERE sync_id = s.id) AS config FROM syncs s WHERE s.id = $1',
          [toOrderKey(id)],
        );
  const row = rows[0];
  if (!row) throw new SyncHealthError('notFound', `No sync with ID ${syncId}.`);
  if (!row.config) throw new SyncHealthError('notFound', `No configuration is stored for sync ${syncId}.`);
  return row.config;
}

/** How a database is kept in shape, when the factory knows better than the store. */
export interface SqlStoreMaintenance {
  /**
   * Whether the store runs `VACUUM ANALYZE` itself after enough writes (see write-maintenance.ts): for
   * PGlite, which has no autovacuum.
   * @default false
   */
  vacuumAfterWrites?: boolean;
}

/** The store over a SQL client. `close()` closes the client. */
export function createSqlStore(client: SqlClient, options: SqlStoreOptions = {}, maintenance: SqlStoreMaintenance = {}): SyncHealthStore {
  const nowMs = () => (options.now ? options.now().getTime() : Date.now());
  const writes = maintenance.vacuumAfterWrites ? new WriteMaintenance(client) : undefined;
  return {
    migrate: () => runMigrations(client),
    close: () => client.close(),

    listSyncs: (query) => listSyncPage(client, query, query.sort, query.page, nowMs()),
    getSyncTotals: (query) => querySyncTotals(client, query),
    getTopErrors: (query) => queryTopErrors(client, query),
    listFailingCompanies: (query) => queryFailingCompanies(client, query),
    getSync: (syncId) => getSyncById(client, syncId),
    getSyncConfig: (syncId) => getSyncConfigById(client, syncId),
    listPushItems: (syncId, query) => listPushItemPage(client, syncId, query),
    listCustomerSyncs: (companyId, query) => listCustomerSyncPage(client, companyId, query.page, query.range, nowMs()),
    exportSyncs: (filter, sort) => exportSyncBatches(client, filter, sort, nowMs(), { batchSize: options.exportBatchSize }),

    upsertSyncs: async (syncs) => {
      await upsertSyncRows(client, syncs);
      await writes?.afterWrite('syncs', syncs.length);
    },
    upsertPushItems: async (syncId, items) => {
      await upsertPushItemRows(client, syncId, items);
      await writes?.afterWrite('push_items', items.length);
    },
    putSyncConfig: (syncId, config) => putSyncConfigRow(client, syncId, config),

    requestRetry: (syncId, request, idempotencyKey) => requestRetryJob(client, syncId, request, nowMs(), idempotencyKey),
    takeRetryRequests: (takeOptions = {}) => takeRetryJobs(client, takeOptions, nowMs()),
    completeRetry: (jobId, results) => completeRetryJob(client, jobId, results, nowMs()),
  };
}
