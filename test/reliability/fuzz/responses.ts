/**
 * Generated adapter answers: a well-formed answer for every adapter method (with the awkward but legal
 * cases a real backend produces: duplicate IDs, empty pages, totals that disagree with the items,
 * unknown status codes, time-zone offsets, huge lists of messages), then zero to three mutations
 * that break it (a field deleted, replaced by a hostile value, wrapped in a list, or the whole answer
 * swapped for something else). A scenario also lets a call fail instead of answering.
 */
import fc from 'fast-check';
import { SyncHealthError, type SyncHealthErrorKind } from '../../../src/core/errors';
import { PUSH_ITEM_STATUSES, SYNC_PRODUCTS } from '../../../src/core/model';
import { SYNC_STATUS_CATEGORIES } from '../../../src/core/status-category';
import { hostileValue } from './hostile-values';

/** The codes the status table knows, and codes it does not. */
const KNOWN_CODES = [1000, 1010, 2000, 2040, 4000, 4040, 4220, 4260, 5000, 5080, 5120, 5130];
const statusCode = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KNOWN_CODES) }, { weight: 1, arbitrary: fc.integer({ min: -10, max: 10_000 }) });

const EARLIEST = Date.UTC(2020, 0, 1);
const LATEST = Date.UTC(2027, 11, 31);
const OFFSETS = ['Z', 'Z', '+02:00', '-05:30', '+0000'];

/** A legal timestamp, sometimes with an offset instead of `Z`. */
const timestamp = fc.tuple(fc.integer({ min: EARLIEST, max: LATEST }), fc.constantFrom(...OFFSETS)).map(([time, offset]) => {
  const iso = new Date(time).toISOString();
  return offset === 'Z' ? iso : iso.replace('Z', offset);
});

/** A start and an end at or after it (same instant, in UTC form). */
const period = fc.tuple(fc.integer({ min: EARLIEST, max: LATEST }), fc.integer({ min: 0, max: 3 * 86_400_000 })).map(([start, length]) => ({
  startedAt: new Date(start).toISOString(),
  endedAt: new Date(start + length).toISOString(),
}));

/** IDs from a small pool, so pages often repeat one. */
const id = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('sync-1', 'sync-2', 'sync-3', 'a', 'b') }, { weight: 2, arbitrary: fc.uuid() });
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('Customer 8a1f does not exist.', 'Account 4000 is archived', 'x'.repeat(5000)));
const count = fc.nat({ max: 10_000 });

const message = fc.record(
  { severity: fc.constantFrom('error', 'warning', 'note'), text, recordId: fc.string({ maxLength: 12 }) },
  { requiredKeys: ['severity', 'text'] },
);
const itemCounts = fc.record(Object.fromEntries(PUSH_ITEM_STATUSES.map((status) => [status, count])) as Record<string, typeof count>);
const byCategory = fc.record(Object.fromEntries(SYNC_STATUS_CATEGORIES.map((category) => [category, count])) as Record<string, typeof count>, {
  requiredKeys: [],
});

/** A well-formed support-facing sync (optional fields sometimes left out). */
export const validSync = fc
  .tuple(
    period,
    fc.record(
      {
        id,
        companyId: id,
        companyName: text,
        product: fc.constantFrom(...SYNC_PRODUCTS),
        statusCode,
        statusText: text,
        sourcePlatform: fc.constantFrom('Pleo', 'Shopify', ''),
        targetPlatform: fc.constantFrom('Xero', 'QuickBooks Online'),
        dataRange: fc.record({ from: timestamp, to: timestamp }, { requiredKeys: [] }),
        dataPushed: fc.boolean(),
        messages: fc.array(message, { maxLength: 4 }),
        internalMessage: text,
        itemCounts,
      },
      { requiredKeys: ['id', 'companyId', 'product', 'statusCode'] },
    ),
    fc.boolean(),
  )
  .map(([times, fields, running]) => ({ ...fields, startedAt: times.startedAt, ...(running ? {} : { endedAt: times.endedAt }) }));

