/**
 * Error templates: an error message with its values (numbers, IDs, amounts, dates, quoted names)
 * replaced by placeholders, so that messages with one cause make one group. "1 of 10 items could not
 * be written to Xero." and "2 of 13 items could not be written to QuickBooks Online." are both
 * "{number} of {number} items could not be written to {name}.".
 *
 * Two steps. First the values any message may hold are found by their shape (a UUID, a date, a
 * word with digits in it, …). Then, when the troubleshooting catalogue knows the message, its
 * pattern says which other parts are values too (the platform at the end of "… could not be written
 * to Xero.", the accounts in "Payments config invalid. Card account should not match Payout
 * account.") and which wordings are one cause: the message gets the pattern's template.
 */
import type { TroubleshootingPattern } from './troubleshooting-matcher';
import { matchTroubleshootingPattern } from './troubleshooting-patterns';

/** The placeholders a template may hold, each standing for one value (or a list of values of one kind). */
export const ERROR_TEMPLATE_PLACEHOLDERS = ['{id}', '{date}', '{amount}', '{number}', '{name}'] as const;

/** Longer messages are cut here before templating, and templates after, so a hostile message costs bounded time and space. */
const MAX_LENGTH = 2_000;

/** ISO 4217 codes common enough in messages ("No exchange rate was found for JPY") to count as values. */
const CURRENCY = '(?:AUD|BRL|CAD|CHF|CNY|DKK|EUR|GBP|HKD|INR|JPY|MXN|NOK|NZD|PLN|SEK|SGD|USD|ZAR)';

/*
 * Values found by their shape, each replaced by its placeholder, in the order below (an earlier rule's
 * placeholder is never taken apart by a later one). Each rule starts with what it looks for (a quote,
 * a digit, a sign), which lets the RegExp engine skip ahead; a rule whose first character is absent
 * from the message is not run at all. Every quantifier is bounded or linear, so no message can make a
 * rule backtrack without end.
 */

/** Quoted names: "Acme Ltd", 'Acme', “Acme”, ‘Acme’ (an apostrophe inside a word is not a quote). */
const QUOTED_NAME = /["'“‘](?<![\p{L}\p{N}].)(?:(?<=")[^"\n]{1,120}"|(?<=')[^'\n]{1,120}'|(?<=“)[^”\n]{1,120}”|(?<=‘)[^’\n]{1,120}’)(?![\p{L}\p{N}])/gu;

/** A UUID cut short with an ellipsis: 3b9bf2ed-…, even one without a digit. */
const CUT_SHORT_UUID = /\b[\da-f]{8}-?(?:…|\.{3})/gi;

/** A currency code alone: "No exchange rate was found for JPY" (with a number, it is an amount). */
const CURRENCY_CODE = new RegExp(`\\b${CURRENCY}\\b(?! ?-?\\d)(?<!\\d ?[A-Z]{3})`, 'g');

/** Dates and times: 2026-11-22, 2026-11-22T10:00:00.000Z, 22/11/2026, 22.11.26. */
const DATE = /\d(?<!\w\d)(?:\d{3}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)?|\d?[/.]\d\d?[/.]\d{2,4})\b/g;

/**
 * Amounts: a currency sign or code with a number (£12, USD 1,200, 12.00 EUR), or a number with two
 * decimals (not a percentage: 12.50% is a number, as 12.5% is).
 */
const AMOUNT = new RegExp(
  `-?(?:[$€£¥₹]|\\b${CURRENCY} )-?\\d(?:[\\d,]{0,30}\\d)?(?:\\.\\d{1,9})?(?!\\d)|-?\\d(?<![\\w.,]-?\\d)(?:[\\d,]{0,30}\\d)?\\.\\d\\d(?![\\w.%])(?: ?${CURRENCY}\\b)?`,
  'g',
);

/**
 * IDs: a word with a digit and a letter or `_` in it, or digits joined to more by `-` (TAX012, INV-0042,
 * txn_9f2, 3b9bf2ed, 4000-01, a UUID). Starts only at a word's start, and looks at most 64 characters
 * ahead for the digit, so each character is read a bounded number of times.
 */
const ID = /\b(?:[A-Za-z_][\w-]{0,63}?\d|\d[\d.,]{0,30}(?:[A-Za-z_]|-\w))[\w-]*/g;

/** Numbers, with decimals and thousands (1.5, 1,200) and a sign: what digits are left once IDs are gone. */
const NUMBER = /(?:-(?<![\w-]-))?\b\d+(?:[.,]\d+)*\b/g;

