/**
 * The date range choices of the filter bar. Presets ("last 7 days") become an absolute range counted
 * back from "now" when chosen; a range from outside (a URL) is recognised as a preset when it is one.
 */
import type { DateRange } from '../../core/model';
import type { SyncHistoryTableMessages } from '../sync-history-table/messages';
import { DAY_MS, MINUTE_MS } from '../../core/time-units';

/** A date range choice. */
export type DateRangeChoice = 'any' | 'last24Hours' | 'last7Days' | 'last30Days' | 'custom';

/** The choices, in the order offered. */
export const DATE_RANGE_CHOICES: readonly DateRangeChoice[] = ['any', 'last24Hours', 'last7Days', 'last30Days', 'custom'];

const PRESET_LENGTHS: Partial<Record<DateRangeChoice, number>> = {
  last24Hours: DAY_MS,
  last7Days: 7 * DAY_MS,
  last30Days: 30 * DAY_MS,
};

/** A range this close to a preset's start (and open-ended) counts as that preset. */
const PRESET_TOLERANCE_MS = 2 * MINUTE_MS;

/** The range a preset stands for at `now`; `undefined` for "any time" (and for "custom"). */
export function rangeForChoice(choice: DateRangeChoice, now: number): DateRange | undefined {
  const length = PRESET_LENGTHS[choice];
  return length === undefined ? undefined : { from: new Date(now - length).toISOString() };
}

/** Which choice a range looks like at `now`: a preset when it starts that long ago and is open-ended. */
export function choiceForRange(range: DateRange | undefined, now: number): DateRangeChoice {
  if (!range?.from && !range?.to) return 'any';
  if (range.to || !range.from) return 'custom';
  const from = Date.parse(range.from);
  for (const [choice, length] of Object.entries(PRESET_LENGTHS)) {
    if (Math.abs(now - length - from) <= PRESET_TOLERANCE_MS) return choice as DateRangeChoice;
  }
  return 'custom';
}

/** The label of a choice. */
export function choiceLabel(choice: DateRangeChoice, messages: SyncHistoryTableMessages): string {
  const labels: Record<DateRangeChoice, string> = {
    any: messages.rangeAnyTime,
    last24Hours: messages.rangeLast24Hours,
    last7Days: messages.rangeLast7Days,
    last30Days: messages.rangeLast30Days,
    custom: messages.rangeCustom,
  };
  return labels[choice];
}

/** Whether two ranges are the same. */
export function sameRange(a: DateRange | undefined, b: DateRange | undefined): boolean {
  return (a?.from || undefined) === (b?.from || undefined) && (a?.to || undefined) === (b?.to || undefined);
}
