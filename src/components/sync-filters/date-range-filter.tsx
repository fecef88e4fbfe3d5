'use client';
/**
 * The date range part of the filter bar: a choice of presets (last 24 hours, 7 days, 30 days) or
 * custom first and last days, typed in native date inputs and read in the provider's time zone. The
 * last day is included: "to 3 Nov" means up to midnight starting 4 Nov.
 */
import { clsx } from 'clsx';
import { useId, useState } from 'react';
import type { DateRange } from '../../core/model';
import { useSyncHealth } from '../../data/context';
import { useSyncHistoryTableMessages } from '../sync-history-table/messages';
import { DATE_RANGE_CHOICES, choiceLabel, rangeForChoice, type DateRangeChoice } from './date-range-presets';
import { dayIn, nextDay, startOfDayIn } from '../../core/zoned-dates';

/** Props of {@link DateRangeFilter}. */
export interface DateRangeFilterProps {
  /** The range in the filter. */
  range: DateRange | undefined;
  /** The choice shown (kept by the filter bar, which also shows it as a chip). */
  choice: DateRangeChoice;
  /** Called with the new choice and the range it stands for (`undefined`: no range). */
  onChange: (choice: DateRangeChoice, range: DateRange | undefined) => void;
  /** Reads "now" when a preset is chosen. */
  readNow: () => number;
  /** Extra class names. */
  className?: string;
}

interface Days {
  from: string;
  to: string;
}

/** The first and last day of a range as date input values. */
function daysOf(range: DateRange | undefined, timeZone: string): Days {
  // `to` is exclusive: the last day included is the one just before it.
  return { from: dayIn(range?.from, timeZone), to: dayIn(range?.to, timeZone, -1) };
}

interface DayInputProps {
  id: string;
  label: string;
  /** The day, as `YYYY-MM-DD`; empty when none. */
  value: string;
  /** The earliest day that can be picked (the first day, for the last); empty: no limit. */
  min?: string;
  /** The latest day that can be picked (the last day, for the first); empty: no limit. */
  max?: string;
  describedBy: string;
  invalid: boolean;
  onChange: (value: string) => void;
}

/** One labelled native date input of the custom range: its first or its last day. */
function DayInput({ id, label, value, min, max, describedBy, invalid, onChange }: DayInputProps) {
  return (
    <div className="sh-sync-filters__field">
      <label className="sh-sync-filters__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="sh-sync-filters__date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** The date range part of the filter bar. */
export function DateRangeFilter({ range, choice, onChange, readNow, className }: DateRangeFilterProps) {
  const { formatters } = useSyncHealth();
  const messages = useSyncHistoryTableMessages();
  const text = messages.syncHistoryTable;
  const id = useId();
  // Days typed but not applied because they make no range (the last before the first).
  const [invalidDays, setInvalidDays] = useState<Days | undefined>(undefined);
  const days = invalidDays ?? daysOf(range, formatters.timeZone);

  const choose = (next: DateRangeChoice) => {
    setInvalidDays(undefined);
    onChange(next, next === 'custom' ? range : rangeForChoice(next, readNow()));
  };

  const changeDay = (part: keyof Days, value: string) => {
    const next = { ...days, [part]: value };
    if (next.from && next.to && next.to < next.from) {
      setInvalidDays(next);
      return;
    }
    setInvalidDays(undefined);
    const custom: DateRange = {};
    const from = next.from ? startOfDayIn(next.from, formatters.timeZone) : undefined;
    const to = next.to ? startOfDayIn(nextDay(next.to), formatters.timeZone) : undefined;
    if (from) custom.from = from;
    if (to) custom.to = to;
    onChange('custom', from || to ? custom : undefined);
  };

  const hintId = `${id}-zone`;
  const errorId = `${id}-error`;
  const invalid = invalidDays !== undefined;
  const describedBy = invalid ? `${errorId} ${hintId}` : hintId;
  return (
    <div className={clsx('sh-sync-filters__range', className)} data-choice={choice}>
      <div className="sh-sync-filters__field">
        <label className="sh-sync-filters__label" htmlFor={`${id}-choice`}>
          {text.dateRange}
        </label>
        <select id={`${id}-choice`} className="sh-sync-filters__select" value={choice} onChange={(event) => choose(event.target.value as DateRangeChoice)}>
          {DATE_RANGE_CHOICES.map((option) => (
            <option key={option} value={option}>
              {choiceLabel(option, text)}
            </option>
          ))}
        </select>
      </div>
      {choice === 'custom' ? (
        <fieldset className="sh-sync-filters__custom-range">
          <legend className="sh-visually-hidden">{text.rangeCustom}</legend>
          <DayInput
            id={`${id}-from`}
            label={text.rangeFrom}
            value={days.from}
            max={days.to}
            describedBy={describedBy}
            invalid={invalid}
            onChange={(value) => changeDay('from', value)}
          />
          <DayInput
            id={`${id}-to`}
            label={text.rangeTo}
            value={days.to}
            min={days.from}
            describedBy={describedBy}
            invalid={invalid}
            onChange={(value) => changeDay('to', value)}
          />
          <p id={hintId} className="sh-sync-filters__hint">
            {text.rangeTimeZone(formatters.timeZone)}
          </p>
          {invalidDays ? (
            <p id={errorId} className="sh-sync-filters__error" role="alert">
              {text.rangeInvalid}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
