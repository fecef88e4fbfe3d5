/**
 * A push item's `pushedRecord` and `platformResponse` are free-form JSON from the backend, shown as
 * JSON. Whatever arrives there (anything fast-check makes up, values JSON cannot hold, cycles, deep
 * nesting, huge lists and strings, prototype-polluting keys), the item either validates to plain,
 * bounded JSON that survives a JSON round trip, or is rejected with an `invalidResponse` error naming
 * the part; nothing else escapes, and no prototype is polluted.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isSyncHealthError } from '../../../src/core/errors';
import { parsePushItem } from '../../../src/core/validate';
import { PUSH_ITEM_JSON_BOUNDS } from '../../../src/core/validate-json';
import { makePushItem } from '../../support/fixtures';
import { caseCounter, fuzzParameters, validationRuns } from './fuzz-settings';
import { hostileValue, prototypeIsPolluted } from './hostile-values';

const counter = caseCounter('push item JSON');

/** Nests a value `depth` levels deep, in lists or objects. */
const nested = fc.tuple(fc.integer({ min: 40, max: 90 }), fc.boolean(), fc.jsonValue({ maxDepth: 1 })).map(([depth, inLists, leaf]) => {
  let value: unknown = leaf;
  for (let level = 0; level < depth; level += 1) value = inLists ? [value] : { next: value };
  return value;
});

/** Lists and texts around the bounds, and a cycle. */
const large = fc.oneof(
  fc.integer({ min: PUSH_ITEM_JSON_BOUNDS.maxValues - 3, max: PUSH_ITEM_JSON_BOUNDS.maxValues + 3 }).map((length) => Array.from({ length }, (_, index) => index)),
  fc.integer({ min: 8, max: 12 }).map((count) => Array.from({ length: count }, () => 'x'.repeat(100_000))),
  fc.constant(null).map(() => {
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    return cycle;
  }),
);

/** A plausible record with a hostile value somewhere inside it. */
const withHostilePart = fc.tuple(fc.jsonValue({ maxDepth: 3 }), hostileValue, fc.string({ maxLength: 12 })).map(([record, hostile, key]) => ({
  record,
  lines: [{ [key]: hostile }],
}));

const anyPart = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 5 }) },
  { weight: 3, arbitrary: withHostilePart },
  { weight: 2, arbitrary: hostileValue },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: large },
);

function countValues(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((sum: number, element) => sum + countValues(element), 0);
  if (typeof value === 'object' && value !== null) return 1 + Object.values(value).reduce((sum: number, element) => sum + countValues(element), 0);
  return 1;
}

describe('fuzzing a push item’s pushed record and platform response', () => {
  afterAll(() => counter.report());

  it('validates to plain bounded JSON, or rejects naming the part', () => {
    fc.assert(
      fc.property(anyPart, anyPart, (pushedRecord, platformResponse) => {
        let parsed: ReturnType<typeof parsePushItem> | undefined;
        try {
          parsed = parsePushItem({ ...makePushItem(), pushedRecord, platformResponse });
        } catch (error) {
          expect(isSyncHealthError(error), String(error)).toBe(true);
          if (!isSyncHealthError(error)) return;
          expect(error.kind).toBe('invalidResponse');
          expect(error.message).toMatch(/^(pushedRecord|platformResponse)([.[].*)? should be .+\.$/s);
          expect(error.message.length).toBeLessThan(400);
          counter.record('rejected');
          return;
        } finally {
          expect(prototypeIsPolluted()).toBe(false);
        }
        for (const part of [parsed.pushedRecord, parsed.platformResponse]) {
          if (part === undefined) continue;
          expect(JSON.parse(JSON.stringify(part))).toEqual(part);
          expect(countValues(part)).toBeLessThanOrEqual(PUSH_ITEM_JSON_BOUNDS.maxValues);
        }
        expect(parsePushItem(parsed)).toEqual(parsed);
        counter.record('accepted');
      }),
      fuzzParameters(Math.max(100, Math.round(validationRuns / 3))),
    );
  }, 120_000);
});
