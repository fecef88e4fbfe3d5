import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../src/core/format';
import { createBasicFormatters, plainSpaces } from '../../src/core/format-basic';

/** The spaces ICU versions disagree about, so server HTML and the browser's first render would differ. */
const UNSTABLE_SPACES = /[\u00a0\u2009\u202f]/;
const NOW = Date.parse('2026-11-22T12:00:00.000Z');

describe('formatted text has only plain spaces (no hydration mismatch between Node and the browser)', () => {
  for (const locale of ['en-GB', 'en-US', 'fr-FR', 'de-DE']) {
    it(`in ${locale}`, () => {
      const format = createFormatters({ locale, timeZone: 'Europe/Paris' });
      const texts = [
        format.dateTime('2026-11-22T09:15:04.000Z'),
        format.dateTimeWithZone('2026-11-22T09:15:04.000Z'),
        format.date('2026-11-22T09:15:04.000Z'),
        format.dateRange({ from: '2026-11-18T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' }),
        format.dateRange({ from: '2026-11-18T00:00:00.000Z' }),
        format.relative('2026-11-22T10:00:00.000Z', NOW),
        format.relative('2026-11-22T12:05:00.000Z', NOW),
        format.number(1_234_567.5),
        format.percent(0.875),
        format.duration(3_900_000),
        format.duration(200_000),
      ];
      for (const text of texts) {
        expect(text).not.toBe('');
        expect(text, JSON.stringify(text)).not.toMatch(UNSTABLE_SPACES);
      }
    });
  }

  it('keeps the words: only the kind of space changes', () => {
    const format = createBasicFormatters({ locale: 'en-GB', timeZone: 'UTC' });
    expect(format.dateRange({ from: '2026-11-18T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' })).toBe('18 – 22 Nov 2026');
    expect(createFormatters({ locale: 'fr-FR' }).number(1234567)).toBe('1 234 567');
    expect(plainSpaces('a\u00a0b\u2009c\u202fd e')).toBe('a b c d e');
  });
});