/** A well-formed customer sync. */
export const validCustomerSync = fc
  .tuple(period, fc.record({ id, statusCode, messages: fc.array(message, { maxLength: 3 }), dataRange: fc.record({ from: timestamp, to: timestamp }) }, { requiredKeys: ['id', 'statusCode'] }))
  .map(([times, fields]) => ({ ...fields, ...times }));

/** A well-formed push item. */
export const validPushItem = fc
  .tuple(
    period,
    fc.record(
      {
        id,
        coreId: fc.string({ maxLength: 12 }),
        dataType: fc.constantFrom('expenses', 'bills', 'creditNotes', 'somethingNew', ''),
        status: fc.constantFrom(...PUSH_ITEM_STATUSES),
        errorMessage: text,
        validationErrors: fc.array(fc.record({ message: text, validatorName: fc.string({ maxLength: 10 }) }, { requiredKeys: ['message'] }), { maxLength: 2 }),
        validationWarnings: fc.array(fc.record({ message: text }), { maxLength: 2 }),
        attempts: fc.nat({ max: 9 }),
        pushedRecord: fc.jsonValue({ maxDepth: 4 }),
        platformResponse: fc.jsonValue({ maxDepth: 4 }),
      },
      { requiredKeys: ['id', 'coreId', 'dataType', 'status'] },
    ),
  )
  .map(([times, fields]) => ({ ...fields, requestedAt: times.startedAt, completedAt: times.endedAt }));

/** A page of items: empty, short or full; `totalCount` and `hasNextPage` may disagree with the items. */
export function validPage<T>(item: fc.Arbitrary<T>) {
  return fc
    .record({ items: fc.array(item, { maxLength: 12 }), extraSize: fc.nat({ max: 40 }), totalCount: fc.option(count, { nil: undefined }), hasNextPage: fc.boolean(), pageIndex: fc.nat({ max: 3 }) })
    .map(({ items, extraSize, totalCount, hasNextPage, pageIndex }) => ({
      items,
      pageIndex,
      pageSize: items.length + extraSize || 10,
      ...(totalCount === undefined ? {} : { totalCount }),
      hasNextPage,
    }));
}

/** Well-formed totals: counts need not add up, buckets may repeat. */
export const validTotals = fc.record({
  total: count,
  byStatusCode: fc.array(fc.record({ code: statusCode, count }), { maxLength: 8 }),
  byCategory,
  bucket: fc.constantFrom('day', 'hour'),
  timeline: fc.array(fc.record({ start: timestamp, byCategory }), { maxLength: 20 }),
});

const fixer = fc.constantFrom('customer', 'team', 'providerSupport');
/** A calendar day, written `YYYY-MM-DD`. */
const calendarDay = fc.integer({ min: EARLIEST, max: LATEST }).map((time) => new Date(time).toISOString().slice(0, 10));
const template = fc.oneof(
  fc.constantFrom('Tax Rate {id} does not exist.', '{number} of {number} items could not be written to Xero.', 'Customer {id} does not exist.'),
  fc.string({ minLength: 1, maxLength: 60 }).filter((value) => value.trim() !== ''),
);

/** Well-formed error groups: days in any order, repeated now and then, counts that need not add up. */
export const validTopErrors = fc.array(
  fc
    .tuple(
      period,
      fc.record(
        {
          template,
          text,
          count,
          companyCount: count,
          byDay: fc.array(fc.record({ day: calendarDay, count: fc.integer({ min: 1, max: 500 }) }), { maxLength: 12 }),
          fixer,
        },
        { requiredKeys: ['template', 'text', 'count', 'companyCount', 'byDay'] },
      ),
    )
    .map(([times, group]) => ({ ...group, companyCount: Math.min(group.companyCount, group.count), firstSeenAt: times.startedAt, lastSeenAt: times.endedAt })),
  { maxLength: 8 },
);

