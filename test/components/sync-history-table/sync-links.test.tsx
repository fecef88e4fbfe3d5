import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dataset, findBodyRows, renderTable, SLOW_RENDER_TIMEOUT_MS } from './setup';

const hrefOf = (syncId: string) => `/support/syncs/${syncId}?tab=summary`;

describe('SyncHistoryTable links to syncs (getSyncHref)', { timeout: SLOW_RENDER_TIMEOUT_MS }, () => {
  it('gives each row "Copy link", which copies the absolute URL and says "Link copied", without opening the row', async () => {
    const onSyncOpen = vi.fn();
    const { user } = renderTable({ onSyncOpen, getSyncHref: hrefOf, defaultPage: { index: 0, size: 25 } });
    const rows = await findBodyRows();
    expect(screen.getAllByRole('button', { name: 'Copy link' })).toHaveLength(25);
    const copy = within(rows[2]!).getByRole('button', { name: 'Copy link' });
    await user.click(copy);
    const expected = new URL(hrefOf(dataset.syncs[2]!.id), document.baseURI).href;
    expect(expected).toMatch(/^https?:\/\//);
    expect(await navigator.clipboard.readText()).toBe(expected);
    expect(copy).toHaveTextContent('Link copied');
    expect(onSyncOpen).not.toHaveBeenCalled();

    // The row itself still opens with a click or Enter.
    rows[2]!.focus();
    await user.keyboard('{Enter}');
    expect(onSyncOpen).toHaveBeenCalledWith(dataset.syncs[2]);
  });

  it('reaches "Copy link" with Tab from its row only', async () => {
    const { user } = renderTable({ onSyncOpen: vi.fn(), getSyncHref: hrefOf, defaultPage: { index: 0, size: 25 } });
    const rows = await findBodyRows();
    rows[0]!.focus();
    await user.tab();
    await user.tab();
    expect(within(rows[0]!).getByRole('button', { name: 'Copy link' })).toHaveFocus();
    expect(within(rows[1]!).getByRole('button', { name: 'Copy link' })).toHaveAttribute('tabindex', '-1');
  });

  it('has no "Copy link" without getSyncHref', async () => {
    renderTable({ defaultPage: { index: 0, size: 25 } });
    await findBodyRows();
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Copy sync ID' })).toHaveLength(25);
  });
});
