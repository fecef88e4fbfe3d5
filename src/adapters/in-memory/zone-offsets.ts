/**
 * A time zone's offsets over a span of time, read through `Intl` once and then looked up with
 * arithmetic: totals bucket up to 1,000,000 syncs by the zone's days and hours, and one `Intl` call
 * per sync would cost more than the whole rest of the count.
 */
import { DAY_MS, type OffsetAt, offsetsIn } from '../../core/zoned-dates';

/** Offset changes are months apart in every zone; sampling weekly finds each (then to the minute). */
const SAMPLE_MS = 7 * DAY_MS;
const MINUTE_MS = 60_000;

/** One zone's offsets between two moments. */
export interface ZoneOffsets {
  /** The moments the offset changes, ascending. */
  readonly changes: readonly number[];
  /** The offset (ms) before the first change, then after each: one more entry than `changes`. */
  readonly offsets: readonly number[];
  /** The offset at any moment: looked up inside the span, read through `Intl` outside it. */
  readonly offsetAt: OffsetAt;
}

/** Which entry of `offsets` holds at `time` (how many changes happened at or before it). */
export function offsetIndex(changes: readonly number[], time: number): number {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((changes[middle] as number) <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Reads a zone's offsets from `from` to `to` (ms), with a margin of a sample either side. */
export function zoneOffsetsBetween(timeZone: string, from: number, to: number): ZoneOffsets {
  const read = offsetsIn(timeZone);
  const first = from - SAMPLE_MS;
  const last = to + SAMPLE_MS;
  const changes: number[] = [];
  const offsets: number[] = [read(first)];
  for (let time = first; time < last; time += SAMPLE_MS) {
    const offset = read(time + SAMPLE_MS);
    if (offset === offsets.at(-1) || Number.isNaN(offset)) continue;
    // The first minute with the new offset: changes fall on whole minutes.
    let low = time;
    let high = time + SAMPLE_MS;
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (read(middle) === offset) high = middle;
      else low = middle;
    }
    changes.push(high);
    offsets.push(offset);
  }
  const offsetAt: OffsetAt = (time) => (time >= first && time <= last ? (offsets[offsetIndex(changes, time)] as number) : read(time));
  return { changes, offsets, offsetAt };
}
