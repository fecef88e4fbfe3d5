import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SLOW_RENDER_TIMEOUT_MS, dataset, findBodyRows, renderTable } from './setup';

describe('SyncHistoryTable by keyboard alone', { timeout: SLOW_RENDER_TIMEOUT_MS }, () => {
  it('moves between rows with the arrows, Home and End, and opens one with Enter or Space', async () => {
    const onSyncOpen = vi.fn();
    const { user } = renderTable({ onSyncOpen, defaultPage: { index: 0, size: 25 } });
    const rows = await findBodyRows();
    expect(rows.map((row) => row.tabIndex)).toEqual([0, ...Array(24).fill(-1)]);

    rows[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(rows[1]).toHaveFocus();
    expect(rows[1]).toHaveAttribute('tabindex', '0');
    expect(rows[0]).toHaveAttribute('tabindex', '-1');

    await user.keyboard('{Enter}');
    expect(onSyncOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: dataset.syncs[1]!.id }));

    await user.keyboard('{End}');
    expect(rows[24]).toHaveFocus();
    await user.keyboard(' ');
    expect(onSyncOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: dataset.syncs[24]!.id }));
    await user.keyboard('{Home}');
    expect(rows[0]).toHaveFocus();
    expect(screen.getByRole('table')).toHaveAccessibleDescription(
      'Use the up and down arrow keys to move between syncs, and Enter to open one.',
    );
  });

  it('reaches a row’s copy buttons with Tab, and copying does not open the row', async () => {
    const onSyncOpen = vi.fn();
    const { user } = renderTable({ onSyncOpen, defaultPage: { index: 0, size: 25 } });
    const rows = await findBodyRows();
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}');
    // Only the active row's buttons are Tab stops: a page of rows is not a hundred stops.
    expect(within(rows[0]!).getByRole('button', { name: 'Copy sync ID' })).toHaveAttribute('tabindex', '-1');
    await user.tab();
    const copy = within(rows[1]!).getByRole('button', { name: 'Copy sync ID' });
    expect(copy).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await navigator.clipboard.readText()).toBe(dataset.syncs[1]!.id);
    await user.click(within(rows[3]!).getByRole('button', { name: 'Copy company ID' }));
    expect(onSyncOpen).not.toHaveBeenCalled();
  });

  it('sorts from the column headers with Enter and Space', async () => {
    const { user, listSyncs } = renderTable({ defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    const button = screen.getByRole('button', { name: 'Company' });
    button.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'ascending'));
    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'descending'));
    expect(listSyncs).toHaveBeenCalledWith(expect.objectContaining({ sort: { field: 'companyId', direction: 'desc' } }), expect.anything());
  });

  it('works the column menu: open, hide a column, move one, close with Escape', async () => {
    const { user } = renderTable({ defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    const menuButton = screen.getByRole('button', { name: 'Columns' });
    menuButton.focus();
    await user.keyboard('{Enter}');
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');

    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Sync ID' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.queryByRole('columnheader', { name: 'Sync ID' })).toBeNull();

    await user.tab(); // "Move Sync ID left" is inert on the first column.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Move Sync ID right' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Move Sync ID right' })).toHaveFocus();
    expect(screen.getByText('Sync ID is now column 2 of 10.')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(menuButton).toHaveFocus();
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens and closes the status filter, with focus back on its button', async () => {
    const { user } = renderTable({ defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    const statusButton = within(screen.getByRole('search')).getByRole('button', { name: 'Status All statuses' });
    statusButton.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'In progress' })).toHaveFocus();
    await user.keyboard(' ');
    await user.keyboard('{Escape}');
    expect(statusButton).toHaveFocus();
    expect(statusButton).toHaveTextContent('1 selected');
  });
});
