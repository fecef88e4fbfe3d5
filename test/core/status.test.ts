import { describe, expect, it } from 'vitest';
import {
  codesInCategory,
  getStatusInfo,
  isFailedCategory,
  outcomeOfCategory,
  SYNC_STATUS_CATEGORIES,
  SYNC_STATUS_CODES,
  statusCategoryOf,
  type SyncStatusCategory,
} from '../../src/core/status';

describe('status table', () => {
  it('lists the twelve documented codes with their categories', () => {
    expect(SYNC_STATUS_CODES.map((info) => [info.code, info.category])).toEqual([
      [1000, 'inProgress'],
      [1010, 'inProgress'],
      [2000, 'success'],
      [2040, 'success'],
      [4000, 'failedConfiguration'],
      [4040, 'failedConnection'],
      [4220, 'failedConnection'],
      [4260, 'failedConnection'],
      [5000, 'failedServer'],
      [5080, 'failedServer'],
      [5120, 'failedServer'],
      [5130, 'failedServer'],
    ]);
  });

  it('gives every documented code a label, a meaning and a tone', () => {
    for (const info of SYNC_STATUS_CODES) {
      expect(info.known).toBe(true);
      expect(info.label.length).toBeGreaterThan(3);
      expect(info.meaning.length).toBeGreaterThan(10);
      expect(getStatusInfo(info.code)).toBe(info);
    }
    expect(getStatusInfo(2000).tone).toBe('success');
    expect(getStatusInfo(1010).tone).toBe('info');
    expect(getStatusInfo(4000).tone).toBe('warning');
    expect(getStatusInfo(5130).tone).toBe('danger');
  });

  it('falls back safely for unknown codes such as 4200, without throwing', () => {
    const info = getStatusInfo(4200);
    expect(info).toMatchObject({ code: 4200, category: 'unknown', tone: 'neutral', known: false });
    expect(info.label).toContain('4200');
    expect(getStatusInfo(Number.NaN).label).toContain('?');
    expect(statusCategoryOf(-1)).toBe('unknown');
  });

  it('maps categories to outcomes and back to codes', () => {
    expect(SYNC_STATUS_CATEGORIES.map(outcomeOfCategory)).toEqual([
      'inProgress',
      'success',
      'failed',
      'failed',
      'failed',
      'unknown',
    ]);
    expect(isFailedCategory('failedServer')).toBe(true);
    expect(isFailedCategory('success')).toBe(false);
    expect(codesInCategory('failedConnection')).toEqual([4040, 4220, 4260]);
    expect(codesInCategory('unknown')).toEqual([]);
  });

  it('sorts every documented code into a category, and only those', () => {
    const categorised = SYNC_STATUS_CATEGORIES.flatMap(codesInCategory).sort((a, b) => a - b);
    expect(categorised).toEqual(SYNC_STATUS_CODES.map((info) => info.code));
    for (const info of SYNC_STATUS_CODES) expect(statusCategoryOf(info.code)).toBe(info.category);
    expect(codesInCategory('toString' as SyncStatusCategory)).toEqual([]);
    expect(codesInCategory('failedServer')).not.toBe(codesInCategory('failedServer'));
  });
});
