/**
 * The store on PGlite (`@electric-sql/pglite`): PostgreSQL compiled to WebAssembly, running in this
 * process, in memory or in a directory. One connection: statements and transactions take turns.
 * `pg_trgm`, which the search index needs, ships inside PGlite.
 */
import type { SyncHealthStore } from './store';
import { loadOptionalPackage } from './sql/optional-package';
import { READ_ONLY_SNAPSHOT, type SqlClient, type SqlQueryable } from './sql/sql-client';
import { createSqlStore, type SqlStoreOptions } from './sql/sql-store';

/** Options of {@link createPgliteStore}. */
export interface PgliteStoreOptions extends SqlStoreOptions {
  /**
   * Where the database lives: a directory (created when missing), or `undefined` for a database in
   * memory that is gone when the store closes.
   * @default undefined
   */
  dataDir?: string;
}

/** What the store uses of a PGlite instance. */
interface PgliteDatabase extends SqlQueryable {
  transaction<T>(work: (transaction: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function openPglite(dataDir: string | undefined): Promise<PgliteDatabase> {
  const [{ PGlite }, { pg_trgm }] = await loadOptionalPackage('@electric-sql/pglite', 'createPgliteStore', () =>
    Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/contrib/pg_trgm')]),
  );
  return PGlite.create({ dataDir, extensions: { pg_trgm } });
}

/**
 * A store on an embedded PGlite database: nothing to run beside the server, for demos, tests and
 * small deployments. Call `migrate()` before first use; `close()` closes the database.
 *
 * @example
 * const store = await createPgliteStore({ dataDir: './sync-health-data' });
 * await store.migrate();
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<SyncHealthStore> {
  const database = await openPglite(options.dataDir);
  const client: SqlClient = {
    query: (text, params) => database.query(text, params ? [...params] : undefined),
    transaction: (work, transactionOptions) =>
      database.transaction(async (transaction) => {
        if (transactionOptions?.readOnly) for (const statement of READ_ONLY_SNAPSHOT) await transaction.query(statement);
        return work(transaction);
      }),
    close: () => database.close(),
  };
  // PGlite runs no autovacuum: the store keeps the statistics and visibility map up to date itself.
  return createSqlStore(client, options, { vacuumAfterWrites: true });
}
