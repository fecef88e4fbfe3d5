/**
 * Stores for the server tests: PGlite in memory, and PostgreSQL (the server project's database, see
 * postgres-global-setup.ts) with each store in a schema of its own, so that stores made by one test
 * file, or by files running side by side, never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPgliteStore } from '../../src/server/pglite-store';
import { createPostgresStore } from '../../src/server/postgres-store';
import type { SqlStoreOptions } from '../../src/server/sql/sql-store';
import type { SyncHealthStore } from '../../src/server/store';

/** A store under test and how to dispose of it. */
export interface TestStore {
  /** Which database it runs on, for test names. */
  kind: 'PGlite' | 'PostgreSQL';
  /** The store, migrated. */
  store: SyncHealthStore;
  /** Closes it and drops what it made. */
  close(): Promise<void>;
}

/** The lock `migrate()` takes, so that creating the extension here never races a migration elsewhere. */
const MIGRATION_LOCK = 0x72736831;

/** Creates `pg_trgm` in `public` once, where every test schema finds it (its search path ends there). */
export async function ensureTrigramExtension(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/** A PostgreSQL store in a fresh schema of the test database, migrated. */
export async function createTestPostgresStore(options: SqlStoreOptions = {}): Promise<TestStore> {
  const url = inject('postgresUrl');
  await ensureTrigramExtension(url);
  const schema = `store_test_${randomBytes(6).toString('hex')}`;
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema},public` });
  await pool.query(`CREATE SCHEMA ${schema}`);
  const store = await createPostgresStore({ pool, ...options });
  await store.migrate();
  return {
    kind: 'PostgreSQL',
    store,
    close: async () => {
      await store.close();
      await pool.query(`DROP SCHEMA ${schema} CASCADE`);
      await pool.end();
    },
  };
}

/** A PGlite store in memory, migrated. */
export async function createTestPgliteStore(options: SqlStoreOptions = {}): Promise<TestStore> {
  const store = await createPgliteStore(options);
  await store.migrate();
  return { kind: 'PGlite', store, close: () => store.close() };
}

/** Both kinds of store, for `describe.each`. */
export const STORE_KINDS = [
  { kind: 'PGlite', create: createTestPgliteStore },
  { kind: 'PostgreSQL', create: createTestPostgresStore },
] as const;

/** A clock stopped at `iso`. */
export function clockAt(iso: string | undefined): (() => Date) | undefined {
  return iso === undefined ? undefined : () => new Date(iso);
}
