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
import { SqlParams, type SqlClient } from './sql-client';
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

/**
 * The failing companies of a query, most affected first. Each company's matching syncs are read
 * newest first (in the order of the company index, so without a sort when nothing else narrows the
 * scan); a sync is in the company's run while it and every newer one failed.
 */
export async function queryFailingCompanies(client: SqlClient, query: FailingCompaniesQuery): Promise<FailingCompany[]> {
  const wanted = Math.floor(query.limit ?? DEFAULT_LIMIT);
  const limit = wanted >= 0 ? Math.min(wanted, Number.MAX_SAFE_INTEGER) : 0;
  const params = new SqlParams();
  const where = syncFilterSql(query, params);
  if (where === MATCHES_NOTHING || limit === 0) return [];
  const failed = params.add([...FAILED_STATUS_CATEGORIES]);
  const newestFirst = 'PARTITION BY s.company_id ORDER BY s.started_ms DESC, s.id DESC ROWS UNBOUNDED PRECEDING';
  const { rows } = await client.transaction(
    (db) =>
      db.query<{ record: Sync; failures: number | string; since_ms: number | string }>(
        `WITH runs AS (
           SELECT history.company_id, history.latest_id, count(*) AS failures, min(history.started_ms) AS since_ms
             FROM (SELECT s.company_id, s.started_ms,
                          bool_and(s.status_category = ANY(${failed}::text[])) OVER (${newestFirst}) AS in_run,
                          first_value(s.id) OVER (${newestFirst}) AS latest_id
                     FROM syncs s WHERE ${where}) history
            WHERE history.in_run
            GROUP BY history.company_id, history.latest_id
            ORDER BY failures DESC, since_ms ASC, history.company_id ASC
            LIMIT ${params.add(limit)}::bigint
         )
         SELECT s.record, runs.failures, runs.since_ms FROM runs JOIN syncs s ON s.id = runs.latest_id
          ORDER BY runs.failures DESC, runs.since_ms ASC, runs.company_id ASC`,
        params.values,
      ),
    { readOnly: true },
  );
  return rows.map((row) => toFailingCompany(row.record, Number(row.failures), Number(row.since_ms)));
}
