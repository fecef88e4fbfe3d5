/**
 * Bench page: SyncDashboard over the in-memory adapter with 100,000 syncs (`?syncs=` to change). Each
 * scenario waits for what a second, untouched adapter over the same data says must appear (the "Total
 * syncs" tile's count, the exact rows of the history's first page, the opened sync's summary), so a
 * figure is never the time to show the wrong thing, and the measured adapter's caches are only ever
 * warmed by the dashboard itself.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createInMemoryAdapter, generateDemoDataset } from '../../src/adapters/in-memory';
import { SyncDashboard } from '../../src/components/sync-dashboard';
import type { Sync } from '../../src/core/model';
import { DEFAULT_SYNC_SORT, type SyncFilter, type SyncSort } from '../../src/core/query';
import { SyncHealthProvider } from '../../src/data/sync-health-provider';
import '../../src/styles/index.css';
import { defineBenchPage, timeUntilPainted, waitForDom, type BenchResult, type BenchScenario } from '../lib/page-harness';
import { SORT_CYCLE } from '../lib/history-scenarios';
import { createHostRoot } from '../lib/host-root';

const PAGE = { index: 0, size: 50 };
const BUDGET_MS = 100;
const MOUNT_BUDGET_MS = 200;
/** Live refresh pinned far out, so a background refetch never lands inside a measured run. */
const LIVE_INTERVAL_MS = 3_600_000;
const TOTAL_TILE_LABEL = 'Total syncs';
/** The attributes whose changes can complete a result: the busy marks and the details' state. */
const WATCHED_ATTRIBUTES = ['aria-busy', 'data-state'];
const signal = new AbortController().signal;
const numberFormat = new Intl.NumberFormat('en-GB');

/** What the dashboard must show. */
interface Expected {
  /** The "Total syncs" tile's text. */
  total: string;
  /** The history's first page. */
  rows: Sync[];
}

/** The sync IDs of the history's body rows. */
function shownIds(): string[] {
  return Array.from(document.querySelectorAll('.sh-sync-history-table tbody td[data-column="syncId"] .sh-sync-history-table__id'), (cell) => cell.textContent ?? '');
}

function shownTotal(): string | undefined {
  const tile = Array.from(document.querySelectorAll('.sh-dashboard-tiles__tile')).find(
    (entry) => entry.querySelector('.sh-dashboard-tiles__label')?.textContent === TOTAL_TILE_LABEL,
  );
  return tile?.querySelector('.sh-dashboard-tiles__value')?.textContent ?? undefined;
}

function showsExpected(expected: Expected): boolean {
  if (document.querySelector('.sh-sync-history-table table[aria-busy="true"], .sh-dashboard-tiles[aria-busy="true"]')) return false;
  if (shownTotal() !== expected.total) return false;
  const ids = shownIds();
  return ids.length === expected.rows.length && ids.every((id, index) => id === expected.rows[index]?.id);
}

const checksum = () => {
  const ids = shownIds();
  return `total ${shownTotal()}, ${ids.length} rows ${ids[0]?.slice(0, 8)}…${ids.at(-1)?.slice(0, 8)}`;
};

/** The opened sync's summary: loaded, and about the right sync. */
function showsSummaryOf(sync: Sync): boolean {
  const summary = document.querySelector('.sh-dashboard__details .sh-sync-details[data-state="success"] .sh-sync-details__summary');
  if (!summary) return false;
  const ids = Array.from(summary.querySelectorAll('code.sh-sync-details__id'), (code) => code.textContent);
  return ids[0] === sync.id && ids[1] === sync.companyId;
}

const summaryChecksum = () => {
  const ids = Array.from(document.querySelectorAll('.sh-sync-details__summary code.sh-sync-details__id'), (code) => code.textContent?.slice(0, 8));
  return `summary of ${ids[0]} (company ${ids[1]})`;
};

function withDomCounts(result: BenchResult): BenchResult {
  return { ...result, counts: { 'DOM nodes': document.getElementsByTagName('*').length } };
}

/** The page's knobs: the controlled filters and open sync. */
const controls: { setFilters?: (filters: SyncFilter) => void; setOpenSyncId?: (syncId: string | null) => void } = {};

