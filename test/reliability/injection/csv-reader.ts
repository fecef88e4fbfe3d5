/** Reading CSV back, to test what an export really wrote. */

/** Starts a spreadsheet may run as a formula (OWASP, ASVS 5 V1.2.10, and a sign after white space). */
export const SPREADSHEET_FORMULA_START = /^(?:[\t\r\0]|\s*[=+\-@])/;

/** Reads RFC 4180 CSV (CRLF between rows, `"` quoting) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (quoted) {
      if (character !== '"') {
        cell += character;
      } else if (text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else {
        quoted = false;
      }
    } else if (character === '"' && cell === '') {
      quoted = true;
    } else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      index += 1;
    } else {
      cell += character;
    }
  }
  return rows;
}

/** What a cell held before the export neutralised it with a leading `'`. */
export function unneutralised(cell: string): string {
  return cell.startsWith("'") && SPREADSHEET_FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
