import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYNC_HISTORY_COLUMN_IDS } from '../../../src/components/sync-history-table';
import { cleanOrder, cleanVisibility } from '../../../src/components/sync-history-table/use-column-preferences';
import { SLOW_RENDER_TIMEOUT_MS, findBodyRows, renderTable } from './setup';

const headerNames = () => screen.getAllByRole('columnheader').map((header) => header.textContent);

afterEach(() => localStorage.clear());

describe('the column menu', { timeout: SLOW_RENDER_TIMEOUT_MS }, () => {
  it('hides and shows columns, and reports it', async () => {
    const onColumnVisibilityChange = vi.fn();
    const { user } = renderTable({ onColumnVisibilityChange, defaultPage: { index: 0, size: 25 } });
    const [row] = await findBodyRows();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Product' }));
    expect(onColumnVisibilityChange).toHaveBeenLastCalledWith({ product: false });
    expect(headerNames()).not.toContain('Product');
    expect(row!.querySelector('[data-column="product"]')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Product' }));
    expect(headerNames()).toContain('Product');
  });

  it('reorders columns and resets them', async () => {
    const onColumnOrderChange = vi.fn();
    const { user } = renderTable({ onColumnOrderChange, defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('button', { name: 'Move Items left' }));
    expect(headerNames().slice(-2)).toEqual(['Items', 'Data covered']);
    expect(onColumnOrderChange).toHaveBeenLastCalledWith([...SYNC_HISTORY_COLUMN_IDS.slice(0, 8), 'items', 'dataRange']);
    await user.click(screen.getByRole('checkbox', { name: 'Status' }));
    await user.click(screen.getByRole('button', { name: 'Reset columns' }));
    expect(headerNames()).toEqual(['Sync ID', 'Company', 'Product', 'Status', 'Started', 'Ended', 'Duration', 'Source → target', 'Data covered', 'Items']);
  });

  it('keeps at least one column visible', async () => {
    const visibility = Object.fromEntries(SYNC_HISTORY_COLUMN_IDS.filter((id) => id !== 'status').map((id) => [id, false]));
    const { user } = renderTable({ defaultColumnVisibility: visibility, defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    expect(headerNames()).toEqual(['Status']);
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    expect(screen.getByRole('checkbox', { name: 'Status' })).toBeDisabled();
  });

  it('follows controlled columns and only reports changes', async () => {
    const onColumnVisibilityChange = vi.fn();
    const { user } = renderTable({
      columnVisibility: { endedAt: false },
      onColumnVisibilityChange,
      columnOrder: ['status', 'syncId'],
      defaultPage: { index: 0, size: 25 },
    });
    await findBodyRows();
    // Columns the host left out of the order keep their default places after the ones it named.
    expect(headerNames().slice(0, 3)).toEqual(['Status', 'Sync ID', 'Company']);
    expect(headerNames()).not.toContain('Ended');
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ended' }));
    expect(onColumnVisibilityChange).toHaveBeenLastCalledWith({ endedAt: true });
    expect(headerNames()).not.toContain('Ended');
  });

  it('remembers the columns under a storage key', async () => {
    const first = renderTable({ storageKey: 'test:history', defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    await first.user.click(screen.getByRole('button', { name: 'Columns' }));
    await first.user.click(screen.getByRole('checkbox', { name: 'Duration' }));
    await first.user.click(screen.getByRole('button', { name: 'Move Status left' }));
    expect(JSON.parse(localStorage.getItem('test:history')!)).toMatchObject({ visibility: { duration: false } });
    first.unmount();

    renderTable({ storageKey: 'test:history', defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    expect(headerNames()).not.toContain('Duration');
    expect(headerNames().slice(0, 4)).toEqual(['Sync ID', 'Company', 'Status', 'Product']);
  });

  it('ignores a stored value it cannot read', async () => {
    localStorage.setItem('test:broken', '{"visibility": {"syncId": "nope", "nonsense": false}, "order": 42');
    const broken = renderTable({ storageKey: 'test:broken', defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    expect(headerNames()).toHaveLength(10);
    broken.unmount();

    localStorage.setItem('test:odd', JSON.stringify({ visibility: { syncId: 'nope', nonsense: false }, order: ['items', 'items', 'bogus'] }));
    renderTable({ storageKey: 'test:odd', defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    expect(headerNames()[0]).toBe('Items');
    expect(headerNames()).toHaveLength(10);
  });
});

describe('cleaning column state from outside', () => {
  it('completes an order, dropping unknown and repeated columns', () => {
    expect(cleanOrder(['items', 'bogus', 'items', 'syncId'])).toEqual([
      'items',
      'syncId',
      'company',
      'product',
      'status',
      'startedAt',
      'endedAt',
      'duration',
      'platforms',
      'dataRange',
    ]);
    expect(cleanOrder('not an array')).toEqual(SYNC_HISTORY_COLUMN_IDS);
  });

  it('keeps only boolean entries of known columns, and never hides them all', () => {
    expect(cleanVisibility({ product: false, bogus: false, status: 'no' })).toEqual({ product: false });
    expect(cleanVisibility(Object.fromEntries(SYNC_HISTORY_COLUMN_IDS.map((id) => [id, false])))).toEqual({});
    expect(cleanVisibility(null)).toEqual({});
  });
});
