/**
 * Keeping the planner's statistics and the visibility map up to date where nothing else does: PGlite
 * runs no autovacuum, so after a bulk load it would plan every query for an empty table and never
 * answer a count from an index alone (two to three times slower at 100,000 syncs). The store then
 * runs `VACUUM ANALYZE` itself once enough rows were written since the last time, by autovacuum's
 * own rule (1,000 rows plus a fifth of the table). PostgreSQL's autovacuum needs none of this.
 */
import type { SqlQueryable } from './sql-client';

/** The tables writes are counted for (fixed names, never input). */
export type MaintainedTable = 'syncs' | 'push_items';

/** Rows written before the first maintenance, as autovacuum's threshold. */
const BASE_THRESHOLD = 1000;
/** Share of the table's rows written since the last maintenance that calls for the next. */
const SCALE_FACTOR = 0.2;

/** Counts rows written per table and maintains a table when its count calls for it. */
export class WriteMaintenance {
  private readonly database: SqlQueryable;
  private readonly written = new Map<MaintainedTable, number>();
  private readonly sizeAtLastRun = new Map<MaintainedTable, number>();

  /** Maintains tables through `database` (outside any transaction: VACUUM cannot run in one). */
  constructor(database: SqlQueryable) {
    this.database = database;
  }

  /** Counts `rows` written to `table`, and vacuums and analyzes it when enough were. */
  async afterWrite(table: MaintainedTable, rows: number): Promise<void> {
    const written = (this.written.get(table) ?? 0) + rows;
    const size = this.sizeAtLastRun.get(table) ?? 0;
    if (written < BASE_THRESHOLD + SCALE_FACTOR * size) {
      this.written.set(table, written);
      return;
    }
    this.written.set(table, 0);
    this.sizeAtLastRun.set(table, size + written);
    await this.database.query(table === 'syncs' ? 'VACUUM ANALYZE syncs' : 'VACUUM ANALYZE push_items');
  }
}
