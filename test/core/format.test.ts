import { describe, expect, it } from 'vitest';
import { createBasicFormatters, createFormatters } from '../../src/core/format';

describe('formatters', () => {
  const en = createFormatters({ locale: 'en-GB', timeZone: 'Europe/London' });

  it('formats times in the chosen time zone', () => {
    expect(en.dateTime('2026-07-01T09:15:00Z')).toBe('1 Jul 2026, 10:15');
    expect(createFormatters({ locale: 'en-GB', timeZone: 'UTC' }).dateTime('2026-07-01T09:15:00Z')).toBe('1 Jul 2026, 09:15');
    expect(en.dateTimeWithZone('2026-07-01T09:15:00Z')).toContain('BST');
  });

  it('formats relative times', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    expect(en.relative('2026-11-22T10:00:00Z', now)).toBe('2 hours ago');
    expect(en.relative('2026-11-22T11:59:58Z', now)).toBe('2 seconds ago');
    expect(en.relative('2026-11-21T12:00:00Z', now)).toBe('yesterday');
  });

  it('formats date ranges with an exclusive end', () => {
    expect(en.dateRange({ from: '2026-11-01T00:00:00Z', to: '2026-11-23T00:00:00Z' })).toMatch(/^1\s?–\s?22 Nov 2026$/);
    expect(en.dateRange(undefined)).toBe('');
  });

  it('formats numbers, percentages and durations for the locale', () => {
    expect(en.number(12345)).toBe('12,345');
    expect(createFormatters({ locale: 'fr-FR' }).number(12345)).toMatch(/12\s345/);
    expect(en.percent(0.874)).toBe('87.4%');
    expect(en.duration(3_900_000)).toMatch(/^1 hr 5 mins?$/);
    expect(en.duration(200_000)).toMatch(/^3 mins? 20 secs?$/);
    expect(en.duration(12_000)).toMatch(/^12 secs?$/);
  });

  it('never throws on bad input or an unknown locale or time zone', () => {
    const odd = createFormatters({ locale: 'not a locale!!', timeZone: 'Mars/Olympus' });
    expect(odd.timeZone).toBe('UTC');
    expect(odd.dateTime('garbage')).toBe('');
    expect(odd.relative(undefined)).toBe('');
    expect(odd.duration(Number.NaN)).toBe('');
    expect(odd.number(Number.POSITIVE_INFINITY)).toBe('');
    // An unknown count (a page without a total) reads as nothing, so callers need no guard of their own.
    expect(odd.number(undefined)).toBe('');
  });

  it('shares its dates, relative times, ranges and numbers with the basic formatters', () => {
    const basic = createBasicFormatters({ locale: 'en-GB', timeZone: 'Europe/London' });
    const now = Date.parse('2026-11-22T12:00:00Z');
    const range = { from: '2026-11-01T00:00:00Z', to: '2026-11-23T00:00:00Z' };
    expect(basic).not.toHaveProperty('duration');
    expect([basic.locale, basic.timeZone]).toEqual([en.locale, en.timeZone]);
    expect(basic.dateTime('2026-07-01T09:15:00Z')).toBe(en.dateTime('2026-07-01T09:15:00Z'));
    expect(basic.dateTimeWithZone('2026-07-01T09:15:00Z')).toBe(en.dateTimeWithZone('2026-07-01T09:15:00Z'));
    expect(basic.date('2026-07-01T09:15:00Z')).toBe('1 Jul 2026');
    expect(basic.relative('2026-11-22T10:00:00Z', now)).toBe('2 hours ago');
    expect(basic.dateRange(range)).toBe(en.dateRange(range));
    expect(basic.number(12345)).toBe('12,345');
  });
});
