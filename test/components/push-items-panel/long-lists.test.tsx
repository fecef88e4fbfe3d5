import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PushItem } from '../../../src/core/model';
import { makePushItem } from '../../support/fixtures';
import { itemRows, panelAdapter, renderPanel } from './support';

function manyItems(count: number): PushItem[] {
  return Array.from({ length: count }, (_, index) =>
    makePushItem({
      id: `item-${index}`,
      coreId: `txn_${String(index).padStart(5, '0')}`,
      status: index % 10 === 0 ? 'failed' : 'success',
      errorMessage: index % 10 === 0 ? 'Account 4000 is archived' : undefined,
    }),
  );
}

const pagesAsked = (calls: unknown[][]) => calls.map((call) => (call[1] as { page: { index: number } }).page.index);

/** Scrolls the list's scroll box as a person would (jsdom does no layout, so the offset is set by hand). */
function scrollListTo(container: HTMLElement, top: number) {
  const scroller = container.querySelector('.sh-push-items-panel__scroller') as HTMLElement;
  Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: top });
  fireEvent.scroll(scroller);
}

describe('PushItemsPanel: long lists', () => {
  it('puts only the rows in view in the DOM, each with its position in the whole list', async () => {
    const { adapter, listPushItems } = panelAdapter({ items: manyItems(2_000) });
    const { container } = renderPanel(adapter, { pageSize: 50 });
    await waitFor(() => expect(itemRows(container).length).toBeGreaterThan(5));
    expect(container.querySelectorAll('li').length).toBeLessThan(60);
    expect(itemRows(container)[0]).toHaveAttribute('aria-setsize', '2000');
    expect(itemRows(container)[0]).toHaveAttribute('aria-posinset', '1');
    expect(pagesAsked(listPushItems.mock.calls)).toEqual([0]);
  });

  it('fetches the page where the person scrolls to, not every page before it', async () => {
    const { adapter, listPushItems } = panelAdapter({ items: manyItems(2_000) });
    const { container } = renderPanel(adapter, { pageSize: 50 });
    await waitFor(() => expect(itemRows(container).length).toBeGreaterThan(5));
    scrollListTo(container, 52 * 1_500);
    await waitFor(() => expect(screen.getByText('txn_01500')).toBeInTheDocument());
    expect(pagesAsked(listPushItems.mock.calls)).not.toContain(10);
    expect(pagesAsked(listPushItems.mock.calls)).toContain(30);
    expect(screen.getByText('txn_01500').closest('li')).toHaveAttribute('aria-posinset', '1501');
    expect(container.querySelectorAll('li').length).toBeLessThan(60);
  });

  it('keeps the row that has focus when it scrolls out of view', async () => {
    const user = userEvent.setup();
    const { adapter } = panelAdapter({ items: manyItems(2_000) });
    const { container } = renderPanel(adapter, { pageSize: 50 });
    const checkbox = await screen.findByRole('checkbox', { name: 'Select txn_00000 for retry' });
    await user.click(checkbox);
    expect(checkbox).toHaveFocus();
    scrollListTo(container, 52 * 1_000);
    await waitFor(() => expect(screen.getByText('txn_01000')).toBeInTheDocument());
    expect(checkbox).toBeInTheDocument();
    expect(checkbox).toHaveFocus();
  });

  it('grows page by page with "Load more items" when the backend gives no total', async () => {
    const user = userEvent.setup();
    const { adapter, listPushItems } = panelAdapter({ items: manyItems(120) });
    const counted = listPushItems.getMockImplementation()!;
    listPushItems.mockImplementation(async (syncId, query, ctx) => {
      const { totalCount: _unknown, ...page } = await counted(syncId, query, ctx);
      return page;
    });
    const { container } = renderPanel(adapter, { pageSize: 50 });
    const loadMore = await screen.findByRole('button', { name: 'Load more items' });
    expect(itemRows(container)[0]).toHaveAttribute('aria-setsize', '50');
    await user.click(loadMore);
    await waitFor(() => expect(itemRows(container)[0]).toHaveAttribute('aria-setsize', '100'));
    await user.click(screen.getByRole('button', { name: 'Load more items' }));
    await waitFor(() => expect(itemRows(container)[0]).toHaveAttribute('aria-setsize', '120'));
    expect(screen.queryByRole('button', { name: 'Load more items' })).not.toBeInTheDocument();
    expect(pagesAsked(listPushItems.mock.calls)).toEqual([0, 1, 2]);
  });

  it('shows a page that could not be loaded with a way to try again', async () => {
    const user = userEvent.setup();
    const { adapter, listPushItems } = panelAdapter({ items: manyItems(2_000) });
    const working = listPushItems.getMockImplementation()!;
    const { container } = renderPanel(adapter, { pageSize: 50 });
    await waitFor(() => expect(itemRows(container).length).toBeGreaterThan(5));
    listPushItems.mockRejectedValue(Object.assign(new Error('HTTP 403'), { name: 'SyncHealthError', kind: 'unauthorized' }));
    scrollListTo(container, 52 * 1_000);
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not signed in');
    expect(container.querySelector('li[data-state="failed"]')).toBeInTheDocument();
    listPushItems.mockImplementation(working);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText('txn_01000')).toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
