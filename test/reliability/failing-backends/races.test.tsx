/**
 * Out-of-order answers, played exactly: each race sends three requests (a search typed letter by
 * letter, filters, sort, page, the sync opened, the customer's range) and releases their answers in
 * every one of the 3! orders. Whatever the order, the newest request's answer is what stays on
 * screen, an older answer arriving last never replaces it, and nothing is left loading.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, it } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import { SyncDetails } from '../../../src/components/sync-details';
import { SyncHistoryTable } from '../../../src/components/sync-history-table';
import type { SyncFilter, SyncSort } from '../../../src/core/query';
import { createTestQueryClient, renderWithProvider } from '../../support/render';
import { type HeldCall, heldAdapter, heldCustomerAdapter, permutations, raceCounter } from './controlled-adapter';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');
const races = raceCounter();
afterAll(() => races.report());

/** Waits for the adapter to receive a call matching `match`, and returns it. */
async function received(calls: HeldCall[], match: (call: HeldCall) => boolean): Promise<HeldCall> {
  let found: HeldCall | undefined;
  await waitFor(() => {
    found = calls.find((call) => !call.settled && match(call));
    expect(found, `calls so far: ${JSON.stringify(calls.map((call) => [call.method, call.args, call.settled]))}`).toBeDefined();
  });
  return found!;
}

/** Releases the held answers in `order`, checking after each that the newest answer, once released, stays. */
async function releaseInOrder(held: HeldCall[], order: number[], showsNewest: () => void) {
  const newest = held.length - 1;
  for (const [step, index] of order.entries()) {
    held[index]!.answer();
    if (order.slice(0, step + 1).includes(newest)) await waitFor(showsNewest);
  }
  await waitFor(showsNewest);
}

/** The search of a held `listSyncs` (query first) or `listPushItems` (sync ID, then query) call. */
const searchOf = (call: HeldCall) => (call.args.find((arg) => typeof arg === 'object') as { search?: string }).search;

