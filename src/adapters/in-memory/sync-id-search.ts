/**
 * Finds the syncs whose ID contains a text. Calling `includes` on 100,000 short strings costs more
 * than scanning one long string once, so the lower-case IDs are joined (one per line) into a single
 * text, searched with `indexOf`, and each hit is mapped back to its sync by the IDs' start offsets.
 */

/** All sync IDs of a table in one searchable text. Sync IDs never change, so it is built once. */
export class SyncIdSearchIndex {
  private readonly text: string;
  /** Where each ID starts in `text`, plus one entry for the end. */
  private readonly starts: Uint32Array;
  private readonly ids: readonly string[];

  /** `lowerCaseIds` are the sync IDs in lower case, by table position. */
  constructor(lowerCaseIds: readonly string[]) {
    this.ids = lowerCaseIds;
    this.text = lowerCaseIds.join('\n');
    this.starts = new Uint32Array(lowerCaseIds.length + 1);
    let offset = 0;
    lowerCaseIds.forEach((id, position) => {
      this.starts[position] = offset;
      offset += id.length + 1;
    });
    this.starts[lowerCaseIds.length] = offset;
  }

  /** A flag per table position: 1 where the sync ID contains `search` (already trimmed and lower case). */
  matching(search: string): Uint8Array {
    const hits = new Uint8Array(this.ids.length);
    if (search.includes('\n')) {
      // A line break would match across two IDs in the joined text: check each ID instead.
      this.ids.forEach((id, position) => {
        if (id.includes(search)) hits[position] = 1;
      });
      return hits;
    }
    let position = 0;
    let from = 0;
    for (;;) {
      const hit = this.text.indexOf(search, from);
      if (hit === -1) break;
      while ((this.starts[position + 1] as number) <= hit) position += 1;
      hits[position] = 1;
      // Carry on from the next ID: one hit per ID is enough.
      from = this.starts[position + 1] as number;
    }
    return hits;
  }
}
