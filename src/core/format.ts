/**
 * Formatting of dates, durations and numbers through `Intl`, in one locale and time zone: the basic
 * formatters (`format-basic.ts`) plus percentages and durations. Formatters are created once per
 * provider and reuse their `Intl` objects, because creating those is slow. Every function tolerates
 * bad input and returns an empty string rather than throwing.
 */
import { SECOND_MS } from './time-units';
import { type BasicFormatters, createBasicFormatters, type FormatOptions, plainSpaces } from './format-basic';

export { type BasicFormatters, createBasicFormatters, type FormatOptions } from './format-basic';

/** Formatting functions bound to one locale and time zone. */
export interface Formatters extends BasicFormatters {
  /** "87%" from 0.87. */
  percent(value: number): string;
  /** "1 h 5 min", "3 min 20 s", "12 s". */
  duration(milliseconds: number | undefined): string;
}

/** Creates formatters for a locale and time zone (unknown ones fall back safely). */
export function createFormatters(options: FormatOptions = {}): Formatters {
  const basic = createBasicFormatters(options);
  const { locale } = basic;
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const unitFormats = new Map(
    ['hour', 'minute', 'second'].map((name) => [name, new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' })]),
  );
  const unit = (name: 'hour' | 'minute' | 'second', value: number) => unitFormats.get(name)!.format(value);

  return {
    ...basic,
    // Through the same space normalisation as the basic ones (see `plainSpaces`): "87 %" in French.
    percent: (value) => (Number.isFinite(value) ? plainSpaces(percentFormat.format(value)) : ''),
    duration(milliseconds) {
      if (milliseconds === undefined || !Number.isFinite(milliseconds) || milliseconds < 0) return '';
      const seconds = Math.round(milliseconds / SECOND_MS);
      const hours = Math.floor(seconds / 3600);
      const minutes = Math.floor((seconds % 3600) / 60);
      const rest = seconds % 60;
      const parts =
        hours > 0
          ? [unit('hour', hours), minutes ? unit('minute', minutes) : '']
          : minutes > 0
            ? [unit('minute', minutes), rest ? unit('second', rest) : '']
            : [unit('second', rest)];
      return plainSpaces(parts.filter(Boolean).join(' '));
    },
  };
}
