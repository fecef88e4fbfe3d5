import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/core/csv';
import { SPREADSHEET_FORMULA_START, parseCsv, unneutralised } from '../reliability/injection/csv-reader';
import { HOSTILE_STRINGS } from '../support/hostile-strings';

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '\0cmd', '  =1+1', '\n=1+1', '\u00A0@SUM(A1)'])(
    'neutralises a cell a spreadsheet would run as a formula: %j',
    (value) => {
      const cell = csvCell(value);
      expect(cell.replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('keeps negative numbers as numbers', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes a document with CRLF line endings', () => {
    expect(toCsv([['id', 'note'], ['s1', '=1+1']])).toBe("id,note\r\ns1,'=1+1\r\n");
    expect(toCsv([])).toBe('');
  });

  it('neutralises every string of the injection corpus and reads each back unchanged', () => {
    const values = HOSTILE_STRINGS.map(({ value }) => value);
    const cells = parseCsv(toCsv(values.map((value) => [value, 'next'])));
    expect(cells.map(([cell]) => cell).filter((cell) => SPREADSHEET_FORMULA_START.test(cell ?? ''))).toEqual([]);
    expect(cells.map(([cell]) => unneutralised(cell ?? ''))).toEqual(values);
    expect(cells.every((row) => row.length === 2 && row[1] === 'next')).toBe(true);
  });

  it('leaves text that only looks like a formula further in alone', () => {
    expect(csvCell('a=1+1')).toBe('a=1+1');
    expect(csvCell("'=already")).toBe("'=already");
  });
});