/** A list of values of one kind ("4000, 4010 and 4020") is one value. */
const VALUE_LIST = /\{(id|date|amount|number|name)\}(?:(?:,? (?:and|or) |, ?| )\{\1\})+/g;

/** Lone UTF-16 surrogates (from a cut or a hostile message), which would break URL encoding of a template. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The template of every message a catalogue pattern matches: its first form (see
 * `TroubleshootingPattern.pattern`), or `undefined` for a pattern that may match anywhere inside a
 * longer message (a note appended to other text, whose message keeps its own template).
 *
 * @example errorTemplateOfPattern(matchTroubleshootingPattern('Supplier does not exist.')) // 'Supplier {id} does not exist.'
 */
export function errorTemplateOfPattern(pattern: TroubleshootingPattern | undefined): string | undefined {
  return pattern && !pattern.matchAnywhere ? pattern.pattern.split('|')[0] : undefined;
}

/** Known templates by the shape-only template they came from; cleared when full, so memory stays bounded. */
const catalogueTemplates = new Map<string, string>();
const CATALOGUE_TEMPLATES_MAX = 512;

/** The catalogue's template for a shape-only template, or the template itself when the catalogue does not know it. */
function withCatalogue(template: string): string {
  let known = catalogueTemplates.get(template);
  if (known === undefined) {
    known = errorTemplateOfPattern(matchTroubleshootingPattern(template)) ?? template;
    if (catalogueTemplates.size >= CATALOGUE_TEMPLATES_MAX) catalogueTemplates.clear();
    catalogueTemplates.set(template, known);
  }
  return known;
}

/**
 * The template of an error message: its values replaced by placeholders (see
 * {@link ERROR_TEMPLATE_PLACEHOLDERS}), white space collapsed; a message the troubleshooting
 * catalogue knows gets the template of its catalogue pattern (see {@link errorTemplateOfPattern}),
 * so every wording of one known cause makes one group. Messages that differ only in values share a
 * template; the template of a template (of an ordinary message) is itself, and the troubleshooting
 * matchers read a template as they read its messages. At most 2,000 characters, well-formed UTF-16;
 * anything that is not a string gives `''`. Never throws. Costs a few regular-expression passes per
 * message, and remembers the catalogue's answer for the last few hundred shapes it met (never more).
 *
 * The rules, in order: quoted names become `{name}`; a UUID cut short (`3b9bf2ed-…`) and a currency
 * code alone (JPY) `{id}`; ISO and day/month/year dates and times `{date}`; amounts (a currency sign
 * or code with a number, or two decimals) `{amount}`; IDs (a word with a digit and a letter, `_` or
 * inner `-`: TAX012, INV-0042, txn_9f2, 4000-01, a UUID) `{id}`; other numbers `{number}` (a
 * percentage keeps its `%`); then a list of one kind of value ("4000, 4010 and 4020") becomes one.
 *
 * @example toErrorTemplate('Tax Rate TAX012 does not exist.') // 'Tax Rate {id} does not exist.'
 * @example toErrorTemplate('3 of 12 items could not be written to Xero.') // '{number} of {number} items could not be written to {name}.'
 * @example toErrorTemplate('Transaction txn_482913 has no lines to write.') // 'Transaction {id} has no lines to write.'
 */
export function toErrorTemplate(message: string): string {
  if (typeof message !== 'string') return '';
  let template = message.slice(0, MAX_LENGTH);
  // Most messages have only single spaces: finding that out is cheaper than replacing them all.
  if (template.includes('  ') || /[^\S ]/.test(template)) template = template.replace(/\s+/g, ' ');
  template = template.trim();
  if (/["'“‘]/.test(template)) template = template.replace(QUOTED_NAME, '{name}');
  if (/…|\.{3}/.test(template)) template = template.replace(CUT_SHORT_UUID, '{id}');
  template = template.replace(CURRENCY_CODE, '{id}');
  if (/\d/.test(template)) {
    template = template
      .replace(DATE, '{date}')
      .replace(AMOUNT, '{amount}')
      .replace(ID, '{id}')
      .replace(NUMBER, '{number}');
  }
  if (/\}(?:,? (?:and|or) |, ?| )\{/.test(template)) template = template.replace(VALUE_LIST, '{$1}');
  template = template.slice(0, MAX_LENGTH);
  if (/[\uD800-\uDFFF]/.test(template)) template = template.replace(LONE_SURROGATE, '\uFFFD');
  return withCatalogue(template);
}
