import { describe, expect, it } from 'vitest';
import {
  dayIn,
  isTimeZone,
  nextBucketStart,
  offsetsIn,
  startOfDayAt,
  startOfDayIn,
  startOfHourAt,
} from '../../src/core/zoned-dates';

const at = (iso: string) => Date.parse(iso);
const iso = (time: number) => new Date(time).toISOString();

describe('startOfDayIn', () => {
  it('starts a day where daylight saving begins at midnight at 01:00 local (America/Santiago)', () => {
    // Clocks jump from 00:00 (-04) to 01:00 (-03): the day's first moment is 01:00 local = 04:00Z.
    expect(startOfDayIn('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
    expect(dayIn('2026-09-06T04:00:00.000Z', 'America/Santiago')).toBe('2026-09-06');
    expect(dayIn('2026-09-06T03:59:59.999Z', 'America/Santiago')).toBe('2026-09-05');
  });

  it('does the same in Havana, whose clocks jump at midnight too', () => {
    // 2026-03-08: 00:00 (-05) becomes 01:00 (-04), so the day starts at 05:00Z.
    expect(startOfDayIn('2026-03-08', 'America/Havana')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIn('2026-03-09', 'America/Havana')).toBe('2026-03-09T04:00:00.000Z');
  });

  it('starts the day after clocks went back over midnight once, at the later midnight (Santiago in April)', () => {
    // 2026-04-05 00:00 (-03) becomes 2026-04-04 23:00 (-04): 04-04 lasts 25 hours.
    expect(startOfDayIn('2026-04-04', 'America/Santiago')).toBe('2026-04-04T03:00:00.000Z');
    expect(startOfDayIn('2026-04-05', 'America/Santiago')).toBe('2026-04-05T04:00:00.000Z');
  });

  it('handles ordinary zones on both sides of their changes', () => {
    expect(startOfDayIn('2026-03-29', 'Europe/London')).toBe('2026-03-29T00:00:00.000Z');
    expect(startOfDayIn('2026-03-30', 'Europe/London')).toBe('2026-03-29T23:00:00.000Z');
    expect(startOfDayIn('2026-11-01', 'America/New_York')).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfDayIn('2026-11-02', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z');
    expect(startOfDayIn('2026-11-22', 'UTC')).toBe('2026-11-22T00:00:00.000Z');
    expect(startOfDayIn('2026-11-22', 'Asia/Tokyo')).toBe('2026-11-21T15:00:00.000Z');
  });

  it('handles half-hour and quarter-hour zones', () => {
    expect(startOfDayIn('2026-11-22', 'Asia/Kolkata')).toBe('2026-11-21T18:30:00.000Z');
    expect(startOfDayIn('2026-11-22', 'Asia/Kathmandu')).toBe('2026-11-21T18:15:00.000Z');
    expect(startOfDayIn('2026-11-22', 'America/St_Johns')).toBe('2026-11-22T03:30:00.000Z');
    expect(startOfDayIn('2026-07-01', 'Australia/Adelaide')).toBe('2026-06-30T14:30:00.000Z');
  });

  it('gives nothing for a day that is not one or a zone that does not exist', () => {
    expect(startOfDayIn('2026-02-30', 'UTC')).toBeUndefined();
    expect(startOfDayIn('2026-11-22', 'Mars/Olympus_Mons')).toBeUndefined();
    expect(dayIn('2026-11-22T10:00:00Z', 'Mars/Olympus_Mons')).toBe('');
  });
});

describe('buckets on the wall clock', () => {
  it('makes a day with a change 23 or 25 hours long', () => {
    const london = offsetsIn('Europe/London');
    const spring = startOfDayAt(at('2026-03-29T12:00:00Z'), london);
    expect(iso(spring)).toBe('2026-03-29T00:00:00.000Z');
    expect(iso(nextBucketStart(spring, 'day', london))).toBe('2026-03-29T23:00:00.000Z');
    const autumn = startOfDayAt(at('2026-10-25T12:00:00Z'), london);
    expect(nextBucketStart(autumn, 'day', london) - autumn).toBe(25 * 3_600_000);
  });

  it('starts hours on the local hour, also in +05:30 and +05:45 zones', () => {
    expect(iso(startOfHourAt(at('2026-11-22T10:20:00Z'), offsetsIn('Asia/Kolkata')))).toBe('2026-11-22T09:30:00.000Z');
    expect(iso(startOfHourAt(at('2026-11-22T10:20:00Z'), offsetsIn('Asia/Kathmandu')))).toBe('2026-11-22T10:15:00.000Z');
    expect(iso(startOfHourAt(at('2026-11-22T10:20:00Z'), offsetsIn('UTC')))).toBe('2026-11-22T10:00:00.000Z');
  });

  it('steps through the hour the clock repeats as two hours', () => {
    const london = offsetsIn('Europe/London');
    const first = startOfHourAt(at('2026-10-25T00:10:00Z'), london); // 01:10 BST
    const second = nextBucketStart(first, 'hour', london); // 01:00 GMT, the same wall hour again
    expect(iso(first)).toBe('2026-10-25T00:00:00.000Z');
    expect(iso(second)).toBe('2026-10-25T01:00:00.000Z');
  });
});

describe('isTimeZone', () => {
  it('knows IANA names and UTC, and rejects anything else', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });
});