/** Well-formed failing companies (a company may repeat). */
export const validFailingCompanies = fc.array(
  fc
    .tuple(
      timestamp,
      fc.record(
        {
          companyId: id,
          companyName: text,
          consecutiveFailures: fc.integer({ min: 1, max: 60 }),
          latestSyncId: id,
          latestStatusCode: statusCode,
          errorTemplate: template,
          errorText: text,
          fixer,
        },
        { requiredKeys: ['companyId', 'consecutiveFailures', 'latestSyncId', 'latestStatusCode'] },
      ),
    )
    .map(([failingSince, company]) => ({ ...company, failingSince })),
  { maxLength: 8 },
);

export const validConfig = fc.record({
  syncId: id,
  companyId: id,
  isSnapshot: fc.boolean(),
  configuration: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
});

export const validRetryOutcome = fc.record({ retried: count, succeeded: count, failed: count, pending: count });

type Mutation = { kind: 'delete' | 'replace' | 'wrap' | 'root'; at: number; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'replace', 'wrap', 'root'),
  at: fc.nat(),
  value: hostileValue,
});

/** Every (container, key) pair in a JSON-like value, depth first. */
function slots(value: unknown, found: [Record<string | number, unknown>, string | number][] = []) {
  if (typeof value !== 'object' || value === null) return found;
  for (const key of Object.keys(value)) {
    const container = value as Record<string, unknown>;
    found.push([container, Array.isArray(value) ? Number(key) : key]);
    slots(container[key], found);
  }
  return found;
}

function applyMutation(value: unknown, { kind, at, value: hostile }: Mutation): unknown {
  const targets = slots(value);
  if (kind === 'root' || targets.length === 0) return hostile;
  const [container, key] = targets[at % targets.length]!;
  // Reflect: a boxed string's characters cannot be changed, and that is no reason to stop the run.
  if (kind === 'delete') Reflect.deleteProperty(container, key);
  else Reflect.set(container, key, kind === 'wrap' ? [container[key]] : hostile);
  return value;
}

/** What one adapter call does: answer (maybe malformed) or fail. */
export type CallOutcome = { kind: 'valid' | 'mutated'; answer: unknown } | { kind: 'throws'; error: unknown };

const thrown = fc.oneof(
  fc.constantFrom<SyncHealthErrorKind>('notFound', 'unauthorized', 'network', 'invalidResponse', 'unsupported').map((kind) => new SyncHealthError(kind, `Backend says ${kind}`)),
  fc.constantFrom(new TypeError('Failed to fetch'), 'plain string', null, undefined, { message: 42 }, Object.assign(new Error('x'), { name: 'AbortError' })),
);

/** How often each kind of outcome comes up, in parts. */
export type OutcomeWeights = { valid: number; mutated: number; throws: number };

/** For the validating layer: mostly broken answers, where the checks have most to do. */
export const MOSTLY_BROKEN: OutcomeWeights = { valid: 3, mutated: 6, throws: 1 };
/** For renders: mostly well-formed answers, so that the panels also show data, not only errors. */
export const MOSTLY_WELL_FORMED: OutcomeWeights = { valid: 6, mutated: 3, throws: 1 };

/** A call's outcome around a well-formed answer: as is, mutated, or a failure. */
export function callOutcome(valid: fc.Arbitrary<unknown>, weights: OutcomeWeights = MOSTLY_BROKEN): fc.Arbitrary<CallOutcome> {
  return fc.oneof(
    { weight: weights.valid, arbitrary: valid.map((answer): CallOutcome => ({ kind: 'valid', answer })) },
    {
      weight: weights.mutated,
      arbitrary: fc
        .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
        .map(([answer, mutations]): CallOutcome => ({ kind: 'mutated', answer: mutations.reduce(applyMutation, structuredClone(answer)) })),
    },
    { weight: weights.throws, arbitrary: thrown.map((error): CallOutcome => ({ kind: 'throws', error })) },
  );
}

/** Plays an outcome as an adapter method would: resolves with the answer or rejects with the error. */
export function play(outcome: CallOutcome): Promise<unknown> {
  return outcome.kind === 'throws' ? Promise.reject(outcome.error) : Promise.resolve(outcome.answer);
}
