/**
 * The little the store needs from a database: run a statement with bind parameters, run a few in a
 * transaction, close. `pg` (a pool) and PGlite (one embedded connection) both fit behind it, so the
 * store's SQL is written once.
 */

/** The rows a statement returned. */
export interface SqlResult<Row> {
  /** The rows, one object per row, keyed by column name. */
  rows: Row[];
}

/** Something statements can run on: the client itself, or one transaction of it. */
export interface SqlQueryable {
  /**
   * Runs one statement. Every value goes in `params` (`$1`, `$2` …), never into `text`. Parameters are
   * strings, numbers, `null` or arrays of them; JSON goes in as a string with a `::jsonb` cast.
   */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
}

/** Options of {@link SqlClient.transaction}. */
export interface SqlTransactionOptions {
  /**
   * A read-only transaction on one snapshot (`REPEATABLE READ, READ ONLY`), so that several reads
   * agree with each other while writers carry on.
   * @default false
   */
  readOnly?: boolean;
}

/** A database the store runs on. */
export interface SqlClient extends SqlQueryable {
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when
   * it throws (and the error passed on).
   */
  transaction<T>(work: (transaction: SqlQueryable) => Promise<T>, options?: SqlTransactionOptions): Promise<T>;
  /** Frees the connection (or the pool, when the client made it). */
  close(): Promise<void>;
}

/**
 * The statements that make a transaction a read-only snapshot (see {@link SqlTransactionOptions.readOnly}).
 * They also turn off JIT compilation for it: its reads (totals, error groups) cost enough for
 * PostgreSQL to compile them, which takes longer than running them.
 */
export const READ_ONLY_SNAPSHOT = ['SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY', 'SET LOCAL jit = off'] as const;

/**
 * Collects bind parameters while a statement is put together: each value added gives back its
 * placeholder (`$1`, `$2` …), so the SQL text holds only placeholders and fixed fragments.
 */
export class SqlParams {
  /** The values, in placeholder order. */
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