defineBenchPage(async (params) => {
  const syncCount = Number(params.get('syncs') ?? 100_000);
  const dataset = generateDemoDataset({ seed: 2026, syncs: syncCount });
  const now = Date.parse(dataset.now);
  const adapter = createInMemoryAdapter(dataset);
  const oracle = createInMemoryAdapter(dataset);
  const expect = async (filter: SyncFilter, sort: SyncSort = DEFAULT_SYNC_SORT): Promise<Expected> => {
    const [totals, page] = await Promise.all([oracle.getSyncTotals(filter, { signal }), oracle.listSyncs({ ...filter, sort, page: PAGE }, { signal })]);
    return { total: numberFormat.format(totals.total), rows: page.items };
  };


  function Host({ client }: { client: QueryClient }) {
    const [filters, setFilters] = useState<SyncFilter>({});
    const [openSyncId, setOpenSyncId] = useState<string | null>(null);
    useEffect(() => {
      controls.setFilters = setFilters;
      controls.setOpenSyncId = setOpenSyncId;
    }, []);
    return (
      <SyncHealthProvider adapter={adapter} queryClient={client} locale="en-GB" timeZone="UTC">
        <SyncDashboard
          now={now}
          filters={filters}
          onFiltersChange={setFilters}
          openSyncId={openSyncId}
          onOpenSyncChange={setOpenSyncId}
          liveIntervalMs={LIVE_INTERVAL_MS}
        />
      </SyncHealthProvider>
    );
  }

  const { mount, unmount, quiet, forgetInactive: forgetOtherAnswers } = createHostRoot((client) => <Host client={client} />);
  /** Guards against a run that would time nothing: the expected result must not be on screen already. */
  const assertNotShown = (shown: boolean) => {
    if (shown) throw new Error('The expected result is already on screen before the action');
  };

  const initial = await expect({});
  const freshDashboard = async () => {
    sortStep = SORT_CYCLE.length - 1;
    mount();
    await waitForDom(() => showsExpected(initial), { attributes: WATCHED_ATTRIBUTES });
    await quiet();
  };
  /** Where the sort cycle stands: its last entry ("Started", newest first) is the dashboard's default. */
  let sortStep = SORT_CYCLE.length - 1;
  let expected: Expected = initial;
  let searchTerm = '';
  let openSync: Sync | undefined;

  const scenarios: BenchScenario[] = [
    {
      name: 'mount → totals and first page painted',
      budgetMs: MOUNT_BUDGET_MS,
      prepare: async () => {
        await quiet();
        unmount();
      },
      run: async () => withDomCounts(await timeUntilPainted(mount, () => showsExpected(initial), checksum, { attributes: WATCHED_ATTRIBUTES })),
    },
    {
      name: 'sort by a column → repaint',
      budgetMs: BUDGET_MS,
      setup: freshDashboard,
      prepare: async () => {
        await quiet();
        forgetOtherAnswers();
        // Counted from this scenario's set-up (newest first), so the first click always changes the order.
        sortStep = (sortStep + 1) % SORT_CYCLE.length;
        expected = await expect({}, SORT_CYCLE[sortStep]!.sort);
        assertNotShown(showsExpected(expected));
      },
      run: async () => {
        const { header } = SORT_CYCLE[sortStep]!;
        const button = Array.from(document.querySelectorAll<HTMLButtonElement>('.sh-sync-history-table thead button')).find((entry) => entry.textContent === header);
        if (!button) throw new Error(`No sort button ${header}`);
        return withDomCounts(await timeUntilPainted(() => button.click(), () => showsExpected(expected), checksum, { attributes: WATCHED_ATTRIBUTES }));
      },
    },
    {
      name: 'search text → repaint',
      budgetMs: BUDGET_MS,
      setup: freshDashboard,
      prepare: async (run) => {
        await quiet();
        forgetOtherAnswers();
        // A different three hex digits each run: part of many sync and company IDs, never a cache hit.
        searchTerm = ((run * 2_654_435_761) >>> 20).toString(16).padStart(3, '0').slice(-3);
        expected = await expect({ search: searchTerm });
        assertNotShown(showsExpected(expected));
      },
      run: async () =>
        withDomCounts(await timeUntilPainted(() => controls.setFilters!({ search: searchTerm }), () => showsExpected(expected), checksum, { attributes: WATCHED_ATTRIBUTES })),
    },
    {
      name: 'open details → summary painted',
      budgetMs: BUDGET_MS,
      setup: freshDashboard,
      prepare: async (run) => {
        controls.setOpenSyncId!(null);
        await waitForDom(() => document.querySelector('.sh-dashboard__details') === null, { attributes: WATCHED_ATTRIBUTES });
        await quiet();
        forgetOtherAnswers();
        // Each run opens another sync of the first page (the one a person would click).
        const listed = initial.rows[(run * 7) % initial.rows.length]!;
        openSync = await oracle.getSync(listed.id, { signal });
      },
      run: async () =>
        withDomCounts(
          await timeUntilPainted(() => controls.setOpenSyncId!(openSync!.id), () => showsSummaryOf(openSync!), summaryChecksum, { attributes: WATCHED_ATTRIBUTES }),
        ),
    },
  ];

  return {
    description: `SyncDashboard over ${syncCount.toLocaleString('en')} syncs in the in-memory adapter (seed 2026), pages of ${PAGE.size}, live refresh pinned to 1 h`,
    scenarios,
  };
});