describe('races: the newest request wins, whatever order the answers come in', { timeout: 20_000 }, () => {
  for (const order of permutations(3)) {
    it(`history search typed "a", "ab", "abc", answered in order ${order.join(',')}`, async () => {
      const { adapter, calls } = heldAdapter();
      const user = userEvent.setup({ delay: null });
      renderWithProvider(<SyncHistoryTable now={NOW} />, { adapter });
      (await received(calls, (call) => call.method === 'listSyncs')).answer();
      await screen.findByText(/^syncs_none_any_.*-1$/);
      const held: HeldCall[] = [];
      for (const letter of ['a', 'b', 'c']) {
        await user.type(screen.getByRole('searchbox', { name: 'Search' }), letter);
        const text = `${held.map((call) => searchOf(call)).at(-1) ?? ''}${letter}`;
        held.push(await received(calls, (call) => call.method === 'listSyncs' && searchOf(call) === text));
      }
      await releaseInOrder(held, order, () => {
        expect(screen.getByText(/^syncs_abc_any_.*-1$/)).toBeInTheDocument();
        expect(screen.queryByText(/syncs_(a|ab)_any/)).not.toBeInTheDocument();
      });
      expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy', 'true');
      races.ran('history search');
    });

    it(`history filters, sort and page changed three times, answered in order ${order.join(',')}`, async () => {
      const { adapter, calls } = heldAdapter();
      const states: Array<{ filters: SyncFilter; sort: SyncSort; page: { index: number; size: number }; label: string }> = [
        { filters: { product: 'commerce' }, sort: { field: 'startedAt', direction: 'desc' }, page: { index: 0, size: 25 }, label: 'syncs_none_commerce_startedAt.desc_p0' },
        { filters: { product: 'expenses' }, sort: { field: 'startedAt', direction: 'desc' }, page: { index: 0, size: 25 }, label: 'syncs_none_expenses_startedAt.desc_p0' },
        { filters: { product: 'expenses' }, sort: { field: 'statusCode', direction: 'asc' }, page: { index: 1, size: 25 }, label: 'syncs_none_expenses_statusCode.asc_p1' },
      ];
      const table = (state: (typeof states)[number]) => <SyncHistoryTable now={NOW} filters={state.filters} sort={state.sort} page={state.page} />;
      const view = renderWithProvider(table(states[0]!), { adapter });
      const held = [await received(calls, (call) => call.method === 'listSyncs')];
      for (const state of states.slice(1)) {
        view.rerenderWithProvider(table(state));
        held.push(await received(calls, (call) => call.method === 'listSyncs' && !held.includes(call)));
      }
      await releaseInOrder(held, order, () => {
        expect(screen.getByText(`${states[2]!.label}-1`)).toBeInTheDocument();
        expect(screen.queryByText(`${states[0]!.label}-1`)).not.toBeInTheDocument();
        expect(screen.queryByText(`${states[1]!.label}-1`)).not.toBeInTheDocument();
      });
      expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy', 'true');
      races.ran('history filters, sort and page');
    });

    it(`details opened on sync A, then B, then C, answered in order ${order.join(',')}`, async () => {
      const { adapter, calls } = heldAdapter();
      const view = renderWithProvider(<SyncDetails syncId="A" now={NOW} />, { adapter });
      const held = [await received(calls, (call) => call.method === 'getSync' && call.args[0] === 'A')];
      for (const syncId of ['B', 'C']) {
        view.rerenderWithProvider(<SyncDetails syncId={syncId} now={NOW} />);
        held.push(await received(calls, (call) => call.method === 'getSync' && call.args[0] === syncId));
      }
      await releaseInOrder(held, order, () => {
        expect(screen.getByRole('heading', { name: 'Company of C · Sync C' })).toBeInTheDocument();
        expect(screen.queryByText(/Company of [AB]/)).not.toBeInTheDocument();
      });
      races.ran('details opened A, B, C');
    });

    it(`push item search "x", "xy", "xyz", answered in order ${order.join(',')}`, async () => {
      const { adapter, calls } = heldAdapter();
      const panel = (search: string) => <PushItemsPanel syncId="sync-1" search={search} now={NOW} />;
      const view = renderWithProvider(panel(''), { adapter });
      (await received(calls, (call) => call.method === 'getSync')).answer();
      (await received(calls, (call) => call.method === 'listPushItems')).answer();
      await screen.findByText('items_none-1');
      const held: HeldCall[] = [];
      for (const search of ['x', 'xy', 'xyz']) {
        view.rerenderWithProvider(panel(search));
        held.push(await received(calls, (call) => call.method === 'listPushItems' && searchOf(call) === search));
      }
      await releaseInOrder(held, order, () => {
        expect(screen.getByText('items_xyz-1')).toBeInTheDocument();
        expect(screen.queryByText(/items_(x|xy)-1/)).not.toBeInTheDocument();
      });
      races.ran('push item search');
    });

    it(`customer history range changed twice, answered in order ${order.join(',')}`, async () => {
      const { adapter, calls } = heldCustomerAdapter();
      const queryClient = createTestQueryClient();
      const history = (from: string) => (
        <QueryClientProvider client={queryClient}>
          <CustomerSyncFlowHistory adapter={adapter} range={{ from }} now={NOW} />
        </QueryClientProvider>
      );
      const froms = ['2026-11-03T00:00:00.000Z', '2026-11-05T00:00:00.000Z', '2026-11-07T00:00:00.000Z'];
      const view = render(history(froms[0]!));
      const held = [await received(calls, () => true)];
      for (const from of froms.slice(1)) {
        view.rerender(history(from));
        held.push(await received(calls, (call) => (call.args[0] as { range: { from: string } }).range.from === from));
      }
      // The newest range (the 7th) has seven syncs on its first page; the others three and five.
      await releaseInOrder(held, order, () => expect(within(screen.getByRole('region', { name: 'Sync history' })).getAllByRole('listitem')).toHaveLength(7));
      races.ran('customer range');
    });
  }

  it('customer history: a "Show more" page that arrives after the range changed is not added to the new list', async () => {
    const { adapter, calls } = heldCustomerAdapter();
    const queryClient = createTestQueryClient();
    const user = userEvent.setup({ delay: null });
    const history = (from: string) => (
      <QueryClientProvider client={queryClient}>
        <CustomerSyncFlowHistory adapter={adapter} range={{ from }} now={NOW} />
      </QueryClientProvider>
    );
    const view = render(history('2026-11-03T00:00:00.000Z'));
    (await received(calls, () => true)).answer();
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    const olderNextPage = await received(calls, (call) => (call.args[0] as { page: { index: number } }).page.index === 1);
    view.rerender(history('2026-11-04T00:00:00.000Z'));
    (await received(calls, (call) => (call.args[0] as { range: { from: string } }).range.from.startsWith('2026-11-04'))).answer();
    olderNextPage.answer();
    const list = () => within(screen.getByRole('region', { name: 'Sync history' })).getAllByRole('listitem');
    await waitFor(() => expect(list()).toHaveLength(4));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(list()).toHaveLength(4);
    races.ran('customer "Show more" then range');
  });
});
