/**
 * Backends that fail: calls that hang past the request time limit, reject, abort, or answer slowly.
 * Every panel ends in an error a person can act on (never a spinner that stays), and its "Try again"
 * brings the data back once the backend answers again.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../../../src/adapters/validating-adapter';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { SyncDetails } from '../../../src/components/sync-details';
import { SyncHistoryTable } from '../../../src/components/sync-history-table';
import { SyncHealthError } from '../../../src/core/errors';
import { fakeAdapter } from '../../support/fake-adapter';
import { makePushItem } from '../../support/fixtures';
import { createTestQueryClient, renderWithProvider } from '../../support/render';
import { customerPage } from './controlled-adapter';
import { toErrorTemplate } from '../../../src/core/error-templates';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');

/** How the backend behaves at the moment. */
type Backend = 'hangs' | 'rejects' | 'aborts' | 'slow' | 'healthy';

/** Runs `answer` as the backend currently behaves. */
function behave<T>(backend: () => Backend, answer: () => T): Promise<T> {
  switch (backend()) {
    case 'hangs':
      return new Promise<T>(() => {});
    case 'rejects':
      return Promise.reject(new TypeError('Failed to fetch'));
    case 'aborts':
      return Promise.reject(Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' }));
    case 'slow':
      return new Promise<T>((resolve) => setTimeout(() => resolve(answer()), 30));
    default:
      return Promise.resolve(answer());
  }
}

/** A support-facing adapter that behaves as `backend()` says, answering like a healthy one otherwise. */
function switchableAdapter(backend: () => Backend): SyncHealthAdapter {
  const healthy = fakeAdapter({
    listPushItems: async (_syncId, { page }) => ({ items: [makePushItem({ coreId: 'exp_001' })], pageIndex: page.index, pageSize: page.size, totalCount: 1, hasNextPage: false }),
    getTopErrors: async () => [
      {
        template: toErrorTemplate('Customer 8a1f does not exist.'),
        text: 'Customer 8a1f does not exist.',
        count: 3,
        companyCount: 1,
        firstSeenAt: '2026-11-20T09:00:00.000Z',
        lastSeenAt: '2026-11-22T09:00:00.000Z',
        byDay: [{ day: '2026-11-22', count: 3 }],
        fixer: 'customer',
      },
    ],
  });
  return Object.fromEntries(
    Object.entries(healthy).map(([name, method]) => [name, (...args: unknown[]) => behave(backend, () => (method as (...a: unknown[]) => unknown)(...args))]),
  ) as unknown as SyncHealthAdapter;
}

/** Each component, and what it shows once the data is there. */
const COMPONENTS: Array<{ name: string; ui: ReactElement; showsData: () => Promise<unknown> }> = [
  { name: 'SyncHistoryTable', ui: <SyncHistoryTable now={NOW} />, showsData: () => screen.findByText('sync-1', { selector: '.sh-sync-history-table__id' }) },
  {
    name: 'SyncDashboard',
    ui: <SyncDashboard now={NOW} />,
    showsData: async () => {
      await screen.findByRole('group', { name: 'Totals for the current filters' });
      await within(await screen.findByRole('region', { name: 'Top errors' })).findByText('Customer 8a1f does not exist.');
      await screen.findByText('sync-1', { selector: '.sh-sync-history-table__id' });
    },
  },
  { name: 'SyncDetails', ui: <SyncDetails syncId="sync-1" now={NOW} />, showsData: () => screen.findByRole('heading', { name: 'Bramble & Co Coffee · Sync sync-1' }) },
  { name: 'PushItemsPanel', ui: <PushItemsPanel syncId="sync-1" now={NOW} />, showsData: () => screen.findByText('exp_001') },
];

const EXPECTED_ERROR: Record<'hangs' | 'rejects' | 'aborts', RegExp> = {
  hangs: /The server did not answer within 0\.2 seconds\./,
  rejects: /Failed to fetch/,
  aborts: /The request was cancelled\./,
};

/** Waits until no panel is loading, then returns the errors shown; each must offer "Try again". */
async function errorsShown(): Promise<HTMLElement[]> {
  // Until every retry has given up, a panel may still be between states (e.g. one part failed, another
  // retrying after its back-off): wait for the state the user is left with.
  return waitFor(
    () => {
      expect(document.querySelector('[aria-busy="true"]')).toBeNull();
      const alerts = screen.getAllByRole('alert');
      for (const alert of alerts) expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      return alerts;
    },
    { timeout: 10_000 },
  );
}

describe('failing backends: every panel ends in an error with "Try again", and recovers', () => {
  for (const { name, ui, showsData } of COMPONENTS) {
    for (const failure of ['hangs', 'rejects', 'aborts'] as const) {
      it(`${name}: when the backend ${failure}, each panel says so, and "Try again" recovers once the backend answers`, async () => {
        let backend: Backend = failure;
        const user = userEvent.setup({ delay: null });
        renderWithProvider(ui, { adapter: switchableAdapter(() => backend), requestTimeoutMs: 200 });
        const alerts = await errorsShown();
        expect(alerts.some((alert) => EXPECTED_ERROR[failure].test(alert.textContent ?? ''))).toBe(true);

        backend = 'healthy';
        for (const button of screen.getAllByRole('button', { name: 'Try again' })) await user.click(button);
        await showsData();
        await waitFor(() => expect(screen.queryAllByRole('alert')).toEqual([]));
      }, 20_000);
    }

    it(`${name}: a slow backend (under the time limit) shows its data, with no error`, async () => {
      renderWithProvider(ui, { adapter: switchableAdapter(() => 'slow'), requestTimeoutMs: 2000 });
      await showsData();
      expect(screen.queryAllByRole('alert')).toEqual([]);
    }, 20_000);
  }
});

describe('failing backends: the customer history', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives up on a backend that hangs after the default 30 s time limit, without retrying a time-out, then recovers with "Try again"', async () => {
    vi.useFakeTimers();
    let backend: Backend = 'hangs';
    const listSyncs = vi.fn(() => behave(() => backend, () => customerPage('2026-11-03T00:00:00.000Z', 0)));
    // No QueryClient from the host: the component makes its own, which retries network failures
    // twice, but not a time-out: the customer has already waited the whole limit once.
    render(<CustomerSyncFlowHistory adapter={{ listSyncs }} now={NOW} />);
    await vi.advanceTimersByTimeAsync(DEFAULT_REQUEST_TIMEOUT_MS + 1000);
    vi.useRealTimers();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t load your sync history.');
    expect(listSyncs).toHaveBeenCalledTimes(1);

    backend = 'healthy';
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(screen.getByRole('region', { name: 'Sync history' })).findAllByRole('listitem')).toHaveLength(3);
  }, 20_000);

  it.each(['rejects', 'aborts'] as const)('when the backend %s, says so and recovers with "Try again"', async (failure) => {
    let backend: Backend = failure;
    const client = createTestQueryClient();
    render(
      <QueryClientProvider client={client}>
        <CustomerSyncFlowHistory adapter={{ listSyncs: () => behave(() => backend, () => customerPage(undefined, 0)) }} now={NOW} />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert');
    backend = 'healthy';
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(screen.getByRole('region', { name: 'Sync history' })).findAllByRole('listitem')).toHaveLength(1);
  });

  it('rejects an adapter error of the wrong shape as a typed error, not a crash', async () => {
    const client = createTestQueryClient();
    render(
      <QueryClientProvider client={client}>
        <CustomerSyncFlowHistory adapter={{ listSyncs: () => Promise.reject(new SyncHealthError('unauthorized', 'Token expired')) }} now={NOW} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveAttribute('data-kind', 'unauthorized');
  });
});
