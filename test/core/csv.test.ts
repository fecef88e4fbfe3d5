import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/core/csv';

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
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
});
