/**
 * Finds the syncs whose ID, company ID or company name contains a text, as people search: by
 * whatever a ticket gives them. Calling `includes` on 1,000,000 short strings costs more than scanning
 * one long string once, so each kind of text is lower-cased once, its distinct values joined (one per
 * line) into a single text, searched with `indexOf`, and each hit mapped back by the values' start
 * offsets. Company IDs and names repeat across syncs: each sync points at its value by a slot number.
 */
import type { Sync } from '../../core/model';

/** Answers a search (trimmed, lower case) with a flag per entry: 1 where the entry contains it. */
export type TextSearch = (search: string) => Uint8Array;

/** Makes texts searchable: lower-cased and joined once, searched by `indexOf`. */
function searchTexts(texts: readonly string[]): TextSearch {
  // Each text on its own: lower case may be longer ("İ" is two characters in it).
  const lowerCase = texts.map((text) => text.toLowerCase());
  const joined = lowerCase.join('\n');
  /** Where each text starts in `joined`, plus one entry for the end. */
  const starts = new Uint32Array(texts.length + 1);
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
 * Makes a table's syncs searchable by ID, company ID and company name: a flag per sync. Neither IDs
 * nor names change after a retry, so this is made once. `companyIds` are the distinct company IDs
 * and `companyIndexes` each sync's position in them.
 */
export function searchSyncs(syncs: readonly Sync[], companyIds: readonly string[], companyIndexes: Uint32Array): TextSearch {
  const syncIdSearch = searchTexts(syncs.map((sync) => sync.id));
  const companyIdSearch = searchTexts(companyIds);
  // Each sync's company name as a position among the distinct names ('' where it has none).
  const slotByName = new Map<string, number>();
  const nameSlots = Uint32Array.from(syncs, ({ companyName = '' }) => {
    let slot = slotByName.get(companyName);
    if (slot === undefined) slotByName.set(companyName, (slot = slotByName.size));
    return slot;
  });
  const nameSearch = searchTexts([...slotByName.keys()]);
  return (search) => {
    const hits = syncIdSearch(search);
    const companies = companyIdSearch(search);
    const names = nameSearch(search);
    // Most searches are for a sync ID: skip the pass over every sync when no company matched.
    if (companies.includes(1) || names.includes(1)) {
      for (let position = 0; position < hits.length; position += 1) {
        if (companies[companyIndexes[position] as number] === 1 || names[nameSlots[position] as number] === 1) hits[position] = 1;
      }
    }
    return hits;
  };
}
