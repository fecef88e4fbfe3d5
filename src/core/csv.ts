/**
 * CSV writing (RFC 4180) that spreadsheets cannot be tricked by: a cell that starts with a character
 * a spreadsheet reads as a formula gets a leading `'`, so it is shown as text and never run.
 */

/**
 * The starts that make a spreadsheet treat a cell as a formula: `=`, `+`, `-`, `@`, tab, carriage
 * return or NUL (OWASP; ASVS 5 V1.2.10), and a formula sign after leading white space, which some
 * spreadsheets trim when they import a file.
 */
const FORMULA_START = /^(?:[\t\r\0]|\s*[=+\-@])/;

/** Makes one value safe for a CSV cell: formula-neutralised, quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are data, not formulas: a negative number keeps its sign.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its line ending). */
export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}

/** A whole CSV document with CRLF line endings, as RFC 4180 and spreadsheets expect. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map(csvRow).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}
