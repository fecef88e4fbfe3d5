/**
 * Error templates: an error message with its values (numbers, IDs, amounts, dates, quoted names)
 * replaced by placeholders, so that messages with one cause make one group. "1 of 10 items could not
 * be written to Xero." and "2 of 13 items could not be written to Xero." are both
 * "{number} of {number} items could not be written to Xero.".
 */

/** The placeholders a template may hold, each standing for one value. */
export const ERROR_TEMPLATE_PLACEHOLDERS = ['{id}', '{date}', '{amount}', '{number}', '{name}'] as const;

/** A value and the placeholder it becomes, tried in this order (the first that matches a span wins). */
const VALUE_RULES: readonly (readonly [RegExp, string])[] = [
  // Quoted names: "Acme Ltd", 'Acme', “Acme” (an apostrophe inside a word is not a quote).
  [/(?<![\p{L}\p{N}])(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|“[^”\n]{1,200}”)(?![\p{L}\p{N}])/gu, '{name}'],
  // UUIDs, whole or cut short with an ellipsis ("3b9bf2ed-…").
  [/\b[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\b|\b[0-9a-f]{8}-?…/gi, '{id}'],
  // Dates and times: 2026-11-22, 2026-11-22T10:00:00Z, 22/11/2026.
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, '{date}'],
  // Amounts: a currency sign or code with a number, or a number with two decimals.
  [/(?:[$€£¥]|\b[A-Z]{3} )-?\d[\d,]*(?:\.\d+)?\b|\b\d[\d,]*\.\d{2}\b/g, '{amount}'],
  // IDs: a word that mixes digits with letters (TAX012, INV-0042, 8a1f, acc_9f2).
  [/\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{2,}\b/g, '{id}'],
  // Numbers.
  [/\b\d+(?:[.,]\d+)*\b/g, '{number}'],
];

/** Longer messages are cut here before templating, so a hostile message costs bounded time. */
const MAX_LENGTH = 2_000;

/**
 * The template of an error message: its values replaced by placeholders (see
 * {@link ERROR_TEMPLATE_PLACEHOLDERS}), white space collapsed. Messages that differ only in such
 * values share a template; anything that is not a string gives `''`. Never throws.
 *
 * @example toErrorTemplate('Tax Rate TAX012 does not exist.') // 'Tax Rate {id} does not exist.'
 */
export function toErrorTemplate(message: string): string {
  if (typeof message !== 'string') return '';
  let template = message.slice(0, MAX_LENGTH).replace(/\s+/g, ' ').trim();
  for (const [value, placeholder] of VALUE_RULES) template = template.replace(value, placeholder);
  return template;
}
