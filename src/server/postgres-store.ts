/**
 * The store on PostgreSQL through `pg` (node-postgres 8): a pool the store makes from a connection
 * string (and ends on `close()`), or the host's own pool (which the store never ends). Needs the
 * `pg_trgm` extension, which `migrate()` creates when it may (PostgreSQL 13 and later let a
 * database owner create it).
 */
import type { SyncHealthStore } from './store';
import { loadOptionalPackage } from './sql/optional-package';
import { READ_ONLY_SNAPSHOT, type SqlClient, type SqlQueryable } from './sql/sql-client';
import { createSqlStore, type SqlStoreOptions } from './sql/sql-store';

/** A connection a pool lends out, as the store uses it (node-postgres's `PoolClient` fits). */
export interface PostgresPoolConnection extends SqlQueryable {
  /** Gives the connection back; with an error, the pool discards it. */
  release(error?: Error | boolean): void;
}

/** A connection pool, as the store uses it (node-postgres's `Pool` fits). */
export interface PostgresPool extends SqlQueryable {
  /** Lends a connection, for a transaction. */
  connect(): Promise<PostgresPoolConnection>;
  /** Closes every connection. */
  end(): Promise<void>;
}

/** Options of {@link createPostgresStore}: where the database is, and the store's own options. */
export type PostgresStoreOptions = SqlStoreOptions &
  (
    | {
        /** A PostgreSQL URL (`postgres://user:password@host:5432/database`); the store makes a pool and ends it on `close()`. */
        connectionString: string;
        /**
         * The most connections the store's pool opens.
         * @default 10
         */
        maxConnections?: number;
      }
    | {
        /** The host's pool; the store borrows connections and never ends it. */
        pool: PostgresPool;
      }
  );

/** Runs `work` in a transaction on a connection of the pool, then gives the connection back. */
async function inTransaction<T>(pool: PostgresPool, work: (transaction: SqlQueryable) => Promise<T>, readOnly: boolean): Promise<T> {
  const connection = await pool.connect();
  let result: T;
  try {
    await connection.query('BEGIN');
    if (readOnly) for (const statement of READ_ONLY_SNAPSHOT) await connection.query(statement);
    result = await work(connection);
    await connection.query('COMMIT');
  } catch (error) {
    try {
      await connection.query('ROLLBACK');
      connection.release();
    } catch (rollbackError) {
      // The connection is broken: the pool must not lend it again.
      connection.release(rollbackError instanceof Error ? rollbackError : true);
    }
    throw error;
  }
  connection.release();
  return result;
}

async function makePool(connectionString: string, maxConnections: number | undefined): Promise<PostgresPool> {
  const pg = await loadOptionalPackage('pg', 'createPostgresStore', () => import('pg'));
  // `pg` is CommonJS: its exports are the default export of the ES module.
  const Pool = pg.default?.Pool ?? pg.Pool;
  // JIT compilation costs more than it saves on the store's statements (tens of milliseconds each),
  // unless the URL sets the server options itself.
  const options = /[?&]options=/.test(connectionString) ? {} : { options: '-c jit=off' };
  const pool = new Pool({ connectionString, max: maxConnections ?? 10, ...options });
  // An idle connection the server drops is reported here; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/**
 * A store on PostgreSQL. Call `migrate()` before first use (it takes an advisory lock, so several
 * servers may start at once); `close()` ends the pool the store made, never the host's.
 *
 * @example
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL! });
 * await store.migrate();
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<SyncHealthStore> {
  const ownsPool = !('pool' in options);
  const pool = 'pool' in options ? options.pool : await makePool(options.connectionString, options.maxConnections);
  const client: SqlClient = {
    query: (text, params) => pool.query(text, params),
    transaction: (work, transactionOptions) => inTransaction(pool, work, transactionOptions?.readOnly === true),
    close: async () => {
      if (ownsPool) await pool.end();
    },
  };
  return createSqlStore(client, options);
}
