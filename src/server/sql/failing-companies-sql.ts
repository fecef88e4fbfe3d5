/**
 * The companies whose latest matching sync failed (`listFailingCompanies`): per company, its matching
 * syncs newest first (latest start, ties by the greater sync ID), how many of them failed in a row
 * from the latest, and when the first of that run started; ranked most failures first, then failing
 * the longest, ties by company ID, as in the in-memory adapter.
 */
import { toErrorTemplate } from '../../core/error-templates';
import type { Sync } from '../../core/model';
import type { FailingCompaniesQuery, FailingCompany } from '../../core/query';
import { FAILED_STATUS_CATEGORIES } from '../../core/status';
import { matchTroubleshootingPattern } from '../../core/troubleshooting-patterns';
import { SqlParams, type SqlQueryable } from './sql-client';
import { MATCHES_NOTHING, syncFilterSql } from './sync-filter-sql';

/** How many companies when the query does not say (as the in-memory adapter). */
const DEFAULT_LIMIT = 10;

/** The company as the contract describes it, from its latest sync and its run of failures. */
function toFailingCompany(latest: Sync, consecutiveFailures: number, sinceMs: number): FailingCompany {
  const company: FailingCompany = {
    companyId: latest.companyId,
    ...(latest.companyName === undefined ? {} : { companyName: latest.companyName }),
    consecutiveFailures,
    failingSince: new Date(sinceMs).toISOString(),
    latestSyncId: latest.id,
    latestStatusCode: latest.statusCode,
  };
  const errorText = latest.messages.find((message) => message.severity === 'error')?.text;
  if (errorText !== undefined) {
    const template = toErrorTemplate(errorText);
    if (template !== '') company.errorTemplate = template;
    company.errorText = errorText;
    const fixer = matchTroubleshootingPattern(errorText)?.fixer;
    if (fixer !== undefined) company.fixer = fixer;
  }
  return company;
}

/** The failing companies of a query, most affected first. */
export async function queryFailingCompanies(db: SqlQueryable, query: FailingCompaniesQuery): Promise<FailingCompany[]> {
  const wanted = Math.floor(query.limit ?? DEFAULT_LIMIT);
  const limit = wanted >= 0 ? Math.min(wanted, Number.MAX_SAFE_INTEGER) : 0;
  const params = new SqlParams();
  const where = syncFilterSql(query, params);
  if (where === MATCHES_NOTHING || limit === 0) return [];
  const failed = params.add([...FAILED_STATUS_CATEGORIES]);
  const { rows } = await db.query<{ record: Sync; failures: number | string; since_ms: number | string }>(
    `WITH matched AS (
       SELECT s.company_id, s.started_ms, s.record, s.status_category = ANY(${failed}::text[]) AS failed,
              row_number() OVER (PARTITION BY s.company_id ORDER BY s.started_ms DESC, s.id DESC) AS place
         FROM syncs s WHERE ${where}
     ), runs AS (
       SELECT company_id, coalesce(min(place) FILTER (WHERE NOT failed), max(place) + 1) - 1 AS failures
         FROM matched GROUP BY company_id
     )
     SELECT latest.record, runs.failures, earliest.started_ms AS since_ms
       FROM runs
       JOIN matched latest ON latest.company_id = runs.company_id AND latest.place = 1
       JOIN matched earliest ON earliest.company_id = runs.company_id AND earliest.place = runs.failures
      WHERE runs.failures > 0
      ORDER BY runs.failures DESC, earliest.started_ms ASC, runs.company_id ASC
      LIMIT ${params.add(limit)}::bigint`,
    params.values,
  );
  return rows.map((row) => toFailingCompany(row.record, Number(row.failures), Number(row.since_ms)));
}
