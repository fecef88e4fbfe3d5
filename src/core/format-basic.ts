/**
 * The basic formatters: dates, times, relative times, date ranges and plain numbers through `Intl`,
 * in one locale and time zone. `createFormatters` (`format.ts`) adds percentages and durations on
 * top; code that needs only these, such as the customer history, imports this module alone.
 * Formatters are created once and reuse their `Intl` objects, because creating those is slow.
 * Every function tolerates bad input and returns an empty string rather than throwing.
 */
import type { DateRange } from './model';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './time-units';

/**
 * Plain spaces for the thin (U+2009), narrow no-break (U+202F) and no-break (U+00A0) spaces `Intl`
 * puts in dates and numbers. Which of them a runtime uses depends on its ICU version: Node 20 writes
 * "18 – 22 Nov 2026" with thin spaces where Chromium writes plain ones, and server HTML that differs
 * from the browser's first render by one character fails hydration (React error #418). A plain space
 * is the one form every runtime agrees on; all formatted text goes through this.
 */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

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
  /** "12,345"; nothing for an unknown count (`undefined`) or a value that is not a finite number. */
  number(value: number | undefined): string;
}

/** The options `Intl` resolves for a locale and time zone, or nothing when it rejects one of them. */
function resolvedOptions(locale: string | undefined, timeZone?: string): Intl.ResolvedDateTimeFormatOptions | undefined {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone }).resolvedOptions();
  } catch {
    return undefined;
  }
}

/** The time an ISO string stands for, or `NaN` for anything else. */
function toTime(iso: string | undefined): number {
  return typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
}

/** The units of relative times, largest first, with their lengths in ms. */
const RELATIVE_UNITS = {
  year: 365 * DAY_MS,
  month: 30 * DAY_MS,
  week: 7 * DAY_MS,
  day: DAY_MS,
  hour: HOUR_MS,
  minute: MINUTE_MS,
  second: SECOND_MS,
};

/** Creates the basic formatters for a locale and time zone (unknown ones fall back safely). */
export function createBasicFormatters(options: FormatOptions = {}): BasicFormatters {
  // No locale (or an empty one) or an unsupported one resolves to the browser's; one Intl rejects
  // outright falls back to en-US.
  const locale = resolvedOptions(options.locale || undefined)?.locale ?? 'en-US';
  const timeZone = resolvedOptions('en-US', options.timeZone)?.timeZone ?? 'UTC';
  const dateTimeFormat = (timeStyle?: 'short' | 'long') => new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle });
  const dateFormat = dateTimeFormat();
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const numberFormat = new Intl.NumberFormat(locale);

  const format = (formatter: Intl.DateTimeFormat) => (iso: string | undefined) => {
    const time = toTime(iso);
    return Number.isNaN(time) ? '' : plainSpaces(formatter.format(time));
  };

  return {
    locale,
    timeZone,
    dateTime: format(dateTimeFormat('short')),
    dateTimeWithZone: format(dateTimeFormat('long')),
    date: format(dateFormat),
    relative(iso, now = Date.now()) {
      const difference = toTime(iso) - now;
      // The largest unit the difference reaches, else seconds; nothing for a bad date or `now`.
      const [name, size] = Object.entries(RELATIVE_UNITS).find(([, unitSize]) => Math.abs(difference) >= unitSize) ?? ['second', SECOND_MS];
      return Number.isNaN(difference) ? '' : plainSpaces(relativeFormat.format(Math.round(difference / size), name as Intl.RelativeTimeFormatUnit));
    },
    dateRange(range) {
      const from = toTime(range?.from);
      const to = toTime(range?.to);
      // `to` is exclusive: the last covered moment is just before it. (Comparisons with NaN are false.)
      return plainSpaces(
        to >= from
          ? dateFormat.formatRange(from, Math.max(from, to - 1))
          : !Number.isNaN(from)
            ? `≥ ${dateFormat.format(from)}`
            : Number.isNaN(to)
              ? ''
              : `< ${dateFormat.format(to)}`,
      );
    },
    // `Number.isFinite` is false for `undefined` too.
    number: (value) => (Number.isFinite(value) ? plainSpaces(numberFormat.format(value!)) : ''),
  };
}
