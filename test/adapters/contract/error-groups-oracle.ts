/**
 * The contract's error groups and failing companies written the plainest way possible, straight from
 * the TSDoc of `TopError` and `FailingCompany` in `src/core/query.ts`: filter the syncs, group them
 * in maps, sort. Days come from `dayIn` (the zone's offset read for each sync), independently of the
 * in-memory adapter's cached offsets.
 */
import { toErrorTemplate } from '../../../src/core/error-templates';
import type { Sync } from '../../../src/core/model';
import type { FailingCompany, SyncFilter, TopError } from '../../../src/core/query';
import { isFailedCategory, statusCategoryOf } from '../../../src/core/status';
import { matchTroubleshootingPattern } from '../../../src/core/troubleshooting';
import { dayIn } from '../../../src/core/zoned-dates';
import { matchesFilter } from './contract-oracle';

const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
const iso = (time: string) => new Date(time).toISOString();

/** Newest first, ties by the greater sync ID: the order `listSyncs` lists by default. */
const newestFirst = (a: Sync, b: Sync) => compare(Date.parse(b.startedAt), Date.parse(a.startedAt)) || compare(b.id, a.id);

/** The templates of a sync's error messages, blank ones left out. */
function templatesOf(sync: Sync): Set<string> {
  return new Set(sync.messages.filter((message) => message.severity === 'error').map((message) => toErrorTemplate(message.text)).filter((template) => template !== ''));
}

/** The `limit` largest error groups among the syncs matching a filter, days counted in `timeZone`. */
export function expectedTopErrors(syncs: readonly Sync[], filter: SyncFilter, limit: number, timeZone = 'UTC'): TopError[] {
  const members = new Map<string, Sync[]>();
  for (const sync of syncs.filter((candidate) => matchesFilter(candidate, filter))) {
    for (const template of templatesOf(sync)) members.set(template, [...(members.get(template) ?? []), sync]);
  }
  const groups = [...members].map(([template, group]): TopError => {
    const ordered = [...group].sort(newestFirst);
    const newest = ordered[0]!;
    const text = newest.messages.find((message) => message.severity === 'error' && toErrorTemplate(message.text) === template)!.text;
    const days = new Map<string, number>();
    for (const sync of group) days.set(dayIn(sync.startedAt, timeZone), (days.get(dayIn(sync.startedAt, timeZone)) ?? 0) + 1);
    const fixer = matchTroubleshootingPattern(text)?.fixer;
    return {
      template,
      text,
      count: group.length,
      companyCount: new Set(group.map((sync) => sync.companyId)).size,
      firstSeenAt: iso(ordered.at(-1)!.startedAt),
      lastSeenAt: iso(newest.startedAt),
      byDay: [...days].sort(([a], [b]) => compare(a, b)).map(([day, count]) => ({ day, count })),
      ...(fixer === undefined ? {} : { fixer }),
    };
  });
  return groups.sort((a, b) => b.count - a.count || compare(a.template, b.template)).slice(0, limit);
}

const failed = (sync: Sync) => isFailedCategory(statusCategoryOf(sync.statusCode));

/** The `limit` most affected companies whose latest sync among those matching a filter failed. */
export function expectedFailingCompanies(syncs: readonly Sync[], filter: SyncFilter, limit: number): FailingCompany[] {
  const byCompany = new Map<string, Sync[]>();
  for (const sync of syncs.filter((candidate) => matchesFilter(candidate, filter))) byCompany.set(sync.companyId, [...(byCompany.get(sync.companyId) ?? []), sync]);
  const companies: FailingCompany[] = [];
  for (const [companyId, history] of byCompany) {
    const ordered = [...history].sort(newestFirst);
    const run = ordered.findIndex((sync) => !failed(sync));
    const consecutiveFailures = run === -1 ? ordered.length : run;
    if (consecutiveFailures === 0) continue;
    const latest = ordered[0]!;
    const errorText = latest.messages.find((message) => message.severity === 'error')?.text;
    const errorTemplate = errorText === undefined ? '' : toErrorTemplate(errorText);
    const fixer = errorText === undefined ? undefined : matchTroubleshootingPattern(errorText)?.fixer;
    companies.push({
      companyId,
      ...(latest.companyName === undefined ? {} : { companyName: latest.companyName }),
      consecutiveFailures,
      failingSince: iso(ordered[consecutiveFailures - 1]!.startedAt),
      latestSyncId: latest.id,
      latestStatusCode: latest.statusCode,
      ...(errorTemplate === '' ? {} : { errorTemplate }),
      ...(errorText === undefined ? {} : { errorText }),
      ...(fixer === undefined ? {} : { fixer }),
    });
  }
  return companies
    .sort((a, b) => b.consecutiveFailures - a.consecutiveFailures || compare(Date.parse(a.failingSince), Date.parse(b.failingSince)) || compare(a.companyId, b.companyId))
    .slice(0, limit);
}
