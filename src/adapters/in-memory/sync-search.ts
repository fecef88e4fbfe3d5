/**
 * Finds the syncs whose ID, company ID or company name contains a text, as people search: by
 * whatever a ticket gives them. Calling `includes` on 1,000,000 short strings costs more than scanning
 * one long string once, so each kind of text is lower-cased once, its distinct values joined (one per
 * line) into a single text, searched with `indexOf`, and each hit mapped back by the values' start
 * offsets. Company IDs and names repeat across syncs: each sync points at its value by a slot number.
 */
import type { SyncTable } from './sync-table';

/** Answers a search (trimmed, lower case) with a flag per entry: 1 where the entry contains it. */
type TextSearch = (search: string) => Uint8Array;

/** Makes lower-case texts searchable: joined once, searched by `indexOf`. */
function searchTexts(lowerCase: readonly string[]): TextSearch {
  const joined = lowerCase.join('\n');
  /** Where each text starts in `joined`, plus one entry for the end. */
  const starts = new Uint32Array(lowerCase.length + 1);
  lowerCase.forEach((text, index) => {
    starts[index + 1] = (starts[index] as number) + text.length + 1;
  });
  return (search) => {
    const hits = new Uint8Array(starts.length - 1);
    let index = 0;
    for (let hit = joined.indexOf(search); hit !== -1; ) {
      while ((starts[index + 1] as number) <= hit) index += 1;
      const next = starts[index + 1] as number;
      // A hit that runs into the next text (a search with a line break) is no hit; no later one in
      // this text can end before it does, so either way carry on from the next text.
      if (hit + search.length < next) hits[index] = 1;
      hit = joined.indexOf(search, next);
    }
    return hits;
  };
}

/**
 * Each table's search: its texts joined on the first search, then kept (neither IDs nor names change
 * after a retry), and dropped with the table.
 */
const searches = new WeakMap<SyncTable, TextSearch>();

function searchTable(table: SyncTable): TextSearch {
  const syncIdSearch = searchTexts(table.syncIdsLowerCase);
  // Text by text, not joined: where lower case is longer ("İ"), each text's start stays right.
  const companyIdSearch = searchTexts(table.companyIds.map((companyId) => companyId.toLowerCase()));
  const nameSearch = searchTexts(table.companyNames.map((name = '') => name.toLowerCase()));
  const { companyIndexes, companyNameIndexes } = table;
  return (search) => {
    const hits = syncIdSearch(search);
    const companies = companyIdSearch(search);
    const names = nameSearch(search);
    // Most searches are for a sync ID: skip the pass over every sync when no company matched.
    if (companies.includes(1) || names.includes(1)) {
      for (let position = 0; position < hits.length; position += 1) {
        if (companies[companyIndexes[position] as number] === 1 || names[companyNameIndexes[position] as number] === 1) hits[position] = 1;
      }
    }
    return hits;
  };
}

/** A flag per sync of the table: 1 where its ID, company ID or company name contains `search` (trimmed, lower case). */
export function syncsContaining(table: SyncTable, search: string): Uint8Array {
  let tableSearch = searches.get(table);
  if (tableSearch === undefined) {
    tableSearch = searchTable(table);
    searches.set(table, tableSearch);
  }
  return tableSearch(search);
}
