/**
 * The most frequent causes of errors among the syncs a filter matched: the in-memory adapter's
 * `getTopErrors`, apart from the query engine so that adapters without it (Codat) do not ship it.
 * Messages are grouped by template through the table's `ErrorTemplateIndex`; the matched syncs are
 * sorted into their groups, then each group's syncs, companies, first and last start and days are
 * counted, reading typed arrays in order.
 */
import type { Sync } from '../../core/model';
import type { TopError } from '../../core/query';
import { DAY_MS } from '../../core/time-units';
import { matchTroubleshootingPattern } from '../../core/troubleshooting-patterns';
import type { ErrorTemplateIndex } from './error-template-index';
import type { FilterMatch } from './sync-filter';
import type { SyncTable } from './sync-table';
import { checkTimeZone, offsetsFor } from './zone-offsets';

/**
 * Each filter result's ranking per time zone, made once. The engine makes a new result after a
 * status change, so a ranking never outlives the messages it was counted from, and goes when its
 * result goes.
 */
const rankingsByMatch = new WeakMap<FilterMatch, Map<string, TopError[]>>();

/**
 * The `limit` largest error groups among the matched syncs, most syncs first, ties by template, with
 * their days counted in `timeZone` (rejected, `unsupported`, when the runtime does not know it).
 */
export function topErrors(table: SyncTable, match: FilterMatch, limit: number, timeZone = 'UTC'): TopError[] {
  checkTimeZone(timeZone);
  let byZone = rankingsByMatch.get(match);
  if (!byZone) rankingsByMatch.set(match, (byZone = new Map()));
  let ranked = byZone.get(timeZone);
  if (!ranked) {
    ranked = rankGroups(table, match, timeZone);
    byZone.set(timeZone, ranked);
  }
  return ranked.slice(0, Math.max(0, limit)).map((group) => ({ ...group, byDay: group.byDay.map((day) => ({ ...day })) }));
}

/**
 * The matched syncs of each group laid out group after group (a counting sort): group `number`'s are
 * at `starts[number]` up to `starts[number + 1]` of `positions` (in table order), with their company
 * and start beside them, copied while the table is read in order, so that counting a group reads
 * its lists in order too instead of jumping about a million-row table. Two passes over the matched
 * syncs, no allocation per sync.
 */
function positionsByGroup(table: SyncTable, index: ErrorTemplateIndex, mask: Uint8Array | undefined) {
  const numbers = index.numbersOf();
  const starts = new Uint32Array(index.templates.length + 1);
  for (let position = 0; position < table.size; position += 1) {
    if (mask !== undefined && mask[position] === 0) continue;
    for (let slot = index.startOf(position); slot < index.endOf(position); slot += 1) {
      const after = (numbers[slot] as number) + 1;
      starts[after] = (starts[after] as number) + 1;
    }
  }
  for (let number = 1; number < starts.length; number += 1) starts[number] = (starts[number] as number) + (starts[number - 1] as number);
  const next = starts.slice(0, -1);
  const pairs = starts[starts.length - 1] as number;
  const positions = new Uint32Array(pairs);
  const companies = new Uint32Array(pairs);
  const startedMs = new Float64Array(pairs);
  for (let position = 0; position < table.size; position += 1) {
    if (mask !== undefined && mask[position] === 0) continue;
    if (index.startOf(position) === index.endOf(position)) continue;
    const started = table.startedAtMs[position] as number;
    for (let slot = index.startOf(position); slot < index.endOf(position); slot += 1) {
      const number = numbers[slot] as number;
      const pair = next[number] as number;
      positions[pair] = position;
      companies[pair] = table.companyIndexes[position] as number;
      startedMs[pair] = started;
      next[number] = pair + 1;
    }
  }
  return { starts, positions, companies, startedMs };
}

/** Counts each group once per matched sync, then ranks the groups. */
function rankGroups(table: SyncTable, { mask, count }: FilterMatch, timeZone: string): TopError[] {
  if (count === 0) return [];
  const index = table.errorTemplates();
  const { starts, positions, companies: companyOf, startedMs } = positionsByGroup(table, index, mask);
  const offsetAt = offsetsFor(timeZone);
  // The group a company was last counted for: groups are tallied one after another, so one stamp per company tells "seen in this group".
  const companyStamps = new Uint32Array(table.companyIds.length);
  const groups: TopError[] = [];
  for (let number = 0; number < index.templates.length; number += 1) {
    const start = starts[number] as number;
    const end = starts[number + 1] as number;
    if (end === start) continue;
    let companies = 0;
    let newest = positions[start] as number;
    let newestMs = startedMs[start] as number;
    let firstMs = Infinity;
    let lastMs = -Infinity;
    const days = new Map<number, number>();
    for (let slot = start; slot < end; slot += 1) {
      const company = companyOf[slot] as number;
      if (companyStamps[company] !== number + 1) {
        companyStamps[company] = number + 1;
        companies += 1;
      }
      const started = startedMs[slot] as number;
      if (started >= newestMs && isNewer(table, positions[slot] as number, newest)) {
        newest = positions[slot] as number;
        newestMs = started;
      }
      if (!Number.isFinite(started)) continue;
      if (started < firstMs) firstMs = started;
      if (started > lastMs) lastMs = started;
      const day = Math.floor((started + offsetAt(started)) / DAY_MS);
      days.set(day, (days.get(day) ?? 0) + 1);
    }
    groups.push(toGroup(table, index, number, { count: end - start, companies, firstMs, lastMs, newest, byDay: dayList(days) }));
  }
  return groups.sort((a, b) => b.count - a.count || (a.template < b.template ? -1 : a.template > b.template ? 1 : 0));
}

/** What the tally learnt about a group. */
interface Tally {
  count: number;
  /** How many companies its syncs belong to. */
  companies: number;
  firstMs: number;
  lastMs: number;
  /** The newest of its syncs (latest start, ties by the greater sync ID: first in the list's default order). */
  newest: number;
  /** Its syncs per day. */
  byDay: TopError['byDay'];
}

function isNewer(table: SyncTable, position: number, than: number): boolean {
  const started = table.startedAtMs[position] as number;
  const other = table.startedAtMs[than] as number;
  return started > other || (started === other && (table.syncs[position] as Sync).id > (table.syncs[than] as Sync).id);
}

/** Syncs per day number (days since 1970-01-01 on the zone's wall clock), oldest first, as `YYYY-MM-DD`. */
function dayList(days: Map<number, number>): TopError['byDay'] {
  return [...days].sort(([a], [b]) => a - b).map(([day, count]) => ({ day: new Date(day * DAY_MS).toISOString().slice(0, 10), count }));
}

/** A time as the contract writes it; a sync whose start could not be read keeps its own text. */
function timeText(ms: number, sync: Sync): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : sync.startedAt;
}

function toGroup(table: SyncTable, index: ErrorTemplateIndex, number: number, tally: Tally): TopError {
  const newest = table.syncs[tally.newest] as Sync;
  const text = newest.messages.find((message) => message.severity === 'error' && index.numberOfText(message.text) === number)?.text ?? '';
  const group: TopError = {
    template: index.templates[number] as string,
    text,
    count: tally.count,
    companyCount: tally.companies,
    firstSeenAt: timeText(tally.firstMs, newest),
    lastSeenAt: timeText(tally.lastMs, newest),
    byDay: tally.byDay,
  };
  const fixer = matchTroubleshootingPattern(text)?.fixer;
  if (fixer !== undefined) group.fixer = fixer;
  return group;
}
