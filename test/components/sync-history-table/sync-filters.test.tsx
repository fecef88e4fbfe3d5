import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SyncFilters, type SyncFiltersProps } from '../../../src/components/sync-history-table';
import type { SyncFilter } from '../../../src/core/query';
import { fakeAdapter } from '../../support/fake-adapter';
import { renderWithProvider } from '../../support/render';
import { NOW } from './setup';

const DAY_MS = 24 * 3_600_000;

function renderFilters(props: Partial<SyncFiltersProps> = {}, timeZone = 'UTC') {
  const onFiltersChange = vi.fn();
  const adapter = fakeAdapter({
    getSyncTotals: vi.fn(async () => ({
      total: 40,
      byStatusCode: [
        { code: 2000, count: 30 },
        { code: 5130, count: 7 },
        { code: 5000, count: 3 },
      ],
      byCategory: { inProgress: 0, success: 30, failedConfiguration: 0, failedConnection: 0, failedServer: 10, unknown: 0 },
      bucket: 'day' as const,
      timeline: [],
    })),
  });
  const user = userEvent.setup({ delay: null });
  const view = renderWithProvider(<SyncFilters now={NOW} onFiltersChange={onFiltersChange} {...props} />, { adapter, timeZone });
  return { ...view, onFiltersChange, user, adapter };
}

const chipTexts = () => within(screen.getByRole('list', { name: 'Active filters' })).getAllByRole('listitem').map((chip) => chip.textContent);

describe('SyncFilters', () => {
  it('searches once typing pauses, and shows the search as a chip', async () => {
    const { user, onFiltersChange } = renderFilters();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'bramble');
    await waitFor(() => expect(onFiltersChange).toHaveBeenCalledWith({ search: 'bramble' }));
    expect(onFiltersChange).toHaveBeenCalledTimes(1);
    expect(chipTexts()).toEqual(['Search: bramble']);
  });

  it('offers presets counted back from now', async () => {
    const { user, onFiltersChange } = renderFilters();
    const choice = screen.getByRole('combobox', { name: 'Started' });
    await user.selectOptions(choice, 'last24Hours');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ range: { from: new Date(NOW - DAY_MS).toISOString() } });
    await user.selectOptions(choice, 'last30Days');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ range: { from: new Date(NOW - 30 * DAY_MS).toISOString() } });
    expect(chipTexts()).toEqual(['Started: Last 30 days']);
    await user.selectOptions(choice, 'any');
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
  });

  it('recognises a preset range given from outside', () => {
    renderFilters({ defaultFilters: { range: { from: new Date(NOW - 7 * DAY_MS).toISOString() } } });
    expect(screen.getByRole('combobox', { name: 'Started' })).toHaveValue('last7Days');
  });

  it('reads custom days in the provider’s time zone, the last day included', async () => {
    const { user, onFiltersChange } = renderFilters({}, 'America/New_York');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Started' }), 'custom');
    expect(screen.getByText('Days start at midnight, America/New_York time.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('From'), '2026-07-01');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ range: { from: '2026-07-01T04:00:00.000Z' } });
    await user.type(screen.getByLabelText('To'), '2026-07-31');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ range: { from: '2026-07-01T04:00:00.000Z', to: '2026-08-01T04:00:00.000Z' } });
  });

  it('shows custom days from outside as dates, and refuses a last day before the first', async () => {
    const { user, onFiltersChange } = renderFilters({
      defaultFilters: { range: { from: '2026-11-10T00:00:00.000Z', to: '2026-11-13T00:00:00.000Z' } },
    });
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-10');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-12');
    await user.clear(screen.getByLabelText('To'));
    onFiltersChange.mockClear();
    await user.type(screen.getByLabelText('To'), '2026-11-01');
    expect(screen.getByRole('alert')).toHaveTextContent('The last day must be on or after the first day.');
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(onFiltersChange).not.toHaveBeenCalled();
  });

  it('filters by status code and category, with counts asked for only once the panel opens', async () => {
    const { user, onFiltersChange, adapter } = renderFilters({ defaultFilters: { search: 'acme' } });
    expect(adapter.getSyncTotals).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Status All statuses' }));
    // Counts are for the other filters in use, so each box says what ticking it would show.
    await waitFor(() => expect(adapter.getSyncTotals).toHaveBeenCalledWith({ search: 'acme' }, expect.anything()));
    expect(await screen.findByRole('checkbox', { name: 'Data write error (5130)', description: '7 syncs' })).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Data write error (5130)' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ search: 'acme', statusCodes: [5130] });
    expect(screen.getByRole('checkbox', { name: 'Failed: server' })).toBePartiallyChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Succeeded' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ search: 'acme', statusCodes: [5130], statusCategories: ['success'] });
    expect(screen.getByRole('checkbox', { name: 'Success (2000)' })).toBeChecked();
    expect(chipTexts()).toEqual(['Search: acme', 'Status: Succeeded', 'Status: Data write error (5130)']);

    await user.click(screen.getByRole('button', { name: 'Clear status filter' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ search: 'acme' });
  });

  it('removes one filter with its chip, and all of them with "Clear all filters"', async () => {
    const { user, onFiltersChange } = renderFilters({
      defaultFilters: { search: 'acme', product: 'commerce', companyId: 'company-9', errorText: 'Customer 8a1f does not exist.' },
    });
    expect(chipTexts()).toEqual(['Search: acme', 'Company: company-9', 'Error: Customer 8a1f does not exist.', 'Product: Sync for Commerce']);
    await user.click(screen.getByRole('button', { name: 'Remove filter Company: company-9' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ search: 'acme', product: 'commerce', errorText: 'Customer 8a1f does not exist.' });
    expect(screen.getByRole('button', { name: 'Remove filter Error: Customer 8a1f does not exist.' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
  });

  it('follows controlled filters', async () => {
    function Host() {
      const [filters, setFilters] = useState<SyncFilter>({ product: 'expenses' });
      return (
        <>
          <SyncFilters now={NOW} filters={filters} onFiltersChange={setFilters} />
          <button type="button" onClick={() => setFilters({ search: 'from-the-url' })}>
            Load link
          </button>
        </>
      );
    }
    const user = userEvent.setup({ delay: null });
    renderWithProvider(<Host />, { timeZone: 'UTC' });
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveValue('expenses');
    await user.click(screen.getByRole('button', { name: 'Load link' }));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('from-the-url');
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveValue('');
  });
});
