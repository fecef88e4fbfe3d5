import { describe, expect, it } from 'vitest';
import { choiceForRange, rangeForChoice } from '../../../src/components/sync-history-table/date-range-presets';
import {
  categorySelection,
  isCodeSelected,
  toggleCategory,
  toggleCode,
} from '../../../src/components/sync-history-table/status-selection';
import { compactFilter, toSyncListQuery } from '../../../src/components/sync-history-table/sync-list-query';
import { dayIn, isCalendarDay, nextDay, startOfDayIn } from '../../../src/core/zoned-dates';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');

describe('status selection', () => {
  it('turns a category into its codes when one code is unticked, and back when all are ticked', () => {
    const all = toggleCategory({}, 'failedServer');
    expect(all).toEqual({ statusCategories: ['failedServer'] });
    expect(isCodeSelected(all, 5130)).toBe(true);
    const withoutOne = toggleCode(all, 5130);
    expect(withoutOne).toEqual({ statusCodes: [5000, 5080, 5120] });
    expect(categorySelection(withoutOne, 'failedServer')).toBe('some');
    expect(toggleCode(withoutOne, 5130)).toEqual({ statusCategories: ['failedServer'] });
  });

  it('clears a whole category, keeping the rest of the filter', () => {
    const filter = { search: 'acme', statusCodes: [2000, 5130], statusCategories: ['inProgress' as const] };
    expect(toggleCategory(filter, 'failedServer')).toEqual({ search: 'acme', statusCodes: [2000], statusCategories: ['inProgress', 'failedServer'] });
    expect(toggleCategory(filter, 'inProgress')).toEqual({ search: 'acme', statusCodes: [2000, 5130] });
  });

  it('handles undocumented codes on their own', () => {
    expect(toggleCode({}, 4200)).toEqual({ statusCodes: [4200] });
    expect(toggleCode({ statusCodes: [4200] }, 4200)).toEqual({});
    expect(categorySelection({ statusCodes: [4200] }, 'unknown')).toBe('none');
  });
});

describe('date ranges', () => {
  it('makes presets an open-ended range counted back from now, and recognises them', () => {
    const range = rangeForChoice('last7Days', NOW);
    expect(range).toEqual({ from: '2026-11-15T12:00:00.000Z' });
    expect(choiceForRange(range, NOW + 60_000)).toBe('last7Days');
    expect(choiceForRange(range, NOW + 3_600_000)).toBe('custom');
    expect(choiceForRange({ from: range!.from, to: '2026-11-20T00:00:00.000Z' }, NOW)).toBe('custom');
    expect(choiceForRange(undefined, NOW)).toBe('any');
    expect(rangeForChoice('any', NOW)).toBeUndefined();
  });

  it('finds the start of a day in a time zone, across daylight-saving changes', () => {
    expect(startOfDayIn('2026-07-01', 'Europe/London')).toBe('2026-06-30T23:00:00.000Z');
    expect(startOfDayIn('2026-12-01', 'Europe/London')).toBe('2026-12-01T00:00:00.000Z');
    expect(startOfDayIn('2026-03-29', 'Europe/London')).toBe('2026-03-29T00:00:00.000Z');
    expect(startOfDayIn('2026-03-30', 'Europe/London')).toBe('2026-03-29T23:00:00.000Z');
    expect(startOfDayIn('2026-11-22', 'Asia/Kolkata')).toBe('2026-11-21T18:30:00.000Z');
    expect(startOfDayIn('2026-02-30', 'UTC')).toBeUndefined();
    expect(startOfDayIn('yesterday', 'UTC')).toBeUndefined();
  });

  it('names the day a moment falls on in a time zone', () => {
    expect(dayIn('2026-06-30T23:30:00.000Z', 'Europe/London')).toBe('2026-07-01');
    expect(dayIn('2026-08-01T04:00:00.000Z', 'America/New_York', -1)).toBe('2026-07-31');
    expect(dayIn('not a date', 'UTC')).toBe('');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
  });
});

describe('the adapter query', () => {
  it('leaves out empty parts, so equal filters make equal queries', () => {
    expect(compactFilter({ search: '  ', statusCodes: [], statusCategories: [], range: { from: '', to: undefined }, product: undefined })).toEqual({});
    expect(toSyncListQuery({ search: ' acme ' }, { field: 'startedAt', direction: 'desc' }, { index: 2, size: 25 })).toEqual({
      search: 'acme',
      sort: { field: 'startedAt', direction: 'desc' },
      page: { index: 2, size: 25 },
    });
  });
});
