/**
 * Values for the placeholders of error templates and catalogue patterns: fast-check arbitraries of
 * every shape a value comes in, one fixed sample per placeholder, and the filling in of a form.
 */
import fc from 'fast-check';

/** A placeholder of the template vocabulary, without its braces. */
export type PlaceholderKind = 'id' | 'date' | 'amount' | 'number' | 'name';

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));

/** Whole and decimal numbers (never exactly two decimals: that is an amount), with thousands separators and signs. */
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String),
  fc.tuple(fc.nat(100_000), fc.constantFrom(1, 3, 4)).chain(([whole, places]) => digits(places, places).map((fraction) => `${whole}.${fraction}`)),
  fc.integer({ min: 1000, max: 999_999_999 }).map((value) => value.toLocaleString('en-US')),
);

/** IDs as backends write them: UUIDs, prefixed keys, codes that mix letters and digits, hyphenated account codes. */
const id = fc.oneof(
  fc.uuid(),
  hex(8).map((start) => `${start}-…`),
  hex(11).map((rest) => `txn_${rest}7`),
  digits(3, 6).map((rest) => `TAX${rest}`),
  digits(2, 6).map((rest) => `INV-${rest}`),
  fc.tuple(digits(3, 5), digits(2, 2)).map(([account, sub]) => `${account}-${sub}`),
  fc.stringMatching(/^[a-z]{1,4}[0-9][a-z0-9]{0,10}$/),
);

/** Amounts: two decimals, with or without a currency sign or code, negative too. */
const amount = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), digits(2, 2), fc.constantFrom('', '-', '$', '€', '£', 'USD ', 'EUR ', 'suffix'))
  .map(([whole, cents, currency]) => (currency === 'suffix' ? `${whole}.${cents} GBP` : `${currency}${whole}.${cents}`));

/** Dates and times: ISO dates, ISO timestamps, day/month/year. */
const date = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((value) => value.toISOString()),
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10)),
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2099 })).map(([day, month, year]) => `${day}/${month}/${year}`),
);

const quotes = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
] as const;

/** Quoted names, in any kind of quotes, holding anything but that quote. */
const quotedName = fc
  .tuple(fc.constantFrom(...quotes), fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }))
  .map(([[open, close], text]) => `${open}${text.replaceAll(open, '').replaceAll(close, '').replace(/\s+/g, ' ') || 'x'}${close}`);

/** Arbitrary values of each placeholder kind, as they appear in messages. */
export const VALUE_ARBITRARIES: Record<PlaceholderKind, fc.Arbitrary<string>> = { id, date, amount, number, name: quotedName };

/**
 * Values for the `{name}` slots of catalogue patterns, which the catalogue knows as values even
 * unquoted: a platform, an account, a list of tax rates.
 */
export const SLOT_NAME = fc.oneof(
  quotedName,
  fc.constantFrom('Xero', 'QuickBooks Online', 'Sage 50', 'Dynamics 365 Business Central', 'Prepaid account', 'Sales, Fees', 'Standard (20%), Reduced (5%)'),
  fc.stringMatching(/^[A-Z][a-z]{2,10}(?: [A-Z][a-z]{2,10}){0,2}$/),
);

/** One realistic value for each placeholder kind. */
export const SAMPLE_VALUES: Record<PlaceholderKind, string> = {
  id: '3b9bf2ed-a618-4af2-80f2-f2b57fddc748',
  date: '2026-08-31',
  amount: '123.45',
  number: '20',
  name: 'Sales',
};

const PLACEHOLDER = /\{(id|date|amount|number|name)\}/g;

/** The placeholder kinds of a form, in order. */
export function placeholdersOf(form: string): PlaceholderKind[] {
  return [...form.matchAll(PLACEHOLDER)].map((match) => match[1] as PlaceholderKind);
}

/** A form with its placeholders filled in by `values`, in order. */
export function fillForm(form: string, values: readonly string[]): string {
  let index = 0;
  return form.replace(PLACEHOLDER, () => values[index++] ?? '');
}

/** A form with each placeholder filled in with its sample value. */
export function fillWithSamples(form: string): string {
  return fillForm(form, placeholdersOf(form).map((kind) => SAMPLE_VALUES[kind]));
}

/** An arbitrary instance of a form: each placeholder filled in with a value of its kind (`{name}` slots as `nameValues`). */
export function instancesOf(form: string, nameValues: fc.Arbitrary<string> = VALUE_ARBITRARIES.name): fc.Arbitrary<string> {
  const values = placeholdersOf(form).map((kind) => (kind === 'name' ? nameValues : VALUE_ARBITRARIES[kind]));
  return fc.tuple(...values).map((filled) => fillForm(form, filled));
}
