/**
 * The store's schema, as versioned migrations. Each runs once, in its own transaction, recorded in
 * `schema_migrations`; every step takes a transaction-scoped advisory lock first, so two servers
 * starting at once (or `migrate()` called twice) apply each migration exactly once. A migration is
 * never edited once released: a change is a new migration.
 */
import type { SqlClient, SqlQueryable } from './sql-client';

/** One step of the schema. */
export interface Migration {
  /** Its number: migrations run in this order, each once. */
  version: number;
  /** What it does, for the `schema_migrations` table. */
  name: string;
  /** Its statements, run in order in one transaction. */
  statements: readonly string[];
}

/**
 * The text a search looks in: the lower-cased sync ID, company ID and company name on lines of their
 * own. Only the trigram index reads it (to find candidates fast); whether a sync matches is decided
 * per field, so a search never matches across two of them.
 */
export const SEARCH_TEXT_SQL = "(id_lower || E'\\n' || company_id_lower || E'\\n' || company_name_lower)";

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'syncs, push items, sync configurations and the retry outbox',
    statements: [
      'CREATE EXTENSION IF NOT EXISTS pg_trgm',
      // One row per sync: the sync as validated (`record`) and the columns every query reads.
      // `id` and `company_id` are order keys (see stored-text.ts): the IDs themselves unless they hold
      // code units from U+D800 up. Times are milliseconds since 1970, as the contract compares them.
      `CREATE TABLE syncs (
        id text COLLATE "C" PRIMARY KEY,
        company_id text COLLATE "C" NOT NULL,
        product text NOT NULL,
        status_code double precision NOT NULL,
        status_category text NOT NULL,
        started_ms bigint NOT NULL,
        ended_ms bigint,
        duration_ms bigint,
        id_lower text NOT NULL,
        company_id_lower text NOT NULL,
        company_name_lower text NOT NULL,
        error_templates text[] NOT NULL,
        error_keys bigint[] NOT NULL,
        record jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      // Newest first (read backwards), keyset paging and the date range; with the status, so that
      // totals over a period, and a status filter in the default order, read the index alone.
      'CREATE INDEX syncs_by_start ON syncs (started_ms, id) INCLUDE (status_code, status_category)',
      // One company's syncs, newest first: the company filter, the customer's history, and each
      // company's latest syncs for the failing companies (read in this order, no sort).
      'CREATE INDEX syncs_by_company ON syncs (company_id, started_ms DESC, id DESC) INCLUDE (status_category)',
      // Status filters (codes or categories) and the status sort.
      'CREATE INDEX syncs_by_category ON syncs (status_category, started_ms, id)',
      'CREATE INDEX syncs_by_status_code ON syncs (status_code, id)',
      // "Contains" search over sync ID, company ID and company name, whatever the case.
      `CREATE INDEX syncs_search ON syncs USING gin (${SEARCH_TEXT_SQL} gin_trgm_ops)`,
      // Hashes of the error texts and templates, for the errorText and errorTemplate filters.
      'CREATE INDEX syncs_error_keys ON syncs USING gin (error_keys)',

      `CREATE TABLE push_items (
        sync_id text COLLATE "C" NOT NULL REFERENCES syncs (id) ON DELETE CASCADE,
        item_id text NOT NULL,
        position integer NOT NULL,
        status text NOT NULL,
        core_id_lower text NOT NULL,
        data_type_lower text NOT NULL,
        record jsonb NOT NULL,
        PRIMARY KEY (sync_id, item_id)
      )`,
      // In the order they were requested.
      'CREATE UNIQUE INDEX push_items_in_order ON push_items (sync_id, position)',

      `CREATE TABLE sync_configs (
        sync_id text COLLATE "C" PRIMARY KEY REFERENCES syncs (id) ON DELETE CASCADE,
        record jsonb NOT NULL
      )`,

      // The retry outbox: one job per request, handed to one worker at a time under a lease.
      `CREATE TABLE retry_jobs (
        id bigserial PRIMARY KEY,
        sync_id text COLLATE "C" NOT NULL REFERENCES syncs (id) ON DELETE CASCADE,
        item_ids text[] NOT NULL,
        requested_ms bigint NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        leased_until_ms bigint
      )`,
      'CREATE INDEX retry_jobs_oldest_first ON retry_jobs (requested_ms, id)',
      // What each idempotency key (by hash) answered the first time, per sync; outlives its job.
      `CREATE TABLE retry_idempotency_keys (
        sync_id text COLLATE "C" NOT NULL REFERENCES syncs (id) ON DELETE CASCADE,
        key_hash text NOT NULL,
        outcome jsonb NOT NULL,
        created_ms bigint NOT NULL,
        PRIMARY KEY (sync_id, key_hash)
      )`,
    ],
  },
];

/** The advisory lock every migration step holds (any fixed number; this one spells "rsh1"). */
const MIGRATION_LOCK = 0x72736831;

async function lockMigrations(transaction: SqlQueryable): Promise<void> {
  await transaction.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
}

/**
 * Brings the schema up to date: creates `schema_migrations` if needed, then applies each migration
 * not yet recorded there, each in its own transaction. Safe to run again, or from several processes
 * at once.
 */
export async function runMigrations(client: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  await client.transaction(async (transaction) => {
    await lockMigrations(transaction);
    await transaction.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  });
  for (const migration of migrations) {
    await client.transaction(async (transaction) => {
      await lockMigrations(transaction);
      const applied = await transaction.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (applied.rows.length > 0) return;
      for (const statement of migration.statements) await transaction.query(statement);
      await transaction.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    });
  }
}
