/**
 * Values a broken or hostile backend sends where the contract promises something else: wrong types,
 * numbers that are not numbers, strings too long or blank, dates out of range or unparseable,
 * prototype-pollution keys, markup, and anything else fast-check can make up.
 */
import fc from 'fast-check';

/** A key that pollutes `Object.prototype` when a naive merge copies it. */
const pollutingObject = () => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as object;

/** Dates that look like dates but are not acceptable ones. */
export const BAD_DATES = [
  '',
  'not a date',
  '2026-11-22',
  '2026-11-22 09:00:00',
  '2026-11-22T09:00:00',
  '2026-13-45T99:99:99Z',
  '2026-02-30T10:00:00Z',
  '1969-12-31T23:59:59Z',
  '2200-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '2026-11-22T09:00:00+99:99',
] as const;

const specials: unknown[] = [
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  0.5,
  -0,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  '',
  '   ',
  '\u0000',
  'x'.repeat(100_001),
  '<img src=x onerror="globalThis.fuzzInjected=1">',
  'javascript:alert(1)',
  '\u202Egnp.exe',
  '__proto__',
  'hasOwnProperty',
  [],
  [null],
  {},
  true,
  false,
  9999,
  -4040,
  'pending',
  'Success',
  'SUCCESS',
  ...BAD_DATES,
];

/** One hostile value: a fixed nasty one, a prototype-polluting object, or anything fast-check makes up. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...specials) },
  { weight: 1, arbitrary: fc.constant(null).map(pollutingObject) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withBoxedValues: true,
      withSparseArray: true,
    }),
  },
);

/** Whether `Object.prototype` (or `Array.prototype`) picked up a key from a hostile answer. */
export function prototypeIsPolluted(): boolean {
  return 'polluted' in {} || 'polluted' in [];
}
