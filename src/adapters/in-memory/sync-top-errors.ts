/**
 * The most frequent error messages among the syncs a filter matched: the in-memory adapter's
 * `getTopErrors`, apart from the query engine so that adapters without it (Codat) do not ship it.
 */
import type { Sync } from '../../core/model';
import type { TopError } from '../../core/query';
import type { FilterMatch } from './sync-filter';
import type { SyncTable } from './sync-table';

/**
 * Each filter result's ranking, made once. The engine makes a new result after a status change, so
 * a ranking never outlives the statuses it was counted from, and goes when its result goes.
 */
const rankingByMatch = new WeakMap<FilterMatch, TopError[]>();

/** The `limit` most frequent error messages among the matched syncs, most frequent first, ties by text. */
export function topErrors(table: SyncTable, match: FilterMatch, limit: number): TopError[] {
  let ranked = rankingByMatch.get(match);
  if (!ranked) {
    ranked = rankErrors(table, match);
    rankingByMatch.set(match, ranked);
  }
  return ranked.slice(0, Math.max(0, limit)).map((entry) => ({ ...entry }));
}

/** Counts each error text once per matched sync, then ranks them. */
function rankErrors(table: SyncTable, { mask, count }: FilterMatch): TopError[] {
  const counts = new Map<string, number>();
  if (count > 0) {
    for (let position = 0; position < table.size; position += 1) {
      if (mask !== undefined && mask[position] === 0) continue;
      const { messages } = table.syncs[position] as Sync;
      for (let index = 0; index < messages.length; index += 1) {
        const message = messages[index]!;
        if (message.severity !== 'error') continue;
        // A sync that repeats a message counts once for it.
        if (messages.findIndex((other) => other.severity === 'error' && other.text === message.text) !== index) continue;
        counts.set(message.text, (counts.get(message.text) ?? 0) + 1);
      }
    }
  }
  return [...counts]
    .map(([text, total]) => ({ text, count: total }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
