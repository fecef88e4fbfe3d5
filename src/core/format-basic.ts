/**
 * The basic formatters: dates, times, relative times, date ranges and plain numbers through `Intl`,
 * in one locale and time zone. `createFormatters` (`format.ts`) adds percentages and durations on
 * top; code that needs only these, such as the customer history, imports this module alone.
 * Formatters are created once and reuse their `Intl` objects, because creating those is slow.
 * Every function tolerates bad input and returns an empty string rather than throwing.
 */
import type { DateRange } from './model';

/** Locale and time zone for formatting. */
export interface FormatOptions {
  /** A BCP 47 locale such as `en-GB` or `fr-FR`. Default: the browser's. */
  locale?: string;
  /** An IANA time zone such as `Europe/London`. Default: the browser's. */
  timeZone?: string;
}

/** The basic formatting functions, bound to one locale and time zone. */
export interface BasicFormatters {
  /** The locale in use. */
  locale: string;
  /** The time zone in use. */
  timeZone: string;
  /** "22 Nov 2026, 09:15". */
  dateTime(iso: string | undefined): string;
  /** "22 Nov 2026, 09:15:04 GMT" — for hover titles and screen readers. */
  dateTimeWithZone(iso: string | undefined): string;
  /** "22 Nov 2026". */
  date(iso: string | undefined): string;
  /** "2 hours ago", "in 5 minutes", relative to `now` (ms since epoch; default the current time). */
  relative(iso: string | undefined, now?: number): string;
  /** "1–22 Nov 2026"; an open end reads "since …" or "until …". */
  dateRange(range: DateRange | undefined): string;
  /** "12,345". */
  number(value: number): string;
}

function safeLocale(locale: string | undefined): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale ? [locale] : [])[0] ?? new Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return 'en-US';
  }
}

function safeTimeZone(timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

function toTime(iso: string | undefined): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const time = Date.parse(iso);
  return Number.isFinite(time) ? time : undefined;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** Creates the basic formatters for a locale and time zone (unknown ones fall back safely). */
export function createBasicFormatters(options: FormatOptions = {}): BasicFormatters {
  const locale = safeLocale(options.locale);
  const timeZone = safeTimeZone(options.timeZone);
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const zonedFormat = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'long' });
  const dateFormat = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const numberFormat = new Intl.NumberFormat(locale);

  const format = (formatter: Intl.DateTimeFormat) => (iso: string | undefined) => {
    const time = toTime(iso);
    return time === undefined ? '' : formatter.format(time);
  };

  return {
    locale,
    timeZone,
    dateTime: format(dateTimeFormat),
    dateTimeWithZone: format(zonedFormat),
    date: format(dateFormat),
    relative(iso, now = Date.now()) {
      const time = toTime(iso);
      if (time === undefined) return '';
      const difference = time - now;
      for (const [name, size] of RELATIVE_UNITS) {
        if (Math.abs(difference) >= size || name === 'second') {
          return relativeFormat.format(Math.round(difference / size), name);
        }
      }
      return '';
    },
    dateRange(range) {
      const from = toTime(range?.from);
      const to = toTime(range?.to);
      if (from !== undefined && to !== undefined && to >= from) {
        // `to` is exclusive: the last covered moment is just before it.
        return dateFormat.formatRange(from, Math.max(from, to - 1));
      }
      if (from !== undefined) return `≥ ${dateFormat.format(from)}`;
      if (to !== undefined) return `< ${dateFormat.format(to)}`;
      return '';
    },
    number: (value) => (Number.isFinite(value) ? numberFormat.format(value) : ''),
  };
}
