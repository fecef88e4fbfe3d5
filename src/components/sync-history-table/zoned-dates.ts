/**
 * Calendar days in a time zone. A date input gives "2026-11-03"; the filter needs the moment that day
 * starts in the provider's time zone (not the browser's, not UTC), as an ISO string in UTC.
 */

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of a moment in a time zone. */
function wallClock(time: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormat(timeZone).formatToParts(time)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  return fields;
}

/** How far the time zone's wall clock is ahead of UTC at a moment, in ms. */
function offsetAt(time: number, timeZone: string): number {
  const clock = wallClock(time, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(time / 1000) * 1000;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(day: string): boolean {
  const match = DAY_PATTERN.exec(day);
  if (!match) return false;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const time = new Date(Date.UTC(year, month - 1, date));
  return time.getUTCFullYear() === year && time.getUTCMonth() === month - 1 && time.getUTCDate() === date;
}

/** The moment a calendar day (`YYYY-MM-DD`) starts in a time zone, as ISO 8601 UTC; `undefined` if not a day. */
export function startOfDayIn(day: string, timeZone: string): string | undefined {
  if (!isCalendarDay(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, date);
  // Two passes find the right offset even when the day starts near a daylight-saving change.
  let time = wall - offsetAt(wall, timeZone);
  time = wall - offsetAt(time, timeZone);
  return new Date(time).toISOString();
}

/** The calendar day (`YYYY-MM-DD`) a moment falls on in a time zone; `''` for an unreadable moment. */
export function dayIn(iso: string | undefined, timeZone: string, shiftMs = 0): string {
  const time = iso === undefined ? Number.NaN : Date.parse(iso) + shiftMs;
  if (!Number.isFinite(time)) return '';
  const { year, month, day } = wallClock(time, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
