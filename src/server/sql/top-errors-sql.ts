/**
 * The largest error groups among the syncs matching a filter (`getTopErrors`): each sync's error
 * templates were worked out when it was written (`error_templates`); in one pass over the matching
 * syncs the database counts each group's syncs, companies, first and last start and days in the time
 * zone, and finds its newest sync, whose message of the group is the group's `text`. Groups are
 * ranked here (most syncs first, ties by template as JavaScript compares them), exactly as in the
 * in-memory adapter.
 */
import type { Sync } from '../../core/model';
import type { TopError, TopErrorsQuery } from '../../core/query';
import { DAY_MS } from '../../core/time-units';
import { matchTroubleshootingPattern } from '../../core/troubleshooting-patterns';
import { normalizeFilter } from '../../adapters/in-memory/sync-filter';
import { checkTimeZone } from '../../adapters/in-memory/zone-offsets';
import { SqlParams, type SqlClient, type SqlQueryable } from './sql-client';
import { MATCHES_NOTHING, syncFilterSql } from './sync-filter-sql';
import { ErrorTemplateCache } from './sync-rows';
import { dayNumberSql, wallTimeSql, zoneStepsForStored } from './zone-steps';

/** How many groups when the query does not say (as the in-memory adapter). */
const DEFAULT_LIMIT = 5;

/** What the database counts per group. */
interface GroupCount {
  template: string;
  count: number;
  companies: number;
  firstMs: number;
  lastMs: number;
  /** The group's newest sync (latest start, ties by the greater ID): its order key. */
  newestId: string;
  /** Syncs per day number (days since 1970-01-01 on the zone's clock). */
  days: [day: number, count: number][];
}

/** Width of a start time written as text, so that text order is time order (times are from 1970 on). */
const START_DIGITS = 16;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every group's counts, in one pass over the matching syncs' error templates (a few thousand groups
 * at most: templates repeat), ranked.
 */
async function rankedGroups(db: SqlQueryable, where: string, dayNumber: string, params: SqlParams): Promise<GroupCount[]> {
  const { rows } = await db.query<{
    template: string;
    count: number | string;
    companies: number | string;
    first_ms: number | string;
    last_ms: number | string;
    newest: string;
    days: [number | string, number | string][];
  }>(
    `WITH members AS MATERIALIZED (
       SELECT t.template, s.company_id, s.started_ms, lpad(s.started_ms::text, ${START_DIGITS}, '0') || s.id AS newness, ${dayNumber} AS day
         FROM syncs s CROSS JOIN LATERAL unnest(s.error_templates) AS t(template)
        WHERE ${where}
     ), days AS (
       SELECT template, json_agg(json_build_array(day, count) ORDER BY day) AS days
         FROM (SELECT template, day, count(*) AS count FROM members GROUP BY 1, 2) per_day GROUP BY template
     )
     SELECT groups.*, days.days FROM (
       SELECT template, count(*) AS count, count(DISTINCT company_id) AS companies,
              min(started_ms) AS first_ms, max(started_ms) AS last_ms, max(newness) AS newest
         FROM members GROUP BY template
     ) groups JOIN days USING (template)`,
    params.values,
  );
  return rows
    .map((row) => ({
      template: row.template,
      count: Number(row.count),
      companies: Number(row.companies),
      firstMs: Number(row.first_ms),
      lastMs: Number(row.last_ms),
      newestId: row.newest.slice(START_DIGITS),
      days: row.days.map(([day, count]): [number, number] => [Number(day), Number(count)]),
    }))
    .sort((a, b) => b.count - a.count || compareText(a.template, b.template));
}

/** The error groups of a query. An unknown time zone is rejected (`unsupported`) before anything is read. */
export async function queryTopErrors(client: SqlClient, query: TopErrorsQuery): Promise<TopError[]> {
  const timeZone = checkTimeZone(query.timeZone ?? 'UTC');
  const limit = query.limit ?? DEFAULT_LIMIT;
  const params = new SqlParams();
  const where = syncFilterSql(query, params);
  if (where === MATCHES_NOTHING) return [];
  const { fromMs, toMs } = normalizeFilter(query);
  return client.transaction(
    async (db) => {
      const steps = await zoneStepsForStored(db, timeZone, fromMs, toMs);
      const chosen = (await rankedGroups(db, where, dayNumberSql(wallTimeSql(steps, params)), params)).slice(0, Math.max(0, limit));
      if (chosen.length === 0) return [];
      const newest = await db.query<{ id: string; record: Sync }>('SELECT id, record FROM syncs WHERE id = ANY($1::text[])', [chosen.map((group) => group.newestId)]);
      const records = new Map(newest.rows.map((row) => [row.id, row.record]));
      const templates = new ErrorTemplateCache();
      return chosen.map((group) => toTopError(group, records.get(group.newestId) as Sync, templates));
    },
    { readOnly: true },
  );
}

function toTopError(group: GroupCount, newest: Sync, templates: ErrorTemplateCache): TopError {
  const text = newest.messages.find((message) => message.severity === 'error' && templates.templateOf(message.text) === group.template)?.text ?? '';
  const topError: TopError = {
    template: group.template,
    text,
    count: group.count,
    companyCount: group.companies,
    firstSeenAt: new Date(group.firstMs).toISOString(),
    lastSeenAt: new Date(group.lastMs).toISOString(),
    byDay: group.days.map(([day, count]) => ({ day: new Date(day * DAY_MS).toISOString().slice(0, 10), count })),
  };
  const fixer = matchTroubleshootingPattern(text)?.fixer;
  if (fixer !== undefined) topError.fixer = fixer;
  return topError;
}
