/**
 * The companies whose latest matching sync failed: the in-memory adapter's `listFailingCompanies`,
 * apart from the query engine so that adapters without it (Codat) do not ship it. One pass over the
 * matched syncs, newest first, with a few numbers per company: its latest sync and how far back its
 * run of failures goes.
 */
import type { Sync } from '../../core/model';
import type { FailingCompany } from '../../core/query';
import { FAILED_STATUS_CATEGORIES, SYNC_STATUS_CATEGORIES } from '../../core/status';
import { matchTroubleshootingPattern } from '../../core/troubleshooting-patterns';
import type { FilterMatch } from './sync-filter';
import type { SyncTable } from './sync-table';

/** The failing companies in rank order; each entry is made the first time it is asked for. */
interface Ranking {
  size: number;
  entry(rank: number): FailingCompany;
}

/** Each filter result's ranking, made once (a status change makes a new result, see `sync-top-errors.ts`). */
const rankingByMatch = new WeakMap<FilterMatch, Ranking>();

/**
 * The `limit` most affected companies whose latest matched sync failed: most failures in a row
 * first, then failing the longest, ties by company ID. `byStart` gives every sync's position in
 * start order (ties by sync ID), which is read backwards, newest first, skipping the syncs the
 * filter did not match; it is only called when the ranking is not cached yet.
 */
export function failingCompanies(table: SyncTable, match: FilterMatch, byStart: () => Uint32Array, limit: number): FailingCompany[] {
  let ranked = rankingByMatch.get(match);
  if (!ranked) {
    ranked = rankCompanies(table, match.mask, match.count === 0 ? new Uint32Array(0) : byStart());
    rankingByMatch.set(match, ranked);
  }
  const size = Math.min(ranked.size, Math.max(0, Math.floor(limit)));
  return Array.from({ length: size }, (_, rank) => ({ ...ranked.entry(rank) }));
}

/** A company's state while the syncs go by, newest first. */
const UNSEEN = 0;
const FAILING = 1;
const SETTLED = 2;

function rankCompanies(table: SyncTable, mask: Uint8Array | undefined, byStart: Uint32Array): Ranking {
  const slotCategories = table.slotCategoryIndexes();
  const failedSlot = Uint8Array.from(slotCategories, (category) => (FAILED_STATUS_CATEGORIES.includes(SYNC_STATUS_CATEGORIES[category]!) ? 1 : 0));
  const companyCount = table.companyIds.length;
  const state = new Uint8Array(companyCount);
  const failures = new Uint32Array(companyCount);
  const earliestFailed = new Uint32Array(companyCount);
  const latest = new Uint32Array(companyCount);
  const failing: number[] = [];
  const { codeSlots, companyIndexes } = table;
  for (let step = byStart.length - 1; step >= 0; step -= 1) {
    const position = byStart[step] as number;
    if (mask !== undefined && mask[position] === 0) continue;
    const company = companyIndexes[position] as number;
    const seen = state[company];
    if (seen === SETTLED) continue;
    const failed = failedSlot[codeSlots[position] as number] === 1;
    if (!failed) {
      state[company] = SETTLED;
      continue;
    }
    if (seen === UNSEEN) {
      state[company] = FAILING;
      latest[company] = position;
      failing.push(company);
    }
    failures[company] = (failures[company] as number) + 1;
    earliestFailed[company] = position;
  }
  const since = (company: number) => table.startedAtMs[earliestFailed[company] as number] as number;
  const idOf = (company: number) => table.companyIds[company] as string;
  failing.sort(
    (a, b) =>
      (failures[b] as number) - (failures[a] as number) ||
      since(a) - since(b) ||
      (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0),
  );
  const entries: FailingCompany[] = [];
  const entry = (rank: number) => {
    const company = failing[rank] as number;
    entries[rank] ??= toFailingCompany(
      table,
      table.syncs[latest[company] as number] as Sync,
      table.syncs[earliestFailed[company] as number] as Sync,
      failures[company] as number,
      since(company),
    );
    return entries[rank];
  };
  return { size: failing.length, entry };
}

function toFailingCompany(table: SyncTable, latest: Sync, earliestFailed: Sync, consecutiveFailures: number, sinceMs: number): FailingCompany {
  const company: FailingCompany = {
    companyId: latest.companyId,
    ...(latest.companyName === undefined ? {} : { companyName: latest.companyName }),
    consecutiveFailures,
    failingSince: Number.isFinite(sinceMs) ? new Date(sinceMs).toISOString() : earliestFailed.startedAt,
    latestSyncId: latest.id,
    latestStatusCode: latest.statusCode,
  };
  const errorText = latest.messages.find((message) => message.severity === 'error')?.text;
  if (errorText !== undefined) {
    const template = table.errorTemplates().templateOfText(errorText);
    if (template !== undefined) company.errorTemplate = template;
    company.errorText = errorText;
    const fixer = matchTroubleshootingPattern(errorText)?.fixer;
    if (fixer !== undefined) company.fixer = fixer;
  }
  return company;
}
