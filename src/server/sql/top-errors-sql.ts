/**
 * The largest error groups among the syncs matching a filter (`getTopErrors`): each sync's error
 * templates were worked out when it was written (`error_templates`); the database counts each group's
 * syncs, companies, first and last start, and days in the time zone, and finds its newest sync, whose
 * message of the group is the group's `text`. Groups are ranked here (most syncs first, ties by
 * template as JavaScript compares them), exactly as in the in-memory adapter.
 */
import type { Sync } from '../../core/model';
import type { TopError, TopErrorsQuery } from '../../core/query';
import { DAY_MS } from '../../core/time-units';
import { matchTroubleshootingPattern } from '../../core/troubleshooting-patterns';
import { normalizeFilter } from '../../adapters/in-memory/sync-filter';
import { checkTimeZone } from '../../adapters/in-memory/zone-offsets';
import { SqlParams, type SqlClient, type SqlQueryable } from './sql-client';
import { MATCHES_NOTHING, syncFilterSql } from './sync-filter-sql';
import { ErrorTemplateCache, errorTemplateKey } from './sync-rows';
import { dayNumberSql, wallTimeSql, zoneStepsForStored } from './zone-steps';

/** How many groups when the query does not say (as the in-memory adapter). */
const DEFAULT_LIMIT = 5;

/** What the first pass counts per group. */
interface GroupCount {
  template: string;
  count: number;
  companies: number;
  firstMs: number;
  lastMs: number;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every group's counts (a few thousand groups at most: templates repeat), ranked. */
async function rankedGroups(db: SqlQueryable, where: string, params: SqlParams): Promise<GroupCount[]> {
  const { rows } = await db.query<{ template: string; count: number | string; companies: number | string; first_ms: number | string; last_ms: number | string }>(
    `SELECT t.template, count(*) AS count, count(DISTINCT s.company_id) AS companies,
            min(s.started_ms) AS first_ms, max(s.started_ms) AS last_ms
       FROM syncs s CROSS JOIN LATERAL unnest(s.error_templates) AS t(template)
      WHERE ${where} GROUP BY t.template`,
    params.values,
  );
  return rows
    .map((row) => ({ template: row.template, count: Number(row.count), companies: Number(row.companies), firstMs: Number(row.first_ms), lastMs: Number(row.last_ms) }))
    .sort((a, b) => b.count - a.count || compareText(a.template, b.template));
}

/** The condition "the sync is in one of these groups", for the second pass. */
function inGroups(templates: readonly string[], params: SqlParams): string {
  const keys = params.add(templates.map(errorTemplateKey));
  return `s.error_keys && ${keys}::bigint[] AND t.template = ANY(${params.add(templates)}::text[])`;
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
      const chosen = (await rankedGroups(db, where, params)).slice(0, Math.max(0, limit));
      if (chosen.length === 0) return [];
      const steps = await zoneStepsForStored(db, timeZone, fromMs, toMs);
      const groups = inGroups(chosen.map((group) => group.template), params);
      const newest = await db.query<{ template: string; record: Sync }>(
        `SELECT DISTINCT ON (t.template) t.template, s.record
           FROM syncs s CROSS JOIN LATERAL unnest(s.error_templates) AS t(template)
          WHERE ${where} AND ${groups} ORDER BY t.template, s.started_ms DESC, s.id DESC`,
        params.values,
      );
      const days = await db.query<{ template: string; day: number | string; count: number | string }>(
        `SELECT t.template, ${dayNumberSql(wallTimeSql(steps, params))} AS day, count(*) AS count
           FROM syncs s CROSS JOIN LATERAL unnest(s.error_templates) AS t(template)
          WHERE ${where} AND ${groups} GROUP BY 1, 2`,
        params.values,
      );
      const newestByTemplate = new Map(newest.rows.map((row) => [row.template, row.record]));
      const daysByTemplate = new Map<string, { day: number; count: number }[]>();
      for (const row of days.rows) {
        const list = daysByTemplate.get(row.template) ?? [];
        list.push({ day: Number(row.day), count: Number(row.count) });
        daysByTemplate.set(row.template, list);
      }
      const templates = new ErrorTemplateCache();
      return chosen.map((group) => toTopError(group, newestByTemplate.get(group.template) as Sync, daysByTemplate.get(group.template) ?? [], templates));
    },
    { readOnly: true },
  );
}

function toTopError(group: GroupCount, newest: Sync, days: { day: number; count: number }[], templates: ErrorTemplateCache): TopError {
  const text = newest.messages.find((message) => message.severity === 'error' && templates.templateOf(message.text) === group.template)?.text ?? '';
  const topError: TopError = {
    template: group.template,
    text,
    count: group.count,
    companyCount: group.companies,
    firstSeenAt: new Date(group.firstMs).toISOString(),
    lastSeenAt: new Date(group.lastMs).toISOString(),
    byDay: days.sort((a, b) => a.day - b.day).map(({ day, count }) => ({ day: new Date(day * DAY_MS).toISOString().slice(0, 10), count })),
  };
  const fixer = matchTroubleshootingPattern(text)?.fixer;
  if (fixer !== undefined) topError.fixer = fixer;
  return topError;
}
