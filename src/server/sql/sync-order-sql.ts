/**
 * The orders a sync list can take, as SQL: one fixed sort expression per `SyncSortField` (never the
 * caller's text), ties broken by sync ID in the same direction, so descending is exactly ascending
 * reversed, as in the in-memory adapter. A running sync has no end: it sorts after every ended one by
 * `endedAt` ascending, and its duration runs until the store's "now".
 */
import { SyncHealthError } from '../../core/errors';
import { DEFAULT_SYNC_SORT, SYNC_SORT_FIELDS, type SyncSort, type SyncSortField } from '../../core/query';
import type { SqlParams } from './sql-client';

/** The largest `bigint`: the end of a sync still running, so that it sorts after every ended one. */
const NO_END = '9223372036854775807';

/** A sort as SQL: the expression, its type (for keyset parameters) and the direction. */
export interface SyncOrderSql {
  /** The sort expression over `syncs s`, never null. */
  expression: string;
  /** The SQL type of the expression, for casting a keyset parameter. */
  type: 'bigint' | 'float8' | 'text';
  /** `ASC` or `DESC`. */
  direction: 'ASC' | 'DESC';
  /** `ORDER BY` terms (without the words), the sync ID breaking ties. */
  orderBy: string;
}

function expressionOf(field: SyncSortField, nowMs: number, params: SqlParams): Pick<SyncOrderSql, 'expression' | 'type'> {
  switch (field) {
    case 'startedAt':
      return { expression: 's.started_ms', type: 'bigint' };
    case 'endedAt':
      return { expression: `coalesce(s.ended_ms, ${NO_END})`, type: 'bigint' };
    case 'duration':
      return { expression: `greatest(0, coalesce(s.duration_ms, ${params.add(nowMs)}::bigint - s.started_ms))`, type: 'bigint' };
    case 'statusCode':
      return { expression: 's.status_code', type: 'float8' };
    case 'companyId':
      return { expression: 's.company_id', type: 'text' };
    case 'syncId':
      return { expression: 's.id', type: 'text' };
  }
}

/**
 * The SQL of a sort (default newest first). Any direction but `asc` is descending, as in memory; a
 * field the contract does not list is refused (`unsupported`).
 */
export function syncOrderSql(sort: SyncSort | undefined, nowMs: number, params: SqlParams): SyncOrderSql {
  const { field, direction: requested } = sort ?? DEFAULT_SYNC_SORT;
  if (!SYNC_SORT_FIELDS.includes(field)) {
    throw new SyncHealthError('unsupported', `Syncs cannot be sorted by ${JSON.stringify(String(field))}: use one of ${SYNC_SORT_FIELDS.join(', ')}.`);
  }
  const direction = requested === 'asc' ? 'ASC' : 'DESC';
  const { expression, type } = expressionOf(field, Math.floor(nowMs), params);
  return { expression, type, direction, orderBy: `${expression} ${direction}, s.id ${direction}` };
}
